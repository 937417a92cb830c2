// Properties (fast-check): CSV write-then-read is the identity for any records the schema allows;
// extract never throws on arbitrary strings, every quote equals the text between its offsets, and
// running it twice gives the same output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/pipeline.js';
import { toCsv } from '../../src/io/csv-write.js';
import { CLAIM_COLUMNS, CLAIM_FIELDS, type Claim } from '../../src/records/claim-schema.js';
import { readClaimsCsv } from '../helpers/csv.js';

const text = fc.string({ unit: 'grapheme', maxLength: 60 });
const textWithTraps = fc.oneof(text, fc.constantFrom('', '=SUM(A1)', '+1', '-3', '@x', 'a,b', 'say "hi"', 'line\nbreak', 'cr\r\nlf', ' lead', 'trail ', 'NA', 'null', '\u00a0', '\uFEFFbom', '😀 emoji'));
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const claim: fc.Arbitrary<Claim> = fc.record({
  low: fc.nat(10000), span: fc.nat(1000), open: fc.boolean(), quote: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), start: fc.nat(100000),
  strs: fc.array(nullable(textWithTraps), { minLength: 12, maxLength: 12 }), dates: fc.array(nullable(date), { minLength: 2, maxLength: 2 }),
  id: fc.stringMatching(/^[A-Za-z0-9._:-]{1,20}$/), doc: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
  category: fc.constantFrom(...(CLAIM_FIELDS.find((f) => f.name === 'category')!.schema.enum as string[])),
}).map((r) => {
  const [subject, composition, actor, location, dateText, attributedTo, attributionText, notes, publisher, url, title, rules] = r.strs;
  return {
    claim_id: r.id, doc_id: r.doc, category: r.category as Claim['category'], count_text: 'x', qualifier: 'range', count_low: r.low, count_best: r.low, count_high: r.open ? null : r.low + r.span,
    subject_text: subject, victim_group: 'people', composition_text: composition, part_of: null, scope: 'incident', actor, location, event_date: r.dates[0], date_text: dateText,
    date_precision: r.dates[0] ? 'day' : null, attributed_to: attributedTo, attribution_text: attributionText, attribution_type: null, quote: r.quote, quote_start: r.start,
    quote_end: r.start + [...r.quote].length, uncertainty_notes: notes, superseded_by: null, incident_id: null, rules: rules ?? '', publisher, source_url: url, published_at: r.dates[1], title, extractor_version: '0.1.0',
  } as Claim;
});

describe('properties', () => {
  it('CSV write-then-read is the identity for any records the schema allows', async () => {
    await fc.assert(fc.asyncProperty(fc.uniqueArray(claim, { selector: (c) => c.claim_id, maxLength: 8 }), async (claims) => {
      // an empty string and null are the same cell in CSV: the schema's nullable text is null
      const norm = claims.map((c) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v === '' && CLAIM_FIELDS.find((f) => f.name === k)!.nullable ? null : v])));
      const { records, problems } = await readClaimsCsv(toCsv(norm, CLAIM_COLUMNS));
      expect(problems).toEqual([]);
      expect(records).toEqual(norm);
    }), { numRuns: 150 });
  });

  it('extract never throws on arbitrary strings; quotes match their offsets; output is deterministic', () => {
    const newsish = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(' killed ', ' at least 30 ', ' people ', ', police said. ', '\n', ' a man was shot ', ' the toll rose to ', ' 1,200 ', ' dozens of ', ' including ', ' 😀 ', ' \u0663\u0664 ', ' no one ', ' He ', ' was wounded. ')), { maxLength: 25 }).map((parts) => parts.join(''));
    fc.assert(fc.property(newsish, fc.option(date, { nil: null }), (t, published) => {
      const doc = { id: 'p', text: t, title: null, published_at: published, publisher: null, url: null };
      const claims = extractClaims(doc);
      const cps = [...t];
      for (const c of claims) expect(cps.slice(c.quote_start, c.quote_end).join('')).toBe(c.quote);
      expect(extractClaims(doc)).toEqual(claims);
    }), { numRuns: 400 });
  });
});
