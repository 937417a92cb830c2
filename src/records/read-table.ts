// Reads a CSV table against a schema: header checks, strict casting, ajv, cross-field rules.
// Yields each valid typed record; every problem goes to onProblem with file:line:column.
import type { ValidateFunction } from 'ajv';
import type { CsvRow } from '../io/csv-parse.js';
import { castCell } from './cast.js';
import { problem, type Problem } from './problems.js';
import type { FieldSpec } from './schema.js';
import { ajvProblems, type Place } from './validate-record.js';

export interface TableSpec {
  fields: FieldSpec[];
  validate: ValidateFunction;
  crossField?: (rec: Record<string, unknown>, place: Place) => Problem[];
}

export interface TableRecord {
  record: Record<string, unknown>;
  line: number;
}

export function headerProblems(header: string[], spec: TableSpec, file: string): Problem[] {
  const out: Problem[] = [];
  const expected = spec.fields.map((f) => f.name);
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name.trim() === '') out.push(problem('blank-header', file, 1, i + 1, `column ${i + 1} has no name`));
    else if (seen.has(name)) out.push(problem('duplicate-header', file, 1, i + 1, `column "${name}" appears more than once`, name));
    else if (!expected.includes(name)) out.push(problem('unknown-header', file, 1, i + 1, `"${name}" is not a field of the schema`, name));
    seen.add(name);
  });
  for (const name of expected) {
    if (!seen.has(name)) out.push(problem('missing-header', file, 1, header.length + 1, `required column "${name}" is missing`, name));
  }
  if (!out.length && header.some((h, i) => h !== expected[i])) {
    const i = header.findIndex((h, k) => h !== expected[k]);
    out.push(problem('header-order', file, 1, i + 1, `column ${i + 1} is "${header[i]}", expected "${expected[i]}"`, header[i]));
  }
  return out;
}

const NONE: Problem[] = [];

/** The row-by-row checks of a table, as a synchronous processor shared by the readers below. */
function rowProcessor(file: string, spec: TableSpec, onProblem: (p: Problem) => void) {
  let header: string[] | null = null;
  let columnOf: (f: string) => number = () => 0;
  let index: number[] = [];
  let stopped = false;
  // Every record starts as a copy of one template with all fields present, so records share one
  // hidden class: filling them is a store to an existing slot, not a shape change per cell.
  const template: Record<string, unknown> = Object.fromEntries(spec.fields.map((f) => [f.name, null]));
  return {
    get sawHeader() { return header !== null; },
    get stopped() { return stopped; },
    row(row: CsvRow): TableRecord | null {
      if (header === null) {
        header = row.cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c));
        const hp = headerProblems(header, spec, file);
        hp.forEach(onProblem);
        if (hp.some((p) => p.code !== 'header-order')) { stopped = true; return null; }
        const h = header;
        index = spec.fields.map((f) => h.indexOf(f.name));
        columnOf = (f) => h.indexOf(f) + 1;
        return null;
      }
      if (row.cells.length === 1 && row.cells[0] === '') return null; // blank line (e.g. final newline)
      if (row.problems.length) { row.problems.forEach(onProblem); return null; }
      const n = header.length;
      if (row.cells.length > n) { onProblem(problem('extra-cell', file, row.line, n + 1, `${row.cells.length} cells, header has ${n}`)); return null; }
      if (row.cells.length < n) { onProblem(problem('missing-cell', file, row.line, row.cells.length + 1, `${row.cells.length} cells, header has ${n}`)); return null; }
      const record: Record<string, unknown> = { ...template };
      let ok = true;
      for (let k = 0; k < spec.fields.length; k++) {
        const field = spec.fields[k];
        const cell = row.cells[index[k]];
        // (most cells are text: a non-empty string cell is its own value, no cast to build)
        if (field.kind === 'string' && cell !== '') { record[field.name] = cell; continue; }
        const cast = castCell(cell, field);
        if (cast.ok) record[field.name] = cast.value;
        else { ok = false; onProblem(problem(cast.code, file, row.line, index[k] + 1, cast.message, field.name)); }
      }
      if (!ok) return null;
      // (the common case allocates nothing here: a valid record and no cross-field problem)
      const place: Place = { file, line: row.line, columnOf };
      const schemaProblems = spec.validate(record) ? NONE : ajvProblems(spec.validate, record, place);
      const crossProblems = spec.crossField ? spec.crossField(record, place) : NONE;
      if (schemaProblems.length || crossProblems.length) { schemaProblems.forEach(onProblem); crossProblems.forEach(onProblem); return null; }
      return { record, line: row.line };
    },
    end() { if (header === null) onProblem(problem('empty-file', file, 0, 0, 'no header row')); },
  };
}

/**
 * Validates the rows; yields records that passed. The header problems stop the table (cells
 * cannot be matched to fields), except a mere order difference, which is read by name.
 */
export async function* readTable(rows: AsyncIterable<CsvRow>, file: string, spec: TableSpec, onProblem: (p: Problem) => void): AsyncGenerator<TableRecord> {
  const proc = rowProcessor(file, spec, onProblem);
  for await (const row of rows) {
    const r = proc.row(row);
    if (proc.stopped) return;
    if (r) yield r;
  }
  proc.end();
}

/** The same checks over batches of rows, yielding batches of valid records. */
export async function* readTableBatches(batches: AsyncIterable<CsvRow[]>, file: string, spec: TableSpec, onProblem: (p: Problem) => void): AsyncGenerator<TableRecord[]> {
  const proc = rowProcessor(file, spec, onProblem);
  for await (const batch of batches) {
    const out: TableRecord[] = [];
    for (const row of batch) {
      const r = proc.row(row);
      if (proc.stopped) { if (out.length) yield out; return; }
      if (r) out.push(r);
    }
    if (out.length) yield out;
  }
  proc.end();
}
