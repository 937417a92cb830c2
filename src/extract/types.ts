import type { AttributionType, Category, Qualifier, Scope, VictimGroup } from '../records/claim-schema.js';

export interface DocumentInput {
  id: string;
  text: string;
  title: string | null;
  published_at: string | null;
  publisher: string | null;
  url: string | null;
}

/** A sentence; offsets are JS string (UTF-16) indices into the document text. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** A figure as written, with its bounds. Offsets are relative to the sentence. */
export interface Quantity {
  start: number;
  end: number;
  text: string;
  /** Offsets of the bare number (without the qualifier), relative to the sentence. */
  numberStart: number;
  qualifier: Qualifier;
  low: number | null;
  best: number | null;
  high: number | null;
  kind: 'digits' | 'words' | 'vague' | 'article' | 'zero' | 'unknown' | 'implicit';
}

export interface Span {
  text: string;
  start: number; // relative to the sentence
  end: number;
}

export interface Candidate {
  id: string; // claim_id, assigned by the ids stage
  sentence: Sentence;
  quantity: Quantity;
  subject: (Span & { group: VictimGroup; noun: 'person' | 'attack' | 'harm' | 'unknown'; harmCategory?: Category }) | null;
  category: Category | null;
  harm: (Span & { how: 'noun' | 'passive' | 'active' | 'toll' | 'inherited' }) | null;
  partOf: Candidate | null;
  composition: string | null;
  scope: Scope;
  actor: string | null;
  location: string | null;
  eventDate: string | null;
  dateText: string | null;
  datePrecision: 'day' | 'week' | 'month' | 'year' | 'publication' | null;
  attributedTo: string | null;
  attributionText: string | null;
  attributionType: AttributionType | null;
  notes: string[];
  supersededBy: Candidate | null;
  /** Whether the figure updates an earlier one ("the toll rose to 30"). */
  isUpdate: boolean;
  /** Names of the rules that made and changed this candidate. */
  tags: string[];
  /** Set by a refiner that rejects the candidate; kept for --explain. */
  dropped: string | null;
}

export interface DocContext {
  doc: DocumentInput;
  text: string;
  sentences: Sentence[];
  candidates: Candidate[];
  /** Every sentence's attribution, found once and shared by stages. */
  attributions: Map<number, AttributionFound | null>;
}

export interface AttributionFound {
  source: string; // as resolved
  text: string; // as written
  type: AttributionType;
  generic: boolean;
  /** "It said", "he added": the speaker of an earlier sentence */
  pronoun?: boolean;
  start: number; // relative to the sentence
  end: number;
}

export type Stage = (ctx: DocContext) => void;
