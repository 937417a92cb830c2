// Table-driven extraction tests: every tests/extract/cases/*.cases.json file is a table of
// sentences (written for this project, never copied from a corpus) with the claims they must
// give, in text order, field by field. See tests/extract/cases/README.md for the format.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentTotals } from '../../src/aggregate/document-totals.js';
import { extractClaims } from '../../src/extract/pipeline.js';

interface ExpectedClaim extends Record<string, unknown> { part_of_index?: number; superseded_by_index?: number; notes_include?: string[] }
interface Case { text: string; published_at?: string; title?: string; expect: ExpectedClaim[] | null; totals?: Record<string, number | null>; note?: string; known_gap?: string }
interface Table { phenomenon: string; description?: string; cases: Case[] }

const dir = join(process.cwd(), 'tests', 'extract', 'cases');
const tables = readdirSync(dir).filter((f) => f.endsWith('.cases.json')).sort();

for (const file of tables) {
  const table = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Table;
  describe(`${table.phenomenon} (${file})`, () => {
    table.cases.forEach((c, i) => {
      // a known gap runs as an expected failure: it is listed (docs/accuracy.md) and turns red
      // the day the extractor handles it, so the table can be corrected
      const test = c.known_gap ? it.fails : it;
      test(`${i + 1}: ${c.text.slice(0, 90)}${c.known_gap ? ` [known gap: ${c.known_gap}]` : ''}`, () => {
        const claims = extractClaims({ id: 'case', text: c.text, title: c.title ?? null, published_at: c.published_at ?? null, publisher: null, url: null });
        // expect: null means the case asserts document totals only
        const expected = c.expect ?? [];
        const got = claims.map((cl) => `${cl.category} ${cl.count_text}`);
        if (c.expect) expect(got, 'claims (category count_text)').toEqual(expected.map((e) => `${e.category} ${e.count_text}`));
        if (c.expect) expected.forEach((e, k) => {
          const { part_of_index, superseded_by_index, notes_include, ...fields } = e;
          expect(claims[k], `claim ${k + 1}`).toMatchObject(fields);
          if (part_of_index !== undefined) expect(claims[k].part_of, `claim ${k + 1} part_of`).toBe(part_of_index === null ? null : claims[part_of_index].claim_id);
          if (superseded_by_index !== undefined) expect(claims[k].superseded_by, `claim ${k + 1} superseded_by`).toBe(superseded_by_index === null ? null : claims[superseded_by_index].claim_id);
          for (const n of notes_include ?? []) expect(claims[k].uncertainty_notes ?? '', `claim ${k + 1} notes`).toContain(n);
        });
        if (c.totals) expect(documentTotals('case', claims), 'document totals').toMatchObject(c.totals);
      });
    });
  });
}
