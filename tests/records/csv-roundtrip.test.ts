// The canonical CSV: claims written, read back through papaparse and the strict caster, validated,
// and equal to what was written. Quotes with commas, quotes and newlines survive.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/io/csv-write.js';
import { CLAIM_COLUMNS, type Claim } from '../../src/records/claim-schema.js';
import { readClaimsCsv } from '../helpers/csv.js';
import { extractClaims } from '../../src/extract/pipeline.js';

const tricky = `A "quoted" figure, with commas,\nand a line break: 12 people were killed in Tal Kaif on Monday, officials said.\n\nPolice said =SUM(1) was not a formula; 3 others were wounded.`;

describe('CSV round trip', () => {
  const claims: Claim[] = extractClaims({ id: 'doc-1', text: tricky, title: 'Title, with "quotes"', published_at: '2020-02-03', publisher: null, url: null });

  it('the sample text gives claims to round-trip', () => {
    expect(claims.length).toBeGreaterThanOrEqual(2);
  });

  it('write, read back, validate: equal records', async () => {
    const csv = toCsv(claims as unknown as Record<string, unknown>[], CLAIM_COLUMNS);
    expect(csv.split('\n')[0]).toBe(CLAIM_COLUMNS.join(','));
    const { records, problems } = await readClaimsCsv(csv);
    expect(problems).toEqual([]);
    expect(records).toEqual(claims);
  });

  it('CRLF line ends and a UTF-8 BOM are accepted', async () => {
    const csv = '\uFEFF' + toCsv(claims as unknown as Record<string, unknown>[], CLAIM_COLUMNS).replace(/\n(?=(?:[^"]*"[^"]*")*[^"]*$)/g, '\r\n');
    const { records, problems } = await readClaimsCsv(csv);
    expect(problems).toEqual([]);
    expect(records.length).toBe(claims.length);
  });

  it('the same input gives byte-identical CSV', () => {
    const again = extractClaims({ id: 'doc-1', text: tricky, title: 'Title, with "quotes"', published_at: '2020-02-03', publisher: null, url: null });
    expect(toCsv(again as unknown as Record<string, unknown>[], CLAIM_COLUMNS)).toBe(toCsv(claims as unknown as Record<string, unknown>[], CLAIM_COLUMNS));
  });
});
