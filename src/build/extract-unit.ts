// One unit of a corpus file (see readCorpusUnits): extract every document, compute its totals.
// Runs in the main thread (--jobs 1) or in a worker thread; the result is plain data so it can
// cross threads.
import { documentTotals } from '../aggregate/document-totals.js';
import type { DocumentInput } from '../extract/types.js';
import type { CorpusFile, CorpusUnit } from '../io/corpus.js';
import { checkedClaims } from '../extract/checked-claims.js';
import type { Claim } from '../records/claim-schema.js';
import type { Problem } from '../records/problems.js';

export interface UnitResult {
  file: CorpusFile;
  problems: Problem[];
  last: boolean;
  documents: Array<{ doc: Omit<DocumentInput, 'text'>; line: number | null; claims: Claim[]; totals: Record<string, unknown> }>;
}

export function extractUnit(unit: CorpusUnit): UnitResult {
  return {
    file: unit.file,
    problems: unit.problems,
    last: unit.last,
    documents: unit.documents.map(({ doc, line }) => {
      const claims = checkedClaims(doc);
      const { text: _text, ...meta } = doc;
      void _text;
      return { doc: meta, line, claims, totals: documentTotals(doc.id, claims) as unknown as Record<string, unknown> };
    }),
  };
}
