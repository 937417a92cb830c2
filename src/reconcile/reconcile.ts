// reconcile: claims of many documents grouped into incidents, with low / best / high across
// sources (rules in docs/coding-rules.md, 'Reconciling sources'). Pure: claims and documents in,
// incident rows and each claim's incident_id out.
import { createHash } from 'node:crypto';
import { categoryTotal, SOURCE_RANK } from '../aggregate/document-totals.js';
import { CATEGORIES, type Category, type Claim } from '../records/claim-schema.js';
import { actorsConflict, dateSpan, placeKey, placesMatch, spansOverlap, type Span } from './compatibility.js';

/** A report: what one document says about one event (its incident claims, or one other incident). */
export interface Report { key: string; docId: string; publisher: string | null; claims: Claim[]; date: string | null; precision: string | null; span: Span | null; location: string | null; actor: string | null }

const mostFrequent = (xs: Array<string | null>): string | null => {
  const counts = new Map<string, number>();
  for (const x of xs) if (x) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
};

export function reportsOf(docId: string, publisher: string | null, docClaims: Claim[]): Report[] {
  // a headline or lede repeating an attributed figure without its source gives that source's figure
  const claims = docClaims.map((c) => {
    if (c.attributed_to) return c;
    const same = docClaims.find((o) => o.attributed_to && o.category === c.category && o.count_best === c.count_best);
    return same ? { ...c, attributed_to: same.attributed_to, attribution_type: same.attribution_type } : c;
  });
  const units = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.scope === 'cumulative') continue; // a running total is about no single incident
    const key = c.scope === 'incident' ? 'incident' : `other|${c.event_date ?? ''}|${placeKey(c.location) ?? ''}`;
    units.set(key, [...(units.get(key) ?? []), c]);
  }
  return [...units.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, list]) => {
    const dated = list.find((c) => c.date_precision && c.date_precision !== 'publication') ?? list[0];
    return {
      key: `${docId}|${key}`, docId, publisher, claims: list,
      date: dated.event_date, precision: dated.date_precision, span: dateSpan(dated.event_date, dated.date_precision),
      location: mostFrequent(list.map((c) => c.location)), actor: mostFrequent(list.map((c) => c.actor)),
    };
  });
}

export function sameIncident(a: Report, b: Report): boolean {
  if (a.docId === b.docId) return false; // within a document, scope already separates events
  if (!spansOverlap(a.span, b.span)) return false;
  if (!placesMatch(a.location, b.location)) return false;
  return !actorsConflict(a.actor, b.actor);
}

/** The source of a claim: who gave the figure, else the outlet that printed it. */
export const sourceOf = (c: Claim): string => (c.attributed_to ?? c.publisher ?? c.doc_id).trim().toLowerCase().replace(/^the\s+/, '');

export interface SourceFigure { source: string; type: string | null; docs: string[]; low: number | null; best: number | null; high: number | null; vague: boolean }

/** One figure per source and category: a source quoted by several outlets counts once (its
 * latest document, i.e. the last published, gives its figure). */
export function sourceFigures(category: Category, claims: Claim[]): SourceFigure[] {
  const bySource = new Map<string, Claim[]>();
  for (const c of claims) if (c.category === category) bySource.set(sourceOf(c), [...(bySource.get(sourceOf(c)) ?? []), c]);
  const out: SourceFigure[] = [];
  for (const [source, list] of [...bySource.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const byDoc = new Map<string, Claim[]>();
    for (const c of list) byDoc.set(c.doc_id, [...(byDoc.get(c.doc_id) ?? []), c]);
    const docs = [...byDoc.keys()].sort();
    const latest = [...byDoc.entries()].sort(([a, x], [b, y]) => (x[0].published_at ?? '').localeCompare(y[0].published_at ?? '') || a.localeCompare(b)).pop()!;
    // the whole document's claims decide parts and updates; only this source's figure is kept
    const t = categoryTotal(category, latest[1]);
    if (!t || t.total.best === null) continue;
    out.push({ source, type: latest[1][0].attribution_type, docs, low: t.total.low, best: t.total.best, high: t.total.high, vague: latest[1].every((c) => c.qualifier === 'vague') });
  }
  return out;
}

export interface Bounds3 { low: number | null; best: number | null; high: number | null }

/**
 * Across sources (UCDP: low = lowest reliable, high = highest reliable, best = most reliable):
 * low is the smallest low, high the largest high (open if any source's is open); best is the
 * figure of the most reliable source type (a number beats a vague word; then monitors and medical
 * sources, then officials, then media and witnesses), ties going to the figure more documents
 * carry, then the smaller figure (the conservative choice).
 */
export function acrossSources(figures: SourceFigure[]): Bounds3 {
  if (!figures.length) return { low: null, best: null, high: null };
  const rank = (f: SourceFigure) => (f.type === null ? 3 : SOURCE_RANK[f.type] ?? 5);
  const preferred = [...figures].sort((a, b) => Number(a.vague) - Number(b.vague) || rank(a) - rank(b) || b.docs.length - a.docs.length || (a.best ?? 0) - (b.best ?? 0))[0];
  return {
    low: Math.min(...figures.map((f) => f.low ?? 0)),
    best: preferred.best,
    high: figures.some((f) => f.high === null) ? null : Math.max(...figures.map((f) => f.high as number)),
  };
}

export function agreementOf(figures: SourceFigure[]): { agreement: 'single_source' | 'consistent' | 'divergent'; spread: number | null } {
  if (!figures.length) return { agreement: 'single_source', spread: null };
  const bests = figures.map((f) => f.best ?? 0);
  const spread = Math.max(...bests) - Math.min(...bests);
  if (figures.length === 1) return { agreement: 'single_source', spread: 0 };
  const overlap = figures.every((a) => figures.every((b) => (a.low ?? 0) <= (b.high ?? Infinity) && (b.low ?? 0) <= (a.high ?? Infinity)));
  return { agreement: overlap ? 'consistent' : 'divergent', spread };
}

export interface ReconcileResult { incidents: Array<Record<string, unknown>>; incidentOf: Map<string, string> }

export function reconcile(claimsByDoc: Map<string, Claim[]>, publishers: Map<string, string | null>): ReconcileResult {
  const reports = [...claimsByDoc.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([docId, claims]) => reportsOf(docId, publishers.get(docId) ?? null, claims));
  // union-find over reports, in a fixed order
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < reports.length; i++) for (let j = i + 1; j < reports.length; j++) if (sameIncident(reports[i], reports[j])) parent[find(j)] = find(i);
  const groups = new Map<number, Report[]>();
  reports.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  const incidents: Array<Record<string, unknown>> = [];
  const incidentOf = new Map<string, string>();
  for (const members of groups.values()) {
    const claims = members.flatMap((r) => r.claims);
    const first = [...members].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.key.localeCompare(b.key))[0];
    const id = `i${createHash('sha256').update(`${first.key}\u0000${first.date ?? ''}`).digest('hex').slice(0, 16)}`;
    for (const c of claims) incidentOf.set(c.claim_id, id);
    const spans = members.map((r) => r.span).filter((s): s is Span => !!s);
    const precise = [...members].sort((a, b) => (PRECISION_ORDER[a.precision ?? 'publication'] ?? 9) - (PRECISION_ORDER[b.precision ?? 'publication'] ?? 9) || a.key.localeCompare(b.key))[0];
    const row: Record<string, unknown> = {
      incident_id: id,
      event_date: precise.date,
      date_low: spans.length ? spans.map((s) => s.low).sort()[0] : null,
      date_high: spans.length ? spans.map((s) => s.high).sort().pop() : null,
      location: mostFrequent(claims.map((c) => c.location)),
      actor: mostFrequent(claims.map((c) => c.actor)),
    };
    let decided: SourceFigure[] | null = null;
    for (const cat of CATEGORIES) {
      const figures = sourceFigures(cat, claims);
      const b = acrossSources(figures);
      row[`${cat}_low`] = b.low;
      row[`${cat}_best`] = b.best;
      row[`${cat}_high`] = b.high;
      if (!decided && figures.length && cat !== 'attacks') decided = figures;
    }
    const sources = [...new Set(claims.map(sourceOf))].sort();
    const ag = agreementOf(decided ?? []);
    Object.assign(row, {
      n_claims: claims.length,
      n_documents: new Set(claims.map((c) => c.doc_id)).size,
      n_sources: sources.length,
      sources: sources.join(' | '),
      agreement: sources.length === 1 ? 'single_source' : ag.agreement === 'single_source' ? 'consistent' : ag.agreement,
      spread: ag.spread,
    });
    incidents.push(row);
  }
  incidents.sort((a, b) => String(a.event_date ?? '').localeCompare(String(b.event_date ?? '')) || String(a.incident_id).localeCompare(String(b.incident_id)));
  return { incidents, incidentOf };
}

const PRECISION_ORDER: Record<string, number> = { day: 0, week: 1, month: 2, year: 3, publication: 4 };
