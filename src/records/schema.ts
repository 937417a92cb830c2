// Loads the JSON Schemas once and derives everything else from them: column order, the
// strict CSV caster's field kinds, and compiled ajv validators.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction, ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { SCHEMA_DIR } from '../paths.js';

export interface JsonSchema {
  $id?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: Array<string | number | null>;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minimum?: number;
  minLength?: number;
  pattern?: string;
  format?: string;
  [key: string]: unknown;
}

/** How a CSV cell of a column is cast: derived from the property's JSON Schema type. */
export interface FieldSpec {
  name: string;
  kind: 'string' | 'integer' | 'number' | 'boolean';
  nullable: boolean;
  schema: JsonSchema;
}

const cache = new Map<string, JsonSchema>();

export function loadSchema(fileName: string): JsonSchema {
  let schema = cache.get(fileName);
  if (!schema) {
    schema = JSON.parse(readFileSync(join(SCHEMA_DIR, fileName), 'utf8')) as JsonSchema;
    cache.set(fileName, schema);
  }
  return schema;
}

export function fieldSpecs(schema: JsonSchema): FieldSpec[] {
  return Object.entries(schema.properties ?? {}).map(([name, prop]) => {
    const types = Array.isArray(prop.type) ? prop.type : [prop.type ?? 'string'];
    const nonNull = types.filter((t) => t !== 'null');
    if (nonNull.length !== 1) throw new Error(`schema property ${name}: exactly one non-null type expected`);
    const kind = nonNull[0] as FieldSpec['kind'];
    if (!['string', 'integer', 'number', 'boolean'].includes(kind)) {
      throw new Error(`schema property ${name}: type ${kind} cannot be a CSV column`);
    }
    return { name, kind, nullable: types.includes('null'), schema: prop };
  });
}

let ajvInstance: Ajv2020 | undefined;
export function ajv(): Ajv2020 {
  if (!ajvInstance) {
    ajvInstance = new Ajv2020({ allErrors: true, strict: true });
    // ajv-formats is CommonJS; under NodeNext its callable is the default export's default.
    const addFormats = (addFormatsModule as unknown as { default: (a: Ajv2020) => void }).default ?? addFormatsModule;
    (addFormats as unknown as (a: Ajv2020) => void)(ajvInstance);
  }
  return ajvInstance;
}

const validators = new Map<JsonSchema, ValidateFunction>();
/** Compiled once per schema per process. */
export function validatorFor(schema: JsonSchema): ValidateFunction {
  let v = validators.get(schema);
  if (!v) {
    v = ajv().compile(schema);
    validators.set(schema, v);
  }
  return v;
}

export type { ErrorObject };
