// Streaming a corpus in units: a JSON Lines file is read in parts (never whole), the parts go to
// worker threads, and the results come back in input order whatever the number of workers, also
// when a worker runs out of heap and its unit is extracted again in the main thread.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusUnits, type CorpusUnit } from '../../src/io/corpus.js';
import type { UnitResult } from '../../src/build/extract-unit.js';
import { ROOT } from '../helpers/paths.js';

// Documents written for the test, varied so every unit has different claims.
const PLACES = ['Arlo', 'Benn', 'Corra', 'Dusk', 'Ember', 'Farrow', 'Gale'];
function doc(i: number): string {
  const place = PLACES[i % PLACES.length];
  return JSON.stringify({ id: `d${i}`, published_at: '2022-05-0' + ((i % 9) + 1), text: `A roadside bomb killed ${i + 2} people and wounded ${i % 5} others near ${place} on Tuesday, officials said. Police arrested ${(i % 3) + 1} suspects.` });
}

function corpus(lines: string[]): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cc-units-'));
  const path = join(dir, 'docs.jsonl');
  writeFileSync(path, lines.map((l) => `${l}\n`).join(''));
  return { dir, path };
}

async function collect(path: string, dir: string, unitChars: number): Promise<CorpusUnit[]> {
  const out: CorpusUnit[] = [];
  for await (const u of readCorpusUnits(path, dir, unitChars)) out.push(u);
  return out;
}

describe('readCorpusUnits', () => {
  it('splits a JSON Lines file into parts of about the given text size; only the last part closes the file', async () => {
    const { dir, path } = corpus(Array.from({ length: 40 }, (_, i) => doc(i)));
    const units = await collect(path, dir, 1000);
    expect(units.length).toBeGreaterThan(3);
    expect(units.map((u) => u.last)).toEqual(units.map((_, i) => i === units.length - 1));
    expect(units.flatMap((u) => u.documents.map((d) => d.line))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    for (const u of units.slice(0, -1)) expect(u.documents.reduce((n, d) => n + d.doc.text.length, 0)).toBeGreaterThanOrEqual(1000);
    expect(new Set(units.map((u) => u.file.sha256)).size).toBe(1);
    expect(units[0].file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps a bad line as a problem in the part where it was read, with its line', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => doc(i));
    lines[7] = '{"id": "broken", "text": "unterminated';
    const { dir, path } = corpus(lines);
    const units = await collect(path, dir, 400);
    const problems = units.flatMap((u) => u.problems);
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(8);
    expect(units.flatMap((u) => u.documents)).toHaveLength(11);
  });

  it('an empty JSON Lines file is one closing part with an empty-file problem', async () => {
    const { dir, path } = corpus([]);
    const units = await collect(path, dir, 400);
    expect(units).toHaveLength(1);
    expect(units[0].last).toBe(true);
    expect(units[0].problems.map((p) => p.code)).toEqual(['empty-file']);
  });

  it('invalid UTF-8 far into a file: the parts read before it are kept and the problem closes the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-units-'));
    const path = join(dir, 'docs.jsonl');
    const good = Array.from({ length: 4000 }, (_, i) => `${doc(i)}\n`).join(''); // over 600 KB: several read chunks
    writeFileSync(path, Buffer.concat([Buffer.from(good), Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d, 0x0a])]));
    const units = await collect(path, dir, 5000);
    const ids = units.flatMap((u) => u.documents.map((d) => d.doc.id));
    expect(ids.length).toBeGreaterThan(100);
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => `d${i}`));
    expect(units.at(-1)!.last).toBe(true);
    expect(units.flatMap((u) => u.problems).map((p) => [p.code, p.line])).toEqual([['encoding-error', 4001]]);
  });

  it('a file that cannot be read gives one io-error part', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-units-'));
    const units = await collect(join(dir, 'missing.jsonl'), dir, 100);
    expect(units).toHaveLength(1);
    expect(units[0].problems.map((p) => p.code)).toEqual(['io-error']);
  });
});

// The pool is loaded from dist/: worker threads run the compiled worker (npm test compiles first).
type Pool = typeof import('../../src/build/extract-pool.js');
const pool = async (): Promise<Pool> => (await import(join(ROOT, 'dist', 'src', 'build', 'extract-pool.js'))) as Pool;

async function run(path: string, dir: string, jobs: number, workerHeapMb?: number): Promise<UnitResult[]> {
  const { extractInOrder } = await pool();
  const out: UnitResult[] = [];
  for await (const r of extractInOrder(readCorpusUnits(path, dir, 600), jobs, { workerHeapMb })) out.push(r);
  return out;
}

describe('extractInOrder', () => {
  const { dir, path } = corpus(Array.from({ length: 30 }, (_, i) => doc(i)));

  it('two workers give the results of one thread, unit for unit, in input order', async () => {
    const one = await run(path, dir, 1);
    const two = await run(path, dir, 2);
    expect(one.length).toBeGreaterThan(4);
    expect(two).toEqual(one);
    expect(one.flatMap((r) => r.documents.map((d) => d.doc.id))).toEqual(Array.from({ length: 30 }, (_, i) => `d${i}`));
    expect(one.flatMap((r) => r.documents.flatMap((d) => d.claims)).length).toBeGreaterThan(60);
  }, 60_000);

  it('a worker that runs out of heap does not fail the build: its unit is extracted again in the main thread', async () => {
    const one = await run(path, dir, 1);
    const starved = await run(path, dir, 2, 1); // a 1 MB heap cannot even load the extractor
    expect(starved).toEqual(one);
  }, 120_000);
});
