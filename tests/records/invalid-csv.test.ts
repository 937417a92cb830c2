// Invalid claims CSVs are rejected with the right code, line and column (header = line 1).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/pipeline.js';
import { toCsv } from '../../src/io/csv-write.js';
import { CLAIM_COLUMNS } from '../../src/records/claim-schema.js';
import { readClaimsCsv } from '../helpers/csv.js';

const text = 'Gunmen killed 12 villagers in Dorsa on Monday, police said. Another 9 people were wounded and 4 were abducted. Two soldiers were killed in a separate ambush.';
const claims = extractClaims({ id: 'd1', text, title: null, published_at: '2021-05-05', publisher: null, url: null });
const valid = toCsv(claims as unknown as Record<string, unknown>[], CLAIM_COLUMNS);
const col = (name: string) => CLAIM_COLUMNS.indexOf(name) + 1;

/** Replace the cell of `column` in data row `row` (1-based, header excluded). */
function withCell(row: number, column: string, value: string): string {
  const lines = valid.split('\n');
  const cells = splitCsvLine(lines[row]);
  cells[CLAIM_COLUMNS.indexOf(column)] = value;
  lines[row] = cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
  return lines.join('\n');
}
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (q) { if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') q = false; else cur += ch; }
    else if (ch === '"') q = true; else if (ch === ',') { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

const cases: Array<[string, string, string, number, number]> = [
  // name, csv, code, line, column
  ['bad count_low in row 3', withCell(3, 'count_low', 'x12'), 'type-error', 4, col('count_low')],
  ['count_low with spaces', withCell(1, 'count_low', ' 12 '), 'type-error', 2, col('count_low')],
  ['count with leading zero', withCell(2, 'count_best', '009'), 'type-error', 3, col('count_best')],
  ['negative count', withCell(1, 'count_low', '-3'), 'constraint-error', 2, col('count_low')],
  ['low above best', withCell(1, 'count_low', '99'), 'cross-field-error', 2, col('count_low')],
  ['unknown category', withCell(2, 'category', 'maimed'), 'enum-error', 3, col('category')],
  ['impossible date', withCell(1, 'event_date', '2016-02-30'), 'type-error', 2, col('event_date')],
  ['required integer empty', withCell(1, 'quote_start', ''), 'required-error', 2, col('quote_start')],
  ['extra cell', valid.replace(/\n$/, '').split('\n').map((l, i) => (i === 2 ? `${l},extra` : l)).join('\n') + '\n', 'extra-cell', 3, CLAIM_COLUMNS.length + 1],
  ['missing header', valid.replace('claim_id,', ''), 'missing-header', 1, CLAIM_COLUMNS.length],
  ['duplicate header', valid.replace('doc_id,', 'claim_id,'), 'duplicate-header', 1, 2],
];

describe('invalid claims CSV', () => {
  it('the fixture has at least 3 rows', () => expect(claims.length).toBeGreaterThanOrEqual(3));
  for (const [name, csv, code, line, column] of cases) {
    it(`${name}: ${code} at line ${line}, column ${column}`, async () => {
      const { problems } = await readClaimsCsv(csv);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems[0]).toMatchObject({ code, line, column, file: 'claims.csv' });
    });
  }
  it('a quoted cell with a line break shifts later line numbers', async () => {
    const rows = claims.map((c) => ({ ...c })) as Array<Record<string, unknown>>;
    rows[0].title = 'one line\nand another';
    rows[2].count_best = 'bad';
    const { problems } = await readClaimsCsv(toCsv(rows, CLAIM_COLUMNS));
    expect(problems[0]).toMatchObject({ code: 'type-error', line: 5, column: col('count_best') });
  });
});
