// Validates one typed record with ajv plus the cross-field rules the JSON Schema cannot state,
// and turns every error into a Problem placed at the record's line and the field's column.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { FieldSpec } from './schema.js';
import { problem, type Problem, type ProblemCode } from './problems.js';

export interface Place {
  file: string;
  line: number;
  /** 1-based column of each field; absent fields get column 0. */
  columnOf: (field: string) => number;
}

function codeFor(err: ErrorObject): ProblemCode {
  switch (err.keyword) {
    case 'enum': return 'enum-error';
    case 'type': return 'type-error';
    case 'format': return 'type-error';
    case 'required': return 'missing-cell';
    case 'additionalProperties': return 'unknown-header';
    default: return 'constraint-error';
  }
}

export function ajvProblems(validate: ValidateFunction, record: unknown, place: Place): Problem[] {
  if (validate(record)) return [];
  return (validate.errors ?? []).map((err) => {
    const field =
      err.keyword === 'required' ? String(err.params.missingProperty)
      : err.keyword === 'additionalProperties' ? String(err.params.additionalProperty)
      : err.instancePath.split('/')[1] ?? '';
    let message = err.message ?? 'invalid';
    if (err.keyword === 'enum') message += `: ${(err.params.allowedValues as unknown[]).map((v) => (v === null ? '(empty)' : v)).join(', ')}`;
    if (err.keyword === 'format' || err.keyword === 'enum' || err.keyword === 'pattern' || err.keyword === 'minimum') {
      const value = (record as Record<string, unknown>)[field];
      message = `${JSON.stringify(value)} ${message}`;
    }
    return problem(codeFor(err), place.file, place.line, place.columnOf(field), message, field);
  });
}

/** Rules across fields. Kept here, one function each, so the CODEBOOK can list them. */
const NO_PROBLEMS: Problem[] = [];

export function claimCrossFieldProblems(rec: Record<string, unknown>, place: Place): Problem[] {
  // (a valid row, the common case, allocates nothing: the list is made on the first problem)
  let out = NO_PROBLEMS;
  const low = rec.count_low as number | null;
  const best = rec.count_best as number | null;
  const high = rec.count_high as number | null;
  const bad = (field: string, msg: string) => {
    if (out === NO_PROBLEMS) out = [];
    out.push(problem('cross-field-error', place.file, place.line, place.columnOf(field), msg, field));
  };
  if (typeof low === 'number' && typeof best === 'number' && low > best) bad('count_low', `count_low ${low} > count_best ${best}`);
  if (typeof best === 'number' && typeof high === 'number' && best > high) bad('count_high', `count_best ${best} > count_high ${high}`);
  if (typeof low === 'number' && typeof high === 'number' && low > high) bad('count_high', `count_low ${low} > count_high ${high}`);
  if (typeof rec.quote_start === 'number' && typeof rec.quote_end === 'number' && rec.quote_start > rec.quote_end) {
    bad('quote_end', `quote_end ${rec.quote_end} < quote_start ${rec.quote_start}`);
  }
  if (rec.qualifier !== 'none' && best === null) bad('count_best', `count_best is empty but qualifier is ${String(rec.qualifier)}`);
  if (typeof rec.quote === 'string' && typeof rec.quote_start === 'number' && typeof rec.quote_end === 'number') {
    // code points: the UTF-16 length minus one per surrogate pair (no array per row)
    let len = rec.quote.length;
    if (/[\uD800-\uDBFF]/.test(rec.quote)) for (let i = 0; i < rec.quote.length; i++) { const u = rec.quote.charCodeAt(i); if (u >= 0xd800 && u <= 0xdbff) len--; }
    if (rec.quote_end - rec.quote_start !== len) bad('quote_end', `quote_end - quote_start is ${rec.quote_end - rec.quote_start} but the quote has ${len} code points`);
  }
  return out;
}

export function columnIndex(fields: FieldSpec[] | string[]): (field: string) => number {
  const names = fields.map((f) => (typeof f === 'string' ? f : f.name));
  return (field) => names.indexOf(field) + 1;
}
