/* Generated from schemas/claim.schema.json by scripts/generate-types.ts. Do not edit: edit the schema and run npm run generate. */

/**
 * One numerical claim about violence found in one document: what was counted, how many, who was counted, who did it, where, when, and who said so. Property order is the CSV column order.
 */
export interface Claim {
  /**
   * Stable identifier: a hash of the document id, the category and the character span of the figure, so the same input always gives the same id.
   */
  claim_id: string;
  /**
   * Identifier of the document the claim was found in (documents.doc_id).
   */
  doc_id: string;
  /**
   * What was counted. attacks counts events (air strikes, raids, shellings, bombings), not people.
   */
  category: "killed" | "wounded" | "casualties" | "missing" | "kidnapped" | "arrested" | "displaced" | "attacks";
  /**
   * The quantity exactly as written, qualifier included (e.g. 'at least 30', 'dozens', 'a').
   */
  count_text: string;
  /**
   * How the written figure bounds the count: exact, at_least, more_than, at_most, fewer_than, about, range, vague (a word such as 'dozens'), none (no figure: 'an unknown number').
   */
  qualifier: "exact" | "at_least" | "more_than" | "at_most" | "fewer_than" | "about" | "range" | "vague" | "none";
  /**
   * Lowest count the text supports (see CODEBOOK: qualifier rules). Empty when the text gives no lower figure.
   */
  count_low: number | null;
  /**
   * Best single figure for the claim: the written figure, or the coded value of a vague word. Empty when the text gives no figure.
   */
  count_best: number | null;
  /**
   * Highest count the text supports; empty when open-ended ('at least 30').
   */
  count_high: number | null;
  /**
   * What was counted, as written ('people', 'raids', 'civilians'); empty when the text names no noun ('killing 3').
   */
  subject_text: string | null;
  /**
   * Who was counted, in a controlled vocabulary. not_applicable for attacks; perpetrators for attackers and suspects (counted, as GTD and GVA do, but kept apart so users can subtract them).
   */
  victim_group:
    | "people"
    | "civilians"
    | "combatants"
    | "militants"
    | "soldiers"
    | "police"
    | "children"
    | "women"
    | "men"
    | "journalists"
    | "aid_workers"
    | "medical_workers"
    | "officials"
    | "foreigners"
    | "perpetrators"
    | "unspecified"
    | "not_applicable";
  /**
   * Who the count includes, as written, when no figure is given for the parts ('including civilians and militants').
   */
  composition_text: string | null;
  /**
   * claim_id of the larger total this count is a part of ('30 people, including 10 children'); empty otherwise.
   */
  part_of: string | null;
  /**
   * incident: the event the document reports; other_incident: another, earlier or separate event; cumulative: a background total over a period ('the war has killed 400,000 since 2011'). Only incident claims enter a document's totals.
   */
  scope: "incident" | "other_incident" | "cumulative";
  /**
   * Who or what did it, as written ('Russian air strikes'); empty when not stated in or near the sentence.
   */
  actor: string | null;
  /**
   * Nearest place named for the event, normalised to a common spelling ('Raqqa').
   */
  location: string | null;
  /**
   * Date of the event, resolved against the publication date (ISO 8601).
   */
  event_date: string | null;
  /**
   * The date expression as written ('on Thursday').
   */
  date_text: string | null;
  /**
   * How precise event_date is: day, week, month, year; publication when the event date is the publication date because the text gives none.
   */
  date_precision: "day" | "week" | "month" | "year" | "publication" | null;
  /**
   * The source that made the claim, resolved to a name where the document gives one ('Syrian Observatory for Human Rights' for 'a monitoring group said').
   */
  attributed_to: string | null;
  /**
   * The attribution as written ('a monitoring group said').
   */
  attribution_text: string | null;
  /**
   * Kind of source: monitor, government, military, police, medical, armed_group, media, witness, official, unnamed, other; empty when unattributed.
   */
  attribution_type:
    | "monitor"
    | "government"
    | "military"
    | "police"
    | "medical"
    | "armed_group"
    | "media"
    | "witness"
    | "official"
    | "international"
    | "unnamed"
    | "other"
    | null;
  /**
   * The sentence the claim was found in, exactly as in the document.
   */
  quote: string;
  /**
   * Offset of the quote's first character in the document text, in Unicode code points (Python's text[quote_start:quote_end] returns the quote).
   */
  quote_start: number;
  /**
   * Offset just after the quote's last character, in Unicode code points.
   */
  quote_end: number;
  /**
   * Why the figure is uncertain, as notes separated by ' | ': bound only, vague word, hedges ('reportedly'), composition unknown, conflicting or superseded figures.
   */
  uncertainty_notes: string | null;
  /**
   * claim_id of a later figure in the same document that replaces this one ('the toll rose to 21'); empty otherwise.
   */
  superseded_by: string | null;
  /**
   * Identifier of the incident this claim is about (incidents.incident_id), set by `reconcile` across the dataset's documents; empty before reconciling and for cumulative figures.
   */
  incident_id: string | null;
  /**
   * Names of the extraction rules that made and changed this claim, separated by spaces, so a wrong claim can be traced to its rule.
   */
  rules: string;
  /**
   * Publisher of the document, from its metadata.
   */
  publisher: string | null;
  /**
   * URL of the document, from its metadata.
   */
  source_url: string | null;
  /**
   * Publication date of the document (ISO 8601), from its metadata.
   */
  published_at: string | null;
  /**
   * Title of the document, from its metadata.
   */
  title: string | null;
  /**
   * Version of casualty-claims that extracted the claim.
   */
  extractor_version: string;
}
