// validate DATASET_DIR: every table against its schema (strict casting, ajv, cross-field rules),
// unique ids, foreign keys between tables, and datapackage.json against the Frictionless profiles.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_COLUMNS, CHECK_FIELDS, validateCheckRow } from '../records/checks-table.js';
import { INCIDENT_COLUMNS, INCIDENT_FIELDS, validateIncidentRow } from '../records/incidents-table.js';
import { datapackageProblems } from '../build/datapackage-check.js';
import { parseCsvBatches } from '../io/csv-parse.js';
import { openInput, readTextChunks } from '../io/text-stream.js';
import { CLAIM_COLUMNS, CLAIM_FIELDS, validateClaim } from '../records/claim-schema.js';
import { DOCUMENT_COLUMNS, DOCUMENT_FIELDS, validateDocumentRow } from '../records/documents-table.js';
import { DataError, problem, type Problem } from '../records/problems.js';
import { readTableBatches, type TableSpec } from '../records/read-table.js';
import { claimCrossFieldProblems } from '../records/validate-record.js';
import { IdIndex } from '../records/id-index.js';

export interface DatasetTable {
  file: string;
  spec: TableSpec;
  columns: string[];
  key: string;
  refs: Array<{ field: string; table: string; key: string }>;
  optional?: boolean;
}

export function datasetTables(): DatasetTable[] {
  // in reference order: a table comes after the tables its foreign keys point at
  return [
    { file: 'documents.csv', spec: { fields: DOCUMENT_FIELDS, validate: validateDocumentRow() }, columns: DOCUMENT_COLUMNS, key: 'doc_id', refs: [] },
    { file: 'incidents.csv', optional: true, spec: { fields: INCIDENT_FIELDS, validate: validateIncidentRow() }, columns: INCIDENT_COLUMNS, key: 'incident_id', refs: [] },
    {
      file: 'claims.csv', spec: { fields: CLAIM_FIELDS, validate: validateClaim(), crossField: claimCrossFieldProblems }, columns: CLAIM_COLUMNS, key: 'claim_id',
      refs: [{ field: 'doc_id', table: 'documents.csv', key: 'doc_id' }, { field: 'incident_id', table: 'incidents.csv', key: 'incident_id' }, { field: 'part_of', table: 'claims.csv', key: 'claim_id' }, { field: 'superseded_by', table: 'claims.csv', key: 'claim_id' }],
    },
    { file: 'checks.csv', optional: true, spec: { fields: CHECK_FIELDS, validate: validateCheckRow() }, columns: CHECK_COLUMNS, key: 'check_id', refs: [{ field: 'claim_id', table: 'claims.csv', key: 'claim_id' }] },
  ];
}

export interface DatasetSummary { rows: Record<string, number>; problems: number }

export async function validateDataset(dir: string, onProblem: (p: Problem) => void, tables = datasetTables()): Promise<DatasetSummary> {
  const summary: DatasetSummary = { rows: {}, problems: 0 };
  const report = (p: Problem) => { summary.problems++; onProblem(p); };
  const keys = new Map<string, IdIndex>();
  const pending: Array<{ table: string; key: string; value: string; file: string; line: number; column: number; field: string }> = [];
  for (const t of tables) {
    const file = join(dir, t.file);
    if (t.optional && !existsSync(file)) continue;
    const ids = new IdIndex();
    keys.set(t.file, ids);
    summary.rows[t.file] = 0;
    try {
      for await (const batch of readTableBatches(parseCsvBatches(readTextChunks(openInput(file), file), file), file, t.spec, report)) for (const { record, line } of batch) {
        summary.rows[t.file]++;
        const id = String(record[t.key]);
        const seen = ids.add(id, line);
        if (seen !== undefined) report(problem('unique-error', file, line, t.columns.indexOf(t.key) + 1, `${t.key} "${id}" already used on line ${seen}`, t.key));
        for (const r of t.refs) {
          if (record[r.field] === null || record[r.field] === undefined) continue;
          const value = String(record[r.field]);
          // a table read before this one is checked at once (memory stays flat); self-references wait
          if (r.table === 'incidents.csv' && !keys.has('incidents.csv')) {
            report(problem('foreign-key-error', file, line, t.columns.indexOf(r.field) + 1, `${r.field} "${value}" is set but the dataset has no incidents.csv (run reconcile)`, r.field));
          } else if (r.table !== t.file) {
            if (!keys.get(r.table)?.has(value)) report(problem('foreign-key-error', file, line, t.columns.indexOf(r.field) + 1, `${r.field} "${value}" is not a ${r.key} of ${r.table}`, r.field));
          } else pending.push({ table: r.table, key: r.key, value, file, line, column: t.columns.indexOf(r.field) + 1, field: r.field });
        }
      }
    } catch (err) {
      if (err instanceof DataError) err.problems.forEach(report);
      else if ((err as NodeJS.ErrnoException).code === 'ENOENT') report(problem('io-error', file, 0, 0, `${t.file} is missing from the dataset`));
      else throw err;
    }
  }
  for (const r of pending) {
    if (!keys.get(r.table)?.has(r.value)) report(problem('foreign-key-error', r.file, r.line, r.column, `${r.field} "${r.value}" is not a ${r.key} of ${r.table}`, r.field));
  }
  datapackageProblems(dir).forEach(report);
  return summary;
}
