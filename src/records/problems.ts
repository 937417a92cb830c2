// Errors are values with a place. Readers and validators never throw on bad data: they return
// Problems, and the CLI decides the exit code. Each code is documented in docs/errors.md.

export const PROBLEM_CODES = {
  'encoding-error': 'Save the file as UTF-8 (without UTF-16 or Latin-1 bytes).',
  'empty-file': 'The file has no content; pass a file with a header row (CSV) or at least one record.',
  'blank-header': 'Give every column a name in the header row.',
  'duplicate-header': 'Each column name may appear once in the header row.',
  'missing-header': 'Add the missing column (columns follow the schema order; see CODEBOOK).',
  'unknown-header': 'Remove the column or rename it to a schema field.',
  'header-order': 'Put the columns in schema order (see CODEBOOK).',
  'extra-cell': 'The row has more cells than the header: check for an unquoted comma.',
  'missing-cell': 'The row has fewer cells than the header: check for a missing comma or a stray line break.',
  'quote-error': 'A quoted cell is not closed, or a quote inside a cell is not doubled ("").',
  'type-error': 'Write the value in its canonical form (integers without spaces, signs or leading zeros; dates as YYYY-MM-DD).',
  'constraint-error': 'The value breaks a rule of the schema (minimum, pattern, length).',
  'enum-error': 'Use one of the allowed values listed in the CODEBOOK.',
  'required-error': 'Fill in the value; this field may not be empty.',
  'cross-field-error': 'Make the related fields agree (count_low <= count_best <= count_high; quote_start <= quote_end).',
  'unique-error': 'Identifiers must be unique within the file.',
  'foreign-key-error': 'The referenced id does not exist in the dataset.',
  'json-error': 'Fix the JSON on this line (one complete JSON object per line).',
  'schema-error': 'The record does not match the schema.',
  'io-error': 'Check that the path exists and is readable.',
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export interface Problem {
  code: ProblemCode;
  file: string;
  line: number; // 1-based; 0 when the problem concerns the whole file
  column: number; // 1-based field or character column; 0 when not applicable
  field?: string;
  message: string;
  hint: string;
}

export function problem(code: ProblemCode, file: string, line: number, column: number, message: string, field?: string): Problem {
  return { code, file, line, column, message, hint: PROBLEM_CODES[code], ...(field !== undefined ? { field } : {}) };
}

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const field = p.field ? `${p.field}: ` : '';
  return `${where}: ${field}${p.message} [${p.code}] ${p.hint}`;
}

/** Thrown only across process-level boundaries (CLI), carrying the problems found. */
export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
  }
}
