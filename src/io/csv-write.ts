// Canonical CSV: header in schema order, LF line ends, RFC 4180 quoting, empty cell for null,
// no formula escaping (that is the Excel flavour's job; a ' prefix would become data in pandas).
import Papa from 'papaparse';
import { formatCell } from '../records/cast.js';

export function csvHeader(columns: string[]): string {
  return Papa.unparse([columns], { newline: '\n' }) + '\n';
}

export function csvRows(rows: Array<Record<string, unknown>>, columns: string[]): string {
  if (rows.length === 0) return '';
  const data = rows.map((r) => columns.map((c) => formatCell(r[c])));
  return Papa.unparse(data, { newline: '\n', quotes: (value: unknown) => typeof value === 'string' && /^\s|\s$/.test(value) }) + '\n';
}

export function toCsv(rows: Array<Record<string, unknown>>, columns: string[]): string {
  return csvHeader(columns) + csvRows(rows, columns);
}
