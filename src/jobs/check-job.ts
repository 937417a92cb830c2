// check DATASET_DIR --reference REF.csv --reference-format F: checks.csv.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { UsageError } from '../cli/exit.js';
import { csvHeader, csvRows } from '../io/csv-write.js';
import { readText } from '../io/text-stream.js';
import type { Claim } from '../records/claim-schema.js';
import { CHECK_COLUMNS, validateCheckRow } from '../records/checks-table.js';
import { DataError, problem } from '../records/problems.js';
import { ajvProblems, columnIndex } from '../records/validate-record.js';
import { checkable, checkClaim, REFERENCE_COLUMNS, referenceRecord, type ReferenceFormat, type ReferenceRecord } from '../reconcile/check.js';
import { readAll, updateDataset } from './dataset-io.js';

export async function loadReference(path: string, format: ReferenceFormat): Promise<ReferenceRecord[]> {
  const text = await readText(path);
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const missing = REFERENCE_COLUMNS[format].filter((c) => !(parsed.meta.fields ?? []).includes(c));
  if (missing.length) throw new DataError([problem('missing-header', path, 1, 0, `a ${format} reference needs the columns ${missing.join(', ')}`)]);
  if (parsed.errors.length) throw new DataError(parsed.errors.slice(0, 10).map((e) => problem('quote-error', path, (e.row ?? 0) + 2, 0, e.message)));
  return parsed.data.map((r) => referenceRecord(format, r)).filter((r): r is ReferenceRecord => r !== null);
}

export async function runCheck(dir: string, referencePath: string, format: ReferenceFormat): Promise<Record<string, number>> {
  if (!['acled', 'ucdp', 'claims'].includes(format)) throw new UsageError(`--reference-format must be acled, ucdp or claims`);
  const refs = await loadReference(referencePath, format);
  const counts: Record<string, number> = {};
  await updateDataset(dir, 'check', async (work) => {
    const claims = (await readAll(work, 'claims.csv')) as unknown as Claim[];
    const name = basename(referencePath);
    const rows = claims.filter((c) => checkable(c, format)).map((c) => checkClaim(c, refs, format, name));
    const column = columnIndex(CHECK_COLUMNS);
    for (const r of rows) {
      const bad = ajvProblems(validateCheckRow(), r, { file: '<checks>', line: 0, columnOf: column });
      if (bad.length) throw new Error(`internal: check row fails its schema: ${bad[0].field}: ${bad[0].message}`);
      counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
    }
    writeFileSync(join(work, 'checks.csv'), csvHeader(CHECK_COLUMNS) + csvRows(rows as unknown as Array<Record<string, unknown>>, CHECK_COLUMNS));
    const sha256 = createHash('sha256').update(readFileSync(referencePath)).digest('hex');
    return { rows: { 'checks.csv': rows.length }, step: { reference: name, reference_format: format, reference_sha256: sha256, reference_records: refs.length, verdicts: counts } };
  });
  return counts;
}
