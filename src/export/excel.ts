// The Excel flavour of the CSV: a text cell that starts with = + - @ (or a tab or carriage return)
// is prefixed with an apostrophe so a spreadsheet shows it instead of running it as a formula
// (OWASP "CSV injection"). Only text columns: numbers and dates, including negative ones, are data.
import type { FieldSpec } from '../records/schema.js';

const FORMULA_START = /^[=+\-@\t\r]/;

export function excelSafe(record: Record<string, unknown>, fields: FieldSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  for (const f of fields) {
    const v = out[f.name];
    if (f.kind === 'string' && f.schema.format !== 'date' && typeof v === 'string' && FORMULA_START.test(v)) out[f.name] = `'${v}`;
  }
  return out;
}
