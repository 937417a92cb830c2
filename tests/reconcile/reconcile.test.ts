// reconcile and check on the multi-source sample corpus (data/multi-source, invented reports of
// invented incidents) and on rule tables: grouping, one source per monitor, low/best/high across
// sources, agreement, verdicts, ClaimReview.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/build/build-dataset.js';
import { exportDataset } from '../../src/export/export-dataset.js';
import { runCheck } from '../../src/jobs/check-job.js';
import { runReconcile } from '../../src/jobs/reconcile-job.js';
import { validateDataset } from '../../src/jobs/validate-dataset.js';
import { actorsConflict, placesMatch } from '../../src/reconcile/compatibility.js';
import { acrossSources, agreementOf, type SourceFigure } from '../../src/reconcile/reconcile.js';
import type { Problem } from '../../src/records/problems.js';

const ROOT = process.cwd();
const ds = join(mkdtempSync(join(tmpdir(), 'cc-rec-')), 'multi');
await buildDataset({ corpus: join(ROOT, 'data', 'multi-source'), out: ds });
await runReconcile(ds);
await runCheck(ds, join(ROOT, 'data', 'reference', 'acled-sample.csv'), 'acled');
const csv = (f: string) => Papa.parse<Record<string, string>>(readFileSync(join(ds, f), 'utf8'), { header: true, skipEmptyLines: true }).data;
const claims = csv('claims.csv');
const incidents = csv('incidents.csv');

describe('reconcile: incidents on the sample corpus', () => {
  it('groups the reports of each incident and keeps different incidents apart', () => {
    const groups = new Map<string, string[]>();
    for (const c of claims) if (c.category === 'killed') groups.set(c.incident_id, [...new Set([...(groups.get(c.incident_id) ?? []), c.doc_id])].sort());
    expect([...groups.values()].sort()).toEqual([
      ['a1-kessra-strikes', 'a2-kessra-toll-disputed', 'a3-kessra-residents'],
      ['b1-tal-rahim-car-bomb', 'b2-tal-rahim-toll-rises'],
      ['c1-marun-shelling', 'c2-marun-hospital'],
      ['d1-kessra-roadside-bomb'],
    ]);
  });

  it('Kessra: the monitor cited by two outlets is one source; low / best / high across sources', () => {
    const k = incidents.find((i) => i.event_date === '2023-04-11')!;
    expect(k.sources).toBe('health ministry | local residents | observatory for civilian harm');
    expect(k.n_sources).toBe('3');
    expect(k.n_documents).toBe('3');
    // low: the lowest credible figure (residents' "dozens" coded 12); best: the monitor's figure;
    // high: open, since the monitor gives "at least 30"
    expect([k.killed_low, k.killed_best, k.killed_high]).toEqual(['12', '30', '']);
    expect(k.agreement).toBe('divergent');
    expect(k.spread).toBe('18');
    expect(k.attacks_best).toBe('12');
  });

  it('Tal Rahim: one source (police) whose toll rose: its latest figure', () => {
    const t = incidents.find((i) => i.location === 'Tal Rahim')!;
    expect([t.killed_low, t.killed_best, t.killed_high, t.agreement, t.n_documents]).toEqual(['11', '11', '11', 'single_source', '2']);
  });

  it('Marun: two sources agreeing are consistent', () => {
    const m = incidents.find((i) => i.location === 'Marun')!;
    expect([m.killed_best, m.agreement, m.n_sources, m.wounded_best]).toEqual(['5', 'consistent', '2', '9']);
  });

  it('the same town a week later is another incident', () => {
    expect(incidents.filter((i) => i.location === 'Kessra').map((i) => i.event_date).sort()).toEqual(['2023-04-11', '2023-04-18']);
  });

  it('validate covers incidents.csv and checks.csv', async () => {
    const problems: Problem[] = [];
    const s = await validateDataset(ds, (p) => problems.push(p));
    expect(problems).toEqual([]);
    expect(s.rows['incidents.csv']).toBe(4);
    const pkg = JSON.parse(readFileSync(join(ds, 'datapackage.json'), 'utf8'));
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(['documents', 'claims', 'incidents', 'checks']);
    expect(pkg.resources[1].schema.foreignKeys).toContainEqual({ fields: 'incident_id', reference: { resource: 'incidents', fields: 'incident_id' } });
  });
});

describe('check: verdicts against the ACLED-layout reference', () => {
  const checks = csv('checks.csv');
  const verdictOf = (doc: string, count: string) => checks.find((k) => k.claim_id === claims.find((c) => c.doc_id === doc && c.count_text === count && c.category === 'killed')!.claim_id)!;
  it.each([
    ['a2-kessra-toll-disputed', 'At least 30', 'consistent', '0'],
    ['a2-kessra-toll-disputed', '27', 'understated', '-3'],
    ['a3-kessra-residents', 'Dozens of', 'within_range', '-18'],
    ['b2-tal-rahim-toll-rises', '11', 'overstated', '2'],
    ['b1-tal-rahim-car-bomb', '8', 'understated', '-1'],
    ['c1-marun-shelling', '5', 'no_reference', ''],
    ['d1-kessra-roadside-bomb', '2', 'consistent', '0'],
  ])('%s %s: %s (margin %s)', (doc, count, verdict, margin) => {
    const k = verdictOf(doc, count);
    expect(k.verdict).toBe(verdict);
    expect(k.margin).toBe(margin);
    expect(k.explanation.length).toBeGreaterThan(20);
  });

  it('ClaimReview JSON-LD for each matched check', async () => {
    const out = join(ds, '..', 'reviews.json');
    await exportDataset(ds, 'claimreview', out);
    const reviews = JSON.parse(readFileSync(out, 'utf8'));
    expect(reviews.length).toBe(checks.filter((k) => !['no_reference', 'ambiguous'].includes(k.verdict)).length);
    const r = reviews.find((x: { reviewRating: { alternateName: string } }) => x.reviewRating.alternateName === 'overstated');
    expect(r['@type']).toBe('ClaimReview');
    expect(r.itemReviewed.author.name).toBe('police');
    expect(r.itemReviewed.appearance.url).toBe('https://example.org/b2-tal-rahim-toll-rises');
    expect(r.reviewRating).toMatchObject({ ratingValue: 1, bestRating: 5, worstRating: 1 });
    expect(r.datePublished).toBe('2023-04-21'); // the latest publication date, not the clock
  });
});

describe('rules', () => {
  const f = (source: string, type: string | null, low: number, best: number, high: number | null, vague = false, docs = 1): SourceFigure => ({ source, type, docs: Array.from({ length: docs }, (_, i) => `d${i}`), low, best, high, vague });
  it.each([
    ['lowest low, highest high', [f('a', 'monitor', 20, 20, 20), f('b', 'government', 25, 25, 25)], { low: 20, best: 20, high: 25 }],
    ['"at least" leaves the high open', [f('a', 'monitor', 30, 30, null), f('b', 'government', 27, 27, 27)], { low: 27, best: 30, high: null }],
    ['a number beats a vague word', [f('a', 'monitor', 12, 12, 99, true), f('b', 'media', 40, 40, 40)], { low: 12, best: 40, high: 99 }],
    ['a monitor beats a ministry', [f('a', 'government', 14, 14, 14), f('b', 'monitor', 25, 25, 25)], { low: 14, best: 25, high: 25 }],
    ['ties go to more documents, then the smaller figure', [f('a', 'media', 10, 10, 10, false, 1), f('b', 'media', 12, 12, 12, false, 2), f('c', 'media', 9, 9, 9, false, 2)], { low: 9, best: 9, high: 12 }],
  ])('%s', (_name, figures, expected) => expect(acrossSources(figures as SourceFigure[])).toEqual(expected));

  it('agreement', () => {
    expect(agreementOf([f('a', null, 5, 5, 5)]).agreement).toBe('single_source');
    expect(agreementOf([f('a', null, 30, 30, null), f('b', null, 35, 35, 35)]).agreement).toBe('consistent');
    expect(agreementOf([f('a', null, 30, 30, 30), f('b', null, 14, 14, 14)])).toEqual({ agreement: 'divergent', spread: 16 });
  });

  it.each([['Raqqa', 'Raqa', true], ['Raqqa', 'al-Raqqa', true], ['Raqqa', 'Ar Raqqah', true], ['Aleppo', 'eastern Aleppo', true], ['Kessra', 'Tal Rahim', false], ['São Paulo', 'Sao Paulo', true]])('places %s ~ %s: %s', (a, b, same) => expect(placesMatch(a, b)).toBe(same));
  it.each([['Russian air strikes', 'air strikes', false], ['Russian air strikes', 'Turkish warplanes', true], ['Islamic State militants', 'al-Shabaab fighters', true], [null, 'gunmen', false]])('actors %s / %s conflict: %s', (a, b, conflict) => expect(actorsConflict(a, b)).toBe(conflict));
});
