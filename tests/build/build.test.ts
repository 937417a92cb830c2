// build: every input kind, every output file, determinism, problems in the manifest, --strict,
// and dataset validation (tables, keys, datapackage.json against the Frictionless profiles).
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/build/build-dataset.js';
import { validateDataset } from '../../src/jobs/validate-dataset.js';
import type { Problem } from '../../src/records/problems.js';
import { makeCorpus } from '../helpers/corpus.js';
import { runCli } from '../helpers/cli.js';

const OUTPUTS = ['CODEBOOK.md', 'claims.csv', 'claims.jsonl', 'datapackage.json', 'documents.csv', 'manifest.json'];

describe('build', () => {
  const corpus = makeCorpus();
  const out = join(mkdtempSync(join(tmpdir(), 'cc-out-')), 'dataset');

  it('reads .txt+.meta.json, .md front matter, .html main text and .jsonl, recursively', async () => {
    const s = await buildDataset({ corpus, out });
    expect(s.problems).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
    const docs = readFileSync(join(out, 'documents.csv'), 'utf8');
    expect(docs.split('\n')[0].startsWith('doc_id,source_path,source_line,source_sha256,title,published_at')).toBe(true);
    for (const id of ['j1', 'j2', 'more', 'page', 'report', 'tarso-1']) if (id !== 'more') expect(docs).toContain(`\n${id},`);
    const claims = readFileSync(join(out, 'claims.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const byDoc = (id: string) => claims.filter((c) => c.doc_id === id).map((c) => `${c.category} ${c.count_text}`);
    expect(byDoc('tarso-1')).toEqual(['killed at least 12', 'killed three', 'wounded 20']);
    const part = claims.find((c) => c.doc_id === 'tarso-1' && c.count_text === 'three');
    expect(part.part_of).toBe(claims.find((c) => c.doc_id === 'tarso-1' && c.count_text === 'at least 12').claim_id);
    expect(byDoc('report')).toEqual(['killed five', 'killed two']);
    expect(byDoc('page')).toEqual(['killed 7', 'wounded 4', 'wounded No one']);
    expect(claims.some((c) => c.quote.includes('99 killed'))).toBe(false); // script text is not article text
    expect(byDoc('j1')).toEqual(['killed Two']);
    expect(byDoc('j2')).toEqual([]);
  });

  it('documents.csv has every document with its totals; a document without claims has empty totals', async () => {
    const problems: Problem[] = [];
    const s = await validateDataset(out, (p) => problems.push(p));
    expect(s.rows['documents.csv']).toBe(5);
    const docs = readFileSync(join(out, 'documents.csv'), 'utf8');
    expect(docs).toContain('"Blast in Tarso,\nmarket hit"'); // a title with a comma and a line break, quoted
    const report = docs.split('\n').find((l) => l.startsWith('report,'))!;
    expect(report.startsWith('report,report.md,,')).toBe(true);
    const j2 = docs.split('\n').find((l) => l.startsWith('j2,'))!;
    expect(j2).toMatch(/,0(,)+$/); // n_claims 0, every total empty
  });

  it('the dataset validates: tables, ids, foreign keys, datapackage.json against the Frictionless profiles', async () => {
    const problems: Problem[] = [];
    const s = await validateDataset(out, (p) => problems.push(p));
    expect(problems).toEqual([]);
    expect(s.rows['claims.csv']).toBeGreaterThan(5);
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    expect(pkg.profile).toBe('tabular-data-package');
    const claims = pkg.resources.find((r: { name: string }) => r.name === 'claims');
    expect(claims.schema.foreignKeys).toContainEqual({ fields: 'doc_id', reference: { resource: 'documents', fields: 'doc_id' } });
    expect(claims.schema.foreignKeys).toContainEqual({ fields: 'part_of', reference: { resource: '', fields: 'claim_id' } });
    const category = claims.schema.fields.find((f: { name: string }) => f.name === 'category');
    expect(category.constraints.enum).toContain('attacks');
    expect(claims.schema.fields.find((f: { name: string }) => f.name === 'event_date').type).toBe('date');
  });

  it('the codebook lists every field and the coding rules', () => {
    const cb = readFileSync(join(out, 'CODEBOOK.md'), 'utf8');
    for (const f of ['claim_id', 'count_low', 'victim_group', 'killed_perpetrators']) expect(cb).toContain(`\`${f}\``);
    expect(cb).toContain('## Qualifiers and bounds');
    expect(cb).toContain('## acled');
  });

  it('two builds of the same corpus are byte-identical', async () => {
    const out2 = join(mkdtempSync(join(tmpdir(), 'cc-out-')), 'dataset');
    await buildDataset({ corpus, out: out2 });
    for (const f of OUTPUTS) expect(readFileSync(join(out2, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  });

  it('a bad file is reported with its path and listed in the manifest; the rest is built; exit code 1', () => {
    const bad = makeCorpus({ bad: true });
    const o = join(mkdtempSync(join(tmpdir(), 'cc-out-')), 'dataset');
    const r = runCli(['build', bad, '--out', o]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('latin1.txt:1:4: invalid UTF-8 byte 0xe9');
    expect(r.stderr).toContain('empty.txt:0:0');
    const manifest = JSON.parse(readFileSync(join(o, 'manifest.json'), 'utf8'));
    const skipped = manifest.inputs.filter((i: { status: string }) => i.status === 'skipped').map((i: { path: string }) => i.path);
    expect(skipped).toEqual(['empty.txt', 'latin1.txt']);
    expect(manifest.counts.documents).toBe(5);
    expect(JSON.stringify(manifest)).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/); // no wall-clock time
  });

  it('--strict fails and writes nothing when an input has a problem', () => {
    const bad = makeCorpus({ bad: true });
    const o = join(mkdtempSync(join(tmpdir(), 'cc-out-')), 'dataset');
    const r = runCli(['build', bad, '--out', o, '--strict', '--quiet']);
    expect(r.code).toBe(1);
    expect(existsSync(o)).toBe(false);
  });

  it('--jobs 2 (worker threads) writes byte-identical output to --jobs 1', () => {
    // more text than one unit (256 KB), so the workers share even one file's documents
    const big = makeCorpus();
    const line = (i: number) => JSON.stringify({ id: `big-${i}`, published_at: '2021-06-01', text: `Gunmen killed ${i % 40 + 1} villagers and wounded ${i % 7} others in an attack on a market in Ostra district on Sunday, a police spokesman said. ${'The area has seen clashes between rival groups for months. '.repeat(3)}` });
    writeFileSync(join(big, 'big.jsonl'), Array.from({ length: 1400 }, (_, i) => `${line(i)}\n`).join(''));
    const parent = mkdtempSync(join(tmpdir(), 'cc-jobs-'));
    expect(runCli(['build', big, '--out', join(parent, 'one'), '--jobs', '1', '--quiet']).code).toBe(0);
    expect(runCli(['build', big, '--out', join(parent, 'two'), '--jobs', '2', '--quiet']).code).toBe(0);
    expect(readFileSync(join(parent, 'one', 'documents.csv'), 'utf8').split('\n').length).toBeGreaterThan(1400);
    for (const f of OUTPUTS) expect(readFileSync(join(parent, 'two', f)).equals(readFileSync(join(parent, 'one', f))), f).toBe(true);
  });

  it('validate on a dataset folder exits 0; a broken foreign key exits 1 with its place', () => {
    expect(runCli(['validate', out]).code).toBe(0);
  });
});
