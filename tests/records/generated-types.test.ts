// The JSON Schema is the single source of truth: the committed TypeScript types must be exactly
// what scripts/generate-types.ts makes from it (run `npm run generate` after editing a schema).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/generate-types.js';
import { CLAIM_COLUMNS } from '../../src/records/claim-schema.js';

describe('schema-derived code', () => {
  it('generated types are current', async () => {
    for (const [out, ts] of await generate(process.cwd())) expect(readFileSync(join(process.cwd(), out), 'utf8'), out).toBe(ts);
  });
  it('CSV column order is the schema property order', () => {
    const schema = JSON.parse(readFileSync(join(process.cwd(), 'schemas', 'claim.schema.json'), 'utf8'));
    expect(CLAIM_COLUMNS).toEqual(Object.keys(schema.properties));
    expect(schema.required).toEqual(Object.keys(schema.properties));
  });
});
