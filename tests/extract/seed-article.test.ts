// The founding example: the Raqqa article gives exactly three claims, field by field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/pipeline.js';
import { raqqaPath } from '../helpers/paths.js';

const path = raqqaPath();
const text = readFileSync(path, 'utf8');
const meta = JSON.parse(readFileSync(path.replace(/\.txt$/, '.meta.json'), 'utf8'));
const claims = extractClaims({ id: meta.id, text, title: meta.title, published_at: meta.published_at, publisher: meta.publisher, url: meta.url });

const common = {
  doc_id: 'raqqa-2016-08-11',
  scope: 'incident',
  location: 'Raqqa',
  event_date: '2016-08-11',
  attributed_to: 'Syrian Observatory for Human Rights',
  attribution_type: 'monitor',
  actor: 'Russian air strikes',
  published_at: '2016-08-11',
  title: 'US welcomes Turkish-Russian anti-ISIS efforts',
};

describe('Raqqa seed article', () => {
  it('gives exactly three claims, in text order', () => {
    expect(claims.map((c) => [c.category, c.count_text])).toEqual([
      ['killed', 'at least 30'],
      ['attacks', '10'],
      ['wounded', 'at least 70'],
    ]);
  });

  it('killed: at least 30 people including civilians and militants, split unknown', () => {
    expect(claims[0]).toMatchObject({
      ...common,
      category: 'killed', qualifier: 'at_least', count_low: 30, count_best: 30, count_high: null,
      subject_text: 'people', victim_group: 'people', composition_text: 'including civilians and militants',
      part_of: null, date_text: 'on Thursday', date_precision: 'day', attribution_text: 'a monitoring group said',
    });
    expect(claims[0].uncertainty_notes).toContain('lower bound');
    expect(claims[0].uncertainty_notes).toContain('The monitor could not specify how many of those killed were ISIS');
  });

  it('attacks: 10 raids, exact, same place, date and source', () => {
    expect(claims[1]).toMatchObject({
      ...common,
      category: 'attacks', qualifier: 'exact', count_low: 10, count_best: 10, count_high: 10,
      subject_text: 'raids', victim_group: 'not_applicable', attribution_text: 'The Syrian Observatory for Human Rights said',
    });
  });

  it('wounded: at least 70, same place, date and source', () => {
    expect(claims[2]).toMatchObject({
      ...common,
      category: 'wounded', qualifier: 'at_least', count_low: 70, count_best: 70, count_high: null, victim_group: 'people',
    });
    expect(claims[2].uncertainty_notes).not.toContain('could not specify');
  });

  it('quotes are the sentences, at code-point offsets', () => {
    const cps = [...text];
    for (const c of claims) expect(cps.slice(c.quote_start, c.quote_end).join('')).toBe(c.quote);
    expect(claims[0].quote.startsWith('Meanwhle, Russian air strikes')).toBe(true);
  });

  it('ids are stable across runs and unique', () => {
    const again = extractClaims({ id: meta.id, text, title: meta.title, published_at: meta.published_at, publisher: null, url: null });
    expect(again.map((c) => c.claim_id)).toEqual(claims.map((c) => c.claim_id));
    expect(new Set(claims.map((c) => c.claim_id)).size).toBe(3);
  });
});
