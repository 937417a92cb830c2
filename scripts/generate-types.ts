// Generates src/records/generated/*.ts from schemas/*.schema.json. The JSON Schema is the single
// source of truth; tests/records/generated-types.test.ts fails when this output is stale.
// Usage: node --import ./scripts/register-ts-node.mjs scripts/generate-types.ts [--check]
import { compile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const GENERATED: Array<{ schema: string; out: string }> = [
  { schema: 'schemas/claim.schema.json', out: 'src/records/generated/claim.ts' },
  { schema: 'schemas/document.schema.json', out: 'src/records/generated/document.ts' },
  { schema: 'schemas/check.schema.json', out: 'src/records/generated/check.ts' },
];

export async function generate(root: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  // the documents table's schema is derived in code; written out for tools outside TypeScript
  const { documentsTableSchema } = await import('../src/records/documents-table.js');
  result.set('schemas/documents-table.schema.json', `${JSON.stringify(documentsTableSchema, null, 2)}\n`);
  const { incidentsTableSchema } = await import('../src/records/incidents-table.js');
  result.set('schemas/incidents-table.schema.json', `${JSON.stringify(incidentsTableSchema, null, 2)}\n`);
  for (const { schema, out } of GENERATED) {
    const json = JSON.parse(readFileSync(join(root, schema), 'utf8'));
    const ts = await compile(json, json.title, {
      bannerComment: `/* Generated from ${schema} by scripts/generate-types.ts. Do not edit: edit the schema and run npm run generate. */`,
      additionalProperties: false,
      format: true,
      strictIndexSignatures: true,
    });
    result.set(out, ts);
  }
  return result;
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isMain) {
  const root = process.cwd();
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [out, ts] of await generate(root)) {
    let current = '';
    try { current = readFileSync(join(root, out), 'utf8'); } catch { /* missing */ }
    if (current === ts) continue;
    if (check) { console.error(`${out} is stale: run npm run generate`); stale++; continue; }
    mkdirSync(join(root, out, '..'), { recursive: true });
    writeFileSync(join(root, out), ts);
    console.log(`wrote ${out}`);
  }
  if (stale) process.exit(1);
}
