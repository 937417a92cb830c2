// Strict, schema-driven casting of CSV cells. Unlike papaparse's dynamicTyping or ajv's
// coerceTypes it accepts only canonical forms, so " 5 ", "007" and "3.0" are errors, not 5/7/3.
import type { FieldSpec } from './schema.js';

export type CastResult = { ok: true; value: unknown } | { ok: false; message: string; code: 'type-error' | 'required-error' };

const INTEGER = /^(0|-?[1-9][0-9]*)$/;
const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$/;

export function castCell(cell: string, field: FieldSpec): CastResult {
  if (cell === '') {
    if (field.nullable) return { ok: true, value: null };
    if (field.kind === 'string') return { ok: true, value: '' }; // minLength, if any, is the schema's call
    return { ok: false, code: 'required-error', message: `empty, but ${field.kind} required` };
  }
  switch (field.kind) {
    case 'string':
      return { ok: true, value: cell };
    case 'integer': {
      if (!INTEGER.test(cell)) return { ok: false, code: 'type-error', message: `"${clip(cell)}" is not an integer` };
      const n = Number(cell);
      if (!Number.isSafeInteger(n)) return { ok: false, code: 'type-error', message: `"${clip(cell)}" is too large` };
      return { ok: true, value: n };
    }
    case 'number':
      if (!NUMBER.test(cell)) return { ok: false, code: 'type-error', message: `"${clip(cell)}" is not a number` };
      return { ok: true, value: Number(cell) };
    case 'boolean':
      if (cell === 'true') return { ok: true, value: true };
      if (cell === 'false') return { ok: true, value: false };
      return { ok: false, code: 'type-error', message: `"${clip(cell)}" is not true or false` };
  }
}

/** The CSV text of a value: the inverse of castCell. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

export function clip(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max)}...` : s;
}
