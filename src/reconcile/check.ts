// check: each claim compared with a reference dataset (ACLED or UCDP GED layout, or another claims
// table). Matching: the reference record's dates overlap the claim's date span (its precision
// respected) and its place matches the claim's after normalisation; one match is compared, several
// are reported as ambiguous, none as no_reference. Only what the reference counts is compared:
// killed claims against ACLED fatalities and UCDP deaths, same-category claims against claims.
import { createHash } from 'node:crypto';
import type { Claim } from '../records/claim-schema.js';
import type { CheckRow } from '../records/checks-table.js';
import { dateSpan, placesMatch, spansOverlap } from './compatibility.js';

export type ReferenceFormat = 'acled' | 'ucdp' | 'claims';

export interface ReferenceRecord { id: string; dateLow: string; dateHigh: string; location: string | null; category: string; low: number; best: number; high: number | null }

const int = (v: unknown): number | null => (v === '' || v === null || v === undefined || !/^\d+$/.test(String(v).trim()) ? null : Number(v));

/** The columns each layout needs; a reference without them is a usage problem. */
export const REFERENCE_COLUMNS: Record<ReferenceFormat, string[]> = {
  acled: ['event_id_cnty', 'event_date', 'location', 'fatalities'],
  ucdp: ['id', 'date_start', 'date_end', 'best', 'low', 'high', 'where_coordinates'],
  claims: ['claim_id', 'category', 'event_date', 'location', 'count_low', 'count_best', 'count_high'],
};

export function referenceRecord(format: ReferenceFormat, r: Record<string, string>): ReferenceRecord | null {
  if (format === 'acled') {
    const f = int(r.fatalities);
    if (f === null || !r.event_date) return null;
    return { id: r.event_id_cnty, dateLow: r.event_date, dateHigh: r.event_date, location: r.location || null, category: 'killed', low: f, best: f, high: f };
  }
  if (format === 'ucdp') {
    const best = int(r.best);
    if (best === null || !r.date_start) return null;
    return { id: r.id, dateLow: r.date_start, dateHigh: r.date_end || r.date_start, location: r.where_coordinates || r.adm_2 || r.adm_1 || null, category: 'killed', low: int(r.low) ?? best, best, high: int(r.high) ?? best };
  }
  const best = int(r.count_best);
  if (best === null || !r.event_date) return null;
  return { id: r.claim_id, dateLow: r.event_date, dateHigh: r.event_date, location: r.location || null, category: r.category, low: int(r.count_low) ?? 0, best, high: int(r.count_high) };
}

export function checkable(c: Claim, format: ReferenceFormat): boolean {
  if (c.part_of || c.scope === 'cumulative' || c.count_best === null) return false;
  return format === 'claims' ? c.category !== 'attacks' : c.category === 'killed';
}

const describe = (c: Claim) => `'${c.count_text}${c.subject_text ? ` ${c.subject_text}` : ''} ${c.category}'${c.attributed_to ? ` (${c.attributed_to})` : ''}${c.event_date ? `, ${c.event_date}` : ''}${c.location ? `, ${c.location}` : ''}`;
const range = (low: number | null, best: number | null, high: number | null) => (low === high && low !== null ? `${best}` : `${best} (${low ?? '?'}-${high ?? 'open'})`);

export function checkClaim(c: Claim, refs: ReferenceRecord[], format: ReferenceFormat, referenceName: string): CheckRow {
  const span = dateSpan(c.event_date, c.date_precision);
  const candidates = refs.filter((r) => r.category === c.category && spansOverlap(span, { low: r.dateLow, high: r.dateHigh }) && placesMatch(c.location, r.location));
  // several candidates: one on the claim's exact date is preferred, else it is ambiguous
  const exact = candidates.filter((r) => r.dateLow <= (c.event_date ?? '') && (c.event_date ?? '') <= r.dateHigh);
  const chosen = candidates.length === 1 ? candidates[0] : exact.length === 1 ? exact[0] : null;
  const base = {
    check_id: `k${createHash('sha256').update(`${c.claim_id}\u0000${referenceName}`).digest('hex').slice(0, 16)}`,
    claim_id: c.claim_id, reference_format: format, n_candidates: candidates.length,
    claim_low: c.count_low, claim_best: c.count_best, claim_high: c.count_high,
  };
  const label = format === 'acled' ? 'ACLED event' : format === 'ucdp' ? 'UCDP event' : 'reference claim';
  if (!chosen) {
    const ambiguous = candidates.length > 1;
    return {
      ...base, verdict: ambiguous ? 'ambiguous' : 'no_reference', reference_id: ambiguous ? candidates.map((r) => r.id).join(' | ') : null,
      reference_low: null, reference_best: null, reference_high: null, margin: null,
      explanation: ambiguous
        ? `Claim ${describe(c)} matches ${candidates.length} ${label}s by date and place (${candidates.map((r) => r.id).join(', ')}); not compared.`
        : `No ${label} in ${referenceName} matches claim ${describe(c)} by date${c.location ? ' and place' : ' (the claim names no place)'}.`,
    };
  }
  const low = c.count_low ?? 0;
  const high = c.count_high ?? Infinity;
  const verdict: CheckRow['verdict'] = c.count_best === chosen.best ? 'consistent'
    : low > (chosen.high ?? Infinity) ? 'overstated'
    : high < chosen.low ? 'understated'
    : 'within_range';
  const margin = (c.count_best ?? 0) - chosen.best;
  const words: Record<string, string> = { consistent: 'agrees with', within_range: 'is within the range of', overstated: 'is higher than', understated: 'is lower than' };
  return {
    ...base, verdict, reference_id: chosen.id, reference_low: chosen.low, reference_best: chosen.best, reference_high: chosen.high, margin,
    explanation: `Claim ${describe(c)} ${words[verdict]} ${label} ${chosen.id} (${range(chosen.low, chosen.best, chosen.high)})${verdict === 'consistent' ? '' : `: margin ${margin > 0 ? '+' : ''}${margin}`}.`,
  };
}
