// export: every format from a built dataset, the Excel flavour's neutralised cells, Parquet read
// back with the same types, ACLED and UCDP layouts.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/build/build-dataset.js';
import { exportDataset } from '../../src/export/export-dataset.js';
import { excelSafe } from '../../src/export/excel.js';
import { ACLED_COLUMNS, UCDP_COLUMNS } from '../../src/export/acled-ucdp.js';
import { CLAIM_COLUMNS, CLAIM_FIELDS } from '../../src/records/claim-schema.js';
import { makeCorpus } from '../helpers/corpus.js';

const corpus = makeCorpus();
const dir = mkdtempSync(join(tmpdir(), 'cc-exp-'));
const ds = join(dir, 'ds');
await buildDataset({ corpus, out: ds });
const claims = readFileSync(join(ds, 'claims.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

describe('export', () => {
  it('jsonl equals the dataset claims', async () => {
    await exportDataset(ds, 'jsonl', join(dir, 'c.jsonl'));
    expect(readFileSync(join(dir, 'c.jsonl'), 'utf8')).toBe(readFileSync(join(ds, 'claims.jsonl'), 'utf8'));
  });

  it('csv equals claims.csv; --excel adds a BOM and CRLF', async () => {
    await exportDataset(ds, 'csv', join(dir, 'c.csv'));
    expect(readFileSync(join(dir, 'c.csv'), 'utf8')).toBe(readFileSync(join(ds, 'claims.csv'), 'utf8'));
    await exportDataset(ds, 'csv', join(dir, 'x.csv'), { excel: true });
    const x = readFileSync(join(dir, 'x.csv'), 'utf8');
    expect(x.startsWith('\uFEFFclaim_id,')).toBe(true);
    expect(x.split('\r\n').length).toBeGreaterThan(claims.length);
  });

  it.each([['=SUM(A1)', "'=SUM(A1)"], ['+1', "'+1"], ['-2 dead', "'-2 dead"], ['@cmd', "'@cmd"], ['\tx', "'\tx"], ['plain', 'plain']])('excel-safe text %j -> %j; numbers are left alone', (value, expected) => {
    const rec = { ...claims[0], actor: value, count_low: -1 };
    const safe = excelSafe(rec, CLAIM_FIELDS);
    expect(safe.actor).toBe(expected);
    expect(safe.count_low).toBe(-1);
  });

  it('parquet reads back with the same rows and types', async () => {
    await exportDataset(ds, 'parquet', join(dir, 'c.parquet'));
    const buf = readFileSync(join(dir, 'c.parquet'));
    const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) });
    expect(rows).toHaveLength(claims.length);
    expect(Object.keys(rows[0])).toEqual(CLAIM_COLUMNS);
    expect(rows[0].count_best).toBe(claims[0].count_best);
    expect(rows[0].event_date instanceof Date).toBe(true);
    expect((rows[0].event_date as Date).toISOString().slice(0, 10)).toBe(claims[0].event_date);
    expect(rows.map((r) => r.quote)).toEqual(claims.map((c) => c.quote));
  });

  it('acled: one row per document with incident claims, the most conservative fatalities', async () => {
    await exportDataset(ds, 'acled', join(dir, 'a.csv'));
    const lines = readFileSync(join(dir, 'a.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe(ACLED_COLUMNS.join(','));
    const tarso = lines.find((l) => l.startsWith('tarso-1,'))!;
    expect(tarso).toContain(',2021-03-02,1,Explosions/Remote violence,Remote explosive/landmine/IED,');
    expect(tarso).toMatch(/,Tarso,12,/);
  });

  it('ucdp: low / best / high and civilian deaths', async () => {
    await exportDataset(ds, 'ucdp', join(dir, 'u.csv'));
    const lines = readFileSync(join(dir, 'u.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe(UCDP_COLUMNS.join(','));
    const report = lines.find((l) => l.startsWith('report,'))!;
    expect(report.split(',').slice(3, 9)).toEqual(['7', '7', '7', '0', '0', '7']);
  });
});
