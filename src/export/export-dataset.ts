// export DATASET_DIR --to FORMAT --out PATH. Reads the dataset's tables through the validating
// reader (a corrupt dataset is reported, not exported) and writes one file atomically.
import { existsSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { tempPathFor, writeAtomic } from '../io/atomic.js';
import { csvHeader, csvRows } from '../io/csv-write.js';
import { CLAIM_COLUMNS, CLAIM_FIELDS, type Claim } from '../records/claim-schema.js';
import { DataError, type Problem } from '../records/problems.js';
import { tableRecords } from '../jobs/dataset-io.js';
import type { CheckRow } from '../records/checks-table.js';
import { claimReviews } from './claimreview.js';
import { ACLED_COLUMNS, acledRow, UCDP_COLUMNS, ucdpRow, type DocRow } from './acled-ucdp.js';
import { excelSafe } from './excel.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'acled', 'ucdp', 'parquet', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];


export async function exportDataset(dir: string, format: ExportFormat, out: string, opts: { excel?: boolean; reviewDate?: string; reviewer?: string } = {}): Promise<{ rows: number }> {
  const problems: Problem[] = [];
  let rows = 0;
  const claims = () => tableRecords(dir, 'claims.csv', problems);
  const check = () => { if (problems.length) throw new DataError(problems); };
  if (format === 'jsonl' || format === 'csv') {
    async function* chunks(): AsyncGenerator<string> {
      if (format === 'csv') yield (opts.excel ? '\uFEFF' : '') + csvHeader(CLAIM_COLUMNS).replace(/\n$/, opts.excel ? '\r\n' : '\n');
      for await (const c of claims()) {
        rows++;
        if (format === 'jsonl') yield `${JSON.stringify(c, CLAIM_COLUMNS)}\n`;
        else if (opts.excel) yield csvRows([excelSafe(c, CLAIM_FIELDS)], CLAIM_COLUMNS).replace(/\n$/, '\r\n');
        else yield csvRows([c], CLAIM_COLUMNS);
      }
      check();
    }
    await writeAtomic(out, chunks());
    return { rows };
  }
  if (format === 'claimreview') {
    if (!existsSync(join(dir, 'checks.csv'))) throw new DataError([{ code: 'io-error', file: join(dir, 'checks.csv'), line: 0, column: 0, message: 'the dataset has no checks.csv: run check first', hint: 'Run casualty-claims check DATASET --reference REF.csv --reference-format F.' }]);
    const all = new Map<string, Claim>();
    let latest: string | null = null;
    for await (const c of claims()) { all.set(c.claim_id as string, c as unknown as Claim); if (c.published_at && (!latest || (c.published_at as string) > latest)) latest = c.published_at as string; }
    const checks: CheckRow[] = [];
    for await (const k of tableRecords(dir, 'checks.csv', problems)) checks.push(k as unknown as CheckRow);
    check();
    const reviews = claimReviews(checks, all, { reviewDate: opts.reviewDate ?? latest, reviewer: opts.reviewer ?? 'casualty-claims' });
    await writeAtomic(out, [`${JSON.stringify(reviews, null, 2)}\n`]);
    return { rows: reviews.length };
  }
  if (format === 'parquet') {
    const all: Record<string, unknown>[] = [];
    for await (const c of claims()) all.push(c);
    check();
    const columnData = CLAIM_FIELDS.map((f) => ({
      name: f.name,
      data: all.map((r) => (f.schema.format === 'date' && r[f.name] !== null ? new Date(`${r[f.name]}T00:00:00Z`) : r[f.name])),
      nullable: f.nullable,
    }));
    const schema = [
      { name: 'root', num_children: CLAIM_FIELDS.length },
      ...CLAIM_FIELDS.map((f) => ({
        name: f.name,
        repetition_type: f.nullable ? 'OPTIONAL' : 'REQUIRED',
        ...(f.schema.format === 'date' ? { type: 'INT32', converted_type: 'DATE' } : f.kind === 'integer' ? { type: 'INT32' } : { type: 'BYTE_ARRAY', converted_type: 'UTF8' }),
      })),
    ];
    const buffer = parquetWriteBuffer({ columnData, schema, createdBy: 'casualty-claims' } as unknown as Parameters<typeof parquetWriteBuffer>[0]);
    const tmp = tempPathFor(out);
    try { writeFileSync(tmp, Buffer.from(buffer)); renameSync(tmp, out); } catch (err) { rmSync(tmp, { force: true }); throw err; }
    return { rows: all.length };
  }
  // acled / ucdp: per document, with its claims
  const byDoc = new Map<string, Claim[]>();
  for await (const c of claims()) byDoc.set(c.doc_id as string, [...(byDoc.get(c.doc_id as string) ?? []), c as unknown as Claim]);
  const columns = format === 'acled' ? ACLED_COLUMNS : UCDP_COLUMNS;
  const lines: string[] = [csvHeader(columns)];
  for await (const d of tableRecords(dir, 'documents.csv', problems)) {
    const row = (format === 'acled' ? acledRow : ucdpRow)(d as DocRow, byDoc.get(d.doc_id as string) ?? []);
    if (row) { rows++; lines.push(csvRows([row], columns)); }
  }
  check();
  await writeAtomic(out, lines);
  return { rows };
}
