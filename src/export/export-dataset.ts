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


/** Whether claims.csv lists its claims grouped by document, in documents.csv's order (one pass, ids only). */
async function claimsInDocumentOrder(dir: string): Promise<boolean> {
  const problems: Problem[] = [];
  const docs = new Map<string, number>();
  let i = 0;
  for await (const d of tableRecords(dir, 'documents.csv', problems)) docs.set(d.doc_id as string, i++);
  let last = -1;
  for await (const c of tableRecords(dir, 'claims.csv', problems)) {
    const at = docs.get(c.doc_id as string);
    if (at === undefined || at < last) return false;
    last = at;
  }
  return true;
}

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
  // acled / ucdp: per document, with its claims. build writes both tables in the same document
  // order, so the two files are read side by side as streams (memory flat); a dataset whose claims
  // are not in document order (edited by hand) is grouped in memory instead.
  const columns = format === 'acled' ? ACLED_COLUMNS : UCDP_COLUMNS;
  const rowOf = format === 'acled' ? acledRow : ucdpRow;
  const inOrder = await claimsInDocumentOrder(dir);
  async function* lines(): AsyncGenerator<string> {
    yield csvHeader(columns);
    const it = claims()[Symbol.asyncIterator]();
    let pending = await it.next();
    const grouped = inOrder ? null : new Map<string, Claim[]>();
    if (grouped) { while (!pending.done) { const c = pending.value as unknown as Claim; grouped.set(c.doc_id, [...(grouped.get(c.doc_id) ?? []), c]); pending = await it.next(); } }
    for await (const d of tableRecords(dir, 'documents.csv', problems)) {
      let mine: Claim[] = [];
      if (grouped) mine = grouped.get(d.doc_id as string) ?? [];
      else while (!pending.done && pending.value.doc_id === d.doc_id) { mine.push(pending.value as unknown as Claim); pending = await it.next(); }
      const row = rowOf(d as DocRow, mine);
      if (row) { rows++; yield csvRows([row], columns); }
    }
    check();
  }
  await writeAtomic(out, lines());
  return { rows };
}
