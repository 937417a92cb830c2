// Per-document totals: people, not mentions. Rules (each in CODEBOOK 'Document totals'):
//  1. only incident claims count; other incidents and cumulative figures stay out;
//  2. a superseded figure ("the toll rose to 30") and a part ("including 10 children") never add;
//  3. figures for the same group of people are one count: a repeat is counted once; differing
//     figures span low..high, and best is the figure of the most reliable source type (then the
//     earliest in the text);
//  4. disjoint groups add up ("3 civilians and 2 soldiers" = 5); a general figure ("30 people")
//     and the sum of specific groups are alternatives: each bound takes the larger;
//  5. perpetrators are added on top, as GTD and GVA count them; `casualties` (killed and/or
//     wounded) is its own category and never enters killed or wounded.
import { CATEGORIES, type Category, type Claim } from '../records/claim-schema.js';
import type { TotalsRow } from '../records/totals-schema.js';

export const SOURCE_RANK: Record<string, number> = {
  monitor: 1, international: 1, medical: 1,
  police: 2, military: 2, government: 2, official: 2,
  media: 3, witness: 3, other: 3,
  armed_group: 4, unnamed: 5,
};
const rank = (c: Claim) => SOURCE_RANK[c.attribution_type ?? ''] ?? 5;

export interface Bounds { low: number | null; best: number | null; high: number | null }

const GENERAL = new Set(['people', 'unspecified']);

/** Differing figures for the same group: low..high span them, best by source preference. */
export function combineSameGroup(claims: Claim[]): Bounds {
  const preferred = [...claims].sort((a, b) => rank(a) - rank(b) || a.quote_start - b.quote_start)[0];
  const lows = claims.map((c) => c.count_low ?? 0);
  const highs = claims.map((c) => c.count_high);
  return {
    low: Math.min(...lows),
    best: preferred.count_best,
    high: highs.some((h) => h === null) ? null : Math.max(...(highs as number[])),
  };
}

function add(a: Bounds, b: Bounds): Bounds {
  return {
    low: (a.low ?? 0) + (b.low ?? 0),
    best: (a.best ?? 0) + (b.best ?? 0),
    high: a.high === null || b.high === null ? null : a.high + b.high,
  };
}

function larger(a: Bounds, b: Bounds): Bounds {
  return {
    low: Math.max(a.low ?? 0, b.low ?? 0),
    best: Math.max(a.best ?? 0, b.best ?? 0),
    high: a.high === null || b.high === null ? null : Math.max(a.high, b.high),
  };
}

export function categoryTotal(claims: Claim[]): Bounds | null {
  const eligible = claims.filter((c) => c.scope === 'incident' && !c.part_of && !c.superseded_by && c.count_best !== null);
  if (eligible.length === 0) return null;
  const byGroup = new Map<string, Claim[]>();
  for (const c of eligible) byGroup.set(c.victim_group, [...(byGroup.get(c.victim_group) ?? []), c]);
  const zero: Bounds = { low: 0, best: 0, high: 0 };
  let general: Bounds | null = null;
  let specific: Bounds | null = null;
  let perpetrators: Bounds = zero;
  for (const [group, list] of [...byGroup.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const b = combineSameGroup(list);
    if (GENERAL.has(group)) general = general ? larger(general, b) : b;
    else if (group === 'perpetrators') perpetrators = b;
    else specific = specific ? add(specific, b) : b;
  }
  const victims = general && specific ? larger(general, specific) : general ?? specific ?? zero;
  return add(victims, perpetrators);
}

export function documentTotals(docId: string, claims: Claim[]): TotalsRow {
  const row: Record<string, unknown> = { doc_id: docId };
  for (const cat of CATEGORIES) {
    const t = categoryTotal(claims.filter((c) => c.category === (cat as Category)));
    row[`${cat}_low`] = t ? t.low : null;
    row[`${cat}_best`] = t ? t.best : null;
    row[`${cat}_high`] = t ? t.high : null;
  }
  return row as TotalsRow;
}
