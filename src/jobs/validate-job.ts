// validate: a claims CSV (or a per-document totals CSV) checked row by row, streamed, plus the
// table-level rules: unique claim_id, part_of and superseded_by pointing at claims in the file.
import { parseCsvBatches } from '../io/csv-parse.js';
import { openInput, readTextChunks } from '../io/text-stream.js';
import { CLAIM_COLUMNS, CLAIM_FIELDS, validateClaim } from '../records/claim-schema.js';
import { problem, DataError, type Problem } from '../records/problems.js';
import { readTableBatches, type TableSpec } from '../records/read-table.js';
import { TOTALS_COLUMNS, TOTALS_FIELDS, validateTotals } from '../records/totals-schema.js';
import { claimCrossFieldProblems } from '../records/validate-record.js';
import { IdIndex } from '../records/id-index.js';

export type TableKind = 'claims' | 'totals';

export function tableSpec(kind: TableKind): TableSpec {
  return kind === 'claims'
    ? { fields: CLAIM_FIELDS, validate: validateClaim(), crossField: claimCrossFieldProblems }
    : { fields: TOTALS_FIELDS, validate: validateTotals() };
}

export interface ValidateSummary { rows: number; problems: number; kind: TableKind }

/** Guesses the table from its header when not told. */
function guessKind(firstChunk: string): TableKind {
  const header = firstChunk.split(/\r?\n/, 1)[0];
  return header.includes('killed_low') && !header.includes('claim_id') ? 'totals' : 'claims';
}

export async function runValidate(file: string, onProblem: (p: Problem) => void, kind?: TableKind): Promise<ValidateSummary> {
  const summary: ValidateSummary = { rows: 0, problems: 0, kind: kind ?? 'claims' };
  const report = (p: Problem) => { summary.problems++; onProblem(p); };
  const ids = new IdIndex();
  const refs: Array<{ field: string; id: string; line: number }> = [];
  try {
    const chunks = readTextChunks(openInput(file), file);
    const first = await chunks.next();
    if (first.done) { report(problem('empty-file', file, 0, 0, 'the file is empty')); return summary; }
    summary.kind = kind ?? guessKind(first.value);
    async function* all() { yield first.value as string; yield* chunks; }
    const spec = tableSpec(summary.kind);
    const columns = summary.kind === 'claims' ? CLAIM_COLUMNS : TOTALS_COLUMNS;
    for await (const batch of readTableBatches(parseCsvBatches(all(), file), file, spec, report)) for (const { record, line } of batch) {
      summary.rows++;
      if (summary.kind !== 'claims') continue;
      const id = record.claim_id as string;
      const seen = ids.add(id, line);
      if (seen !== undefined) report(problem('unique-error', file, line, columns.indexOf('claim_id') + 1, `claim_id "${id}" already used on line ${seen}`, 'claim_id'));
      for (const field of ['part_of', 'superseded_by']) if (record[field]) refs.push({ field, id: record[field] as string, line });
    }
    for (const r of refs) {
      if (!ids.has(r.id)) report(problem('foreign-key-error', file, r.line, columns.indexOf(r.field) + 1, `${r.field} "${r.id}" is not a claim_id in this file`, r.field));
    }
  } catch (err) {
    if (err instanceof DataError) { err.problems.forEach(report); return summary; }
    throw err;
  }
  return summary;
}
