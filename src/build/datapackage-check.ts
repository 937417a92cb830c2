// Checks a datapackage.json against the vendored Frictionless v1 profiles (JSON Schema draft-04,
// validated with ajv-draft-04) and against the CSV files it describes (columns, hash).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import { SCHEMA_DIR } from '../paths.js';
import { problem, type Problem } from '../records/problems.js';

type AjvLike = { compile: (s: object) => ((d: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null } };
let validators: Record<string, ReturnType<AjvLike['compile']>> | undefined;
function profiles() {
  if (validators) return validators;
  const Ctor = ((AjvDraft04Module as unknown as { default?: unknown }).default ?? AjvDraft04Module) as new (o: object) => AjvLike;
  const ajv = new Ctor({ allErrors: true, strict: false, validateFormats: false });
  const load = (f: string) => JSON.parse(readFileSync(join(SCHEMA_DIR, 'vendor', 'frictionless', f), 'utf8'));
  validators = { package: ajv.compile(load('tabular-data-package.json')), table: ajv.compile(load('table-schema.json')) };
  return validators;
}

export function datapackageProblems(dir: string): Problem[] {
  const file = join(dir, 'datapackage.json');
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch { return [problem('io-error', file, 0, 0, 'datapackage.json is missing')]; }
  let pkg: { resources?: Array<{ path: string; hash?: string; schema?: { fields?: Array<{ name: string }> } }> };
  try { pkg = JSON.parse(text); } catch (err) { return [problem('json-error', file, 1, 1, (err as Error).message)]; }
  const out: Problem[] = [];
  const v = profiles();
  if (!v.package(pkg)) for (const e of v.package.errors ?? []) out.push(problem('schema-error', file, 0, 0, `Frictionless tabular-data-package: ${e.instancePath || '/'} ${e.message}`));
  for (const [i, r] of (pkg.resources ?? []).entries()) {
    if (r.schema && !v.table(r.schema)) for (const e of v.table.errors ?? []) out.push(problem('schema-error', file, 0, 0, `resources[${i}].schema: Frictionless table-schema: ${e.instancePath || '/'} ${e.message}`));
    let csv: Buffer;
    try { csv = readFileSync(join(dir, r.path)); } catch { out.push(problem('io-error', file, 0, 0, `resource ${r.path} is missing`)); continue; }
    const header = csv.toString('utf8', 0, Math.min(csv.length, 65536)).split('\n', 1)[0].split(',');
    const names = (r.schema?.fields ?? []).map((f) => f.name);
    if (header.join(',') !== names.join(',')) out.push(problem('header-order', join(dir, r.path), 1, 1, `the CSV header differs from the field order in datapackage.json`));
    const hash = `sha256:${createHash('sha256').update(csv).digest('hex')}`;
    if (r.hash && r.hash !== hash) out.push(problem('constraint-error', file, 0, 0, `resource ${r.path}: hash ${r.hash} does not match the file (${hash})`));
  }
  return out;
}
