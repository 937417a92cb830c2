// Final stage: stable ids, code-point offsets and the record shape of claim.schema.json.
import { createHash } from 'node:crypto';
import type { Claim } from '../../records/claim-schema.js';
import type { Candidate, DocContext } from '../types.js';

export const EXTRACTOR_VERSION = '0.1.0';

const PERSON_HARM_NOUN = /\b(?:bod(?:y|ies)|corpses?|hostages?|captives?|abductees?|detainees?|refugees?|evacuees?)$/i;

/** claim_id: a hash of document id, category and the figure's span, so reruns give the same id. */
export function assignIds(ctx: DocContext): void {
  for (const c of ctx.candidates) {
    if (c.dropped) continue;
    const start = c.sentence.start + c.quantity.start;
    const end = c.sentence.start + c.quantity.end;
    const h = createHash('sha256').update(`${ctx.doc.id}\u0000${c.category}\u0000${start}\u0000${end}`).digest('hex');
    c.id = `c${h.slice(0, 16)}`;
  }
}

/** JS strings index UTF-16 units; notebooks (Python) index code points. */
function codePointIndexer(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  // positions of low surrogates, sorted: the code point index is i minus those before i
  const lows: number[] = [];
  for (let i = 1; i < text.length; i++) if (/[\uDC00-\uDFFF]/.test(text[i]) && /[\uD800-\uDBFF]/.test(text[i - 1])) lows.push(i);
  return (i) => {
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (lows[mid] < i) lo = mid + 1; else hi = mid; }
    return i - lo;
  };
}

export function toClaims(ctx: DocContext): Claim[] {
  const cp = codePointIndexer(ctx.text);
  const nz = (s: string | null | undefined) => (s === null || s === undefined || s.trim() === '' ? null : s);
  return ctx.candidates
    .filter((c) => !c.dropped && c.category)
    .map((c: Candidate): Claim => ({
      claim_id: c.id,
      doc_id: ctx.doc.id,
      category: c.category!,
      count_text: c.quantity.text,
      qualifier: c.quantity.qualifier,
      count_low: c.quantity.low,
      count_best: c.quantity.best,
      count_high: c.quantity.high,
      // "14 wounded" names the harm, not who: no subject; "14 bodies", "20 hostages" name people
      subject_text: c.subject?.noun === 'harm' && !PERSON_HARM_NOUN.test(c.subject.text) ? null : nz(c.subject?.text),
      victim_group: c.category === 'attacks' ? 'not_applicable' : c.subject?.noun === 'harm' && PERSON_HARM_NOUN.test(c.subject.text) ? 'people' : c.subject && c.subject.noun === 'person' ? c.subject.group : c.partOf?.subject?.noun === 'person' ? c.partOf.subject.group : 'unspecified',
      composition_text: nz(c.composition),
      part_of: c.partOf?.id || null,
      scope: c.scope,
      actor: nz(c.actor),
      location: nz(c.location),
      event_date: c.eventDate,
      date_text: nz(c.dateText),
      date_precision: c.datePrecision,
      attributed_to: nz(c.attributedTo),
      attribution_text: nz(c.attributionText),
      attribution_type: c.attributionType,
      quote: c.sentence.text,
      quote_start: cp(c.sentence.start),
      quote_end: cp(c.sentence.end),
      uncertainty_notes: c.notes.length ? [...new Set(c.notes)].join(' | ') : null,
      superseded_by: c.supersededBy?.id || null,
      incident_id: null, // set by reconcile, across documents
      rules: c.tags.join(' '),
      publisher: nz(ctx.doc.publisher),
      source_url: nz(ctx.doc.url),
      published_at: ctx.doc.published_at,
      title: nz(ctx.doc.title),
      extractor_version: EXTRACTOR_VERSION,
    }));
}
