// datapackage.json: a Frictionless Data Package (v1, tabular-data-package) describing the dataset's
// tables, every field derived from the JSON Schemas: type, format, description, constraints
// (required, enum, minimum, pattern), missing values, keys. R's frictionless reads field names from
// here, not from the header, so field order is the CSV column order.
import type { FieldSpec } from '../records/schema.js';

export interface TableResource {
  name: string;
  path: string;
  title: string;
  description: string;
  fields: FieldSpec[];
  primaryKey: string[];
  foreignKeys: Array<{ fields: string; reference: { resource: string; fields: string } }>;
  bytes: number;
  sha256: string;
  rows: number;
}

export function frictionlessField(f: FieldSpec): Record<string, unknown> {
  const s = f.schema;
  const isDate = s.format === 'date';
  const type = isDate ? 'date' : f.kind === 'integer' ? 'integer' : f.kind === 'number' ? 'number' : f.kind === 'boolean' ? 'boolean' : 'string';
  const constraints: Record<string, unknown> = {};
  if (!f.nullable) constraints.required = true;
  if (Array.isArray(s.enum)) constraints.enum = s.enum.filter((v) => v !== null);
  if (typeof s.minimum === 'number') constraints.minimum = s.minimum;
  if (typeof s.pattern === 'string') constraints.pattern = s.pattern;
  if (typeof s.minLength === 'number' && s.minLength > 0) constraints.minLength = s.minLength;
  return {
    name: f.name,
    type,
    format: 'default',
    description: s.description ?? '',
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

export function dataPackage(name: string, title: string, version: string, resources: TableResource[]): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name,
    title,
    version,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 (the extracted data; source texts keep their own licences)' }],
    sources: [{ title: 'casualty-claims', path: 'https://github.com/casualty-claims/casualty-claims' }],
    resources: resources.map((r) => ({
      profile: 'tabular-data-resource',
      name: r.name,
      path: r.path,
      title: r.title,
      description: r.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: r.bytes,
      hash: `sha256:${r.sha256}`,
      dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true, skipInitialSpace: false },
      schema: {
        fields: r.fields.map(frictionlessField),
        missingValues: [''],
        primaryKey: r.primaryKey,
        ...(r.foreignKeys.length ? { foreignKeys: r.foreignKeys } : {}),
      },
    })),
  };
}
