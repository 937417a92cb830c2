// Event-style exports: ACLED and UCDP GED layouts from a dataset's documents and claims.
import type { Claim } from '../records/claim-schema.js';
import { isCountry } from '../extract/stages/find-place.js';

export type DocRow = Record<string, unknown> & { doc_id: string };

const mostFrequent = (xs: Array<string | null>): string | null => {
  const counts = new Map<string, number>();
  for (const x of xs) if (x) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
};

function eventKind(claims: Claim[]): { type: string; sub: string } {
  const text = claims.map((c) => `${c.quote} ${c.actor ?? ''} ${c.subject_text ?? ''}`).join(' ').toLowerCase();
  if (/\b(?:air\s*strikes?|airstrikes?|air\s+raids?|drone)\b/.test(text)) return { type: 'Explosions/Remote violence', sub: 'Air/drone strike' };
  if (/\bsuicide\b/.test(text)) return { type: 'Explosions/Remote violence', sub: 'Suicide bomb' };
  if (/\b(?:shell(?:s|ing)?|artillery|mortars?|rockets?|missiles?)\b/.test(text)) return { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' };
  if (/\b(?:bomb(?:s|ing|ings)?|blasts?|explosions?|explosive|ied)\b/.test(text)) return { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED' };
  const groups = new Set(claims.filter((c) => c.category === 'killed' || c.category === 'wounded').map((c) => c.victim_group));
  const clash = /\b(?:clash(?:es)?|fighting|battle|gunfight|firefight|exchange of fire)\b/.test(text);
  if (!clash && [...groups].every((g) => ['civilians', 'children', 'women', 'people', 'men', 'unspecified'].includes(g))) return { type: 'Violence against civilians', sub: 'Attack' };
  return { type: 'Battles', sub: 'Armed clash' };
}

const incident = (claims: Claim[]) => claims.filter((c) => c.scope === 'incident');

export const ACLED_COLUMNS = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'location', 'fatalities', 'notes', 'source'];

export function acledRow(doc: DocRow, claims: Claim[]): Record<string, unknown> | null {
  const inc = incident(claims);
  if (!inc.length) return null;
  const dated = inc.find((c) => c.date_precision && c.date_precision !== 'publication') ?? inc[0];
  const kind = eventKind(inc);
  const sources = [...new Set(inc.map((c) => c.attributed_to).filter(Boolean))];
  const f = (cat: string) => (doc[`${cat}_best`] === null ? 'not reported' : `${doc[`${cat}_low`] ?? ''}/${doc[`${cat}_best`]}/${doc[`${cat}_high`] ?? 'open'}`);
  return {
    event_id_cnty: doc.doc_id,
    event_date: dated.event_date ?? doc.published_at ?? '',
    time_precision: dated.date_precision === 'day' ? 1 : dated.date_precision === 'week' || dated.date_precision === 'publication' ? 2 : 3,
    event_type: kind.type,
    sub_event_type: kind.sub,
    actor1: mostFrequent(inc.map((c) => c.actor)) ?? '',
    location: mostFrequent(inc.map((c) => c.location)) ?? '',
    fatalities: (doc.killed_low as number | null) ?? 0,
    notes: `casualty-claims: killed low/best/high ${f('killed')}; wounded ${f('wounded')}; ${inc.length} claim(s)${sources.length ? `; sources: ${sources.join('; ')}` : ''}`.replace(/\s+/g, ' '),
    source: [...sources, doc.publisher].filter(Boolean).join('; '),
  };
}

export const UCDP_COLUMNS = ['id', 'date_start', 'date_end', 'best', 'low', 'high', 'deaths_a', 'deaths_civilians', 'deaths_unknown', 'source_article', 'source_office', 'source_date', 'source_headline', 'source_original', 'where_coordinates', 'where_prec', 'date_prec', 'event_clarity'];

const DATE_PREC: Record<string, number> = { day: 1, week: 3, month: 4, year: 5, publication: 3 };

export function ucdpRow(doc: DocRow, claims: Claim[]): Record<string, unknown> | null {
  const killed = incident(claims).filter((c) => c.category === 'killed');
  if (!killed.length || doc.killed_best === null) return null;
  const dates = killed.map((c) => c.event_date).filter((d): d is string => !!d).sort();
  const best = doc.killed_best as number;
  const civilians = killed.filter((c) => !c.part_of && !c.superseded_by && ['civilians', 'children', 'women'].includes(c.victim_group)).reduce((a, c) => a + (c.count_best ?? 0), 0);
  const perps = (doc.killed_perpetrators as number | null) ?? 0;
  const location = mostFrequent(killed.map((c) => c.location));
  const precision = killed.find((c) => c.date_precision)?.date_precision ?? 'publication';
  const open = doc.killed_high === null;
  const agree = new Set(killed.filter((c) => !c.part_of && !c.superseded_by).map((c) => c.count_best)).size <= 1;
  return {
    id: doc.doc_id,
    date_start: dates[0] ?? doc.published_at ?? '',
    date_end: dates[dates.length - 1] ?? doc.published_at ?? '',
    best,
    low: doc.killed_low,
    high: open ? best : doc.killed_high,
    deaths_a: perps,
    deaths_civilians: Math.min(civilians, best),
    deaths_unknown: Math.max(best - civilians - perps, 0),
    source_article: doc.url ?? '',
    source_office: doc.publisher ?? '',
    source_date: doc.published_at ?? '',
    source_headline: doc.title ?? '',
    source_original: [...new Set(killed.map((c) => c.attributed_to).filter(Boolean))].join('; '),
    where_coordinates: location ?? '',
    where_prec: location ? (isCountry(location) ? 6 : 1) : 7,
    date_prec: DATE_PREC[precision] ?? 3,
    event_clarity: agree && !open ? 1 : 2,
  };
}
