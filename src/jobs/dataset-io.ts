// Reading a dataset's tables through the validating reader, and updating a dataset folder safely:
// the new version is made in a hidden sibling folder and swapped in whole.
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { writeDescriptors } from '../build/descriptors.js';
import { parseCsv } from '../io/csv-parse.js';
import { openInput, readTextChunks } from '../io/text-stream.js';
import { DataError, type Problem } from '../records/problems.js';
import { readTable } from '../records/read-table.js';
import { datasetTables } from './validate-dataset.js';

export async function* tableRecords(dir: string, file: string, problems: Problem[]): AsyncGenerator<Record<string, unknown>> {
  const t = datasetTables().find((x) => x.file === file)!;
  const path = join(dir, file);
  for await (const { record } of readTable(parseCsv(readTextChunks(openInput(path), path), path), path, t.spec, (p) => problems.push(p))) yield record;
}

export async function readAll(dir: string, file: string): Promise<Array<Record<string, unknown>>> {
  const problems: Problem[] = [];
  const out: Array<Record<string, unknown>> = [];
  for await (const r of tableRecords(dir, file, problems)) out.push(r);
  if (problems.length) throw new DataError(problems);
  return out;
}

/** Applies `change` to a copy of the dataset, refreshes its descriptors and manifest, swaps it in. */
export async function updateDataset(dir: string, step: string, change: (work: string) => Promise<Record<string, unknown>>): Promise<void> {
  const target = resolve(dir);
  if (!existsSync(join(target, 'manifest.json'))) throw new DataError([{ code: 'io-error', file: target, line: 0, column: 0, message: 'not a dataset folder (no manifest.json): run build first', hint: 'Check that the path exists and is readable.' }]);
  const parent = dirname(target);
  for (const n of readdirSync(parent)) if (n.startsWith(`.${basename(target)}.updating-`)) rmSync(join(parent, n), { recursive: true, force: true });
  const work = join(parent, `.${basename(target)}.updating-${process.pid}`);
  cpSync(target, work, { recursive: true });
  try {
    const info = await change(work);
    const manifest = JSON.parse(readFileSync(join(work, 'manifest.json'), 'utf8'));
    writeDescriptors(work, manifest.corpus ?? basename(target));
    manifest.tables = Object.fromEntries(['documents.csv', 'claims.csv', 'incidents.csv', 'checks.csv'].filter((f) => existsSync(join(work, f))).map((f) => {
      const buf = readFileSync(join(work, f));
      return [f, { ...(manifest.tables?.[f] ?? {}), bytes: buf.length, sha256: createHash('sha256').update(buf).digest('hex'), ...(info.rows && (info.rows as Record<string, number>)[f] !== undefined ? { rows: (info.rows as Record<string, number>)[f] } : {}) }];
    }));
    manifest.steps = { ...(manifest.steps ?? {}), [step]: info.step ?? {} };
    writeFileSync(join(work, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const old = join(parent, `.${basename(target)}.old-${process.pid}`);
    renameSync(target, old);
    renameSync(work, target);
    rmSync(old, { recursive: true, force: true });
  } catch (err) {
    rmSync(work, { recursive: true, force: true });
    throw err;
  }
}
