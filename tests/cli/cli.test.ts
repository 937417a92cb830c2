// The command line as a user runs it: a real subprocess of the built bin.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS } from '../../src/records/claim-schema.js';
import { runCli } from '../helpers/cli.js';
import { raqqaPath, SHARED } from '../helpers/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'cc-cli-'));

describe('extract | validate', () => {
  const run = runCli(['extract', raqqaPath(), '--format', 'csv']);

  it('extracts the seed article as CSV with the schema header and three claims', () => {
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(CLAIM_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    expect(run.stdout).toContain('killed,at least 30,at_least,30,30,');
  });

  it('--explain traces each figure to the rules that made or dropped it', () => {
    const r = runCli(['extract', raqqaPath(), '--explain']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/explain raqqa-2016-08-11:s\d+ "at least 30" \[people\] -> killed 30\/30\/open .*\{figure\.digits .*harm\.active/);
    expect(r.stderr).toMatch(/"three" -> dropped by not\.hyphen-compound/);
    expect(r.stdout).toBe(run.stdout); // the claims are the same
  });

  it('validate - reads the CSV from stdin and exits 0', () => {
    const v = runCli(['validate', '-'], run.stdout);
    expect(v.code).toBe(0);
    expect(v.stderr).toContain('3 valid claims row(s), 0 problem(s)');
  });

  it('extract --input - reads JSON Lines documents from stdin', () => {
    const doc = JSON.stringify({ id: 'stdin-1', text: 'Gunmen killed 4 villagers in Orla on Monday, police said.', published_at: '2021-03-10' });
    const r = runCli(['extract', '--input', '-', '--format', 'jsonl'], `${doc}\n`);
    expect(r.code).toBe(0);
    const claims = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(claims.map((c) => [c.doc_id, c.category, c.count_best])).toEqual([['stdin-1', 'killed', 4]]);
  });

  it('--out writes the file; the same input gives byte-identical output', () => {
    const out = join(tmp, 'claims.csv');
    expect(runCli(['extract', raqqaPath(), '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(run.stdout);
    expect(runCli(['validate', out]).code).toBe(0);
  });

  it('a bad count_low in row 3 makes validate exit 1, naming line 4 and the column', () => {
    const lines = run.stdout.split('\n');
    lines[3] = lines[3].replace(',at_least,70,70,', ',at_least,seventy,70,');
    const bad = join(tmp, 'bad.csv');
    writeFileSync(bad, lines.join('\n'));
    const v = runCli(['validate', bad]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(`${bad}:4:${CLAIM_COLUMNS.indexOf('count_low') + 1}: count_low:`);
    expect(v.stdout).toContain('[type-error]');
  });

  it('validate --max-errors caps the list and says how many more there were', () => {
    const lines = run.stdout.split('\n');
    const bad = join(tmp, 'many.csv');
    writeFileSync(bad, [lines[0], ...lines.slice(1).filter(Boolean).map((l) => l.replace(/,(killed|wounded|attacks),/, ',maimed,'))].join('\n'));
    const v = runCli(['validate', bad, '--max-errors', '1']);
    expect(v.code).toBe(1);
    expect(v.stdout.trim().split('\n')).toEqual([expect.stringContaining('[enum-error]'), '... and 2 more problem(s)']);
  });

  it('validate --format json prints machine-readable problems', () => {
    const bad = join(tmp, 'bad2.csv');
    writeFileSync(bad, run.stdout.replace(',killed,', ',maimed,'));
    const v = runCli(['validate', bad, '--format', 'json']);
    expect(v.code).toBe(1);
    expect(JSON.parse(v.stdout.split('\n')[0])).toMatchObject({ code: 'enum-error', line: 2, column: 3, field: 'category' });
  });
});

describe('extract --input JSON Lines', () => {
  it('--per-document gives one line per input line, documents without claims included', () => {
    const docs = join(tmp, 'docs.jsonl');
    writeFileSync(docs, [
      { id: 'a', text: 'Three people were killed and four injured in a blast in Tarso.' },
      { id: 'b', text: 'The council met on Tuesday to discuss the budget of 12 million dollars.' },
      { id: 'c', text: 'No one was hurt when a shell hit an empty school.', published_at: '2020-01-02' },
    ].map((d) => JSON.stringify(d)).join('\n') + '\n');
    const r = runCli(['extract', '--input', docs, '--per-document', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.doc_id)).toEqual(['a', 'b', 'c']);
    expect(rows[0]).toMatchObject({ killed_best: 3, wounded_best: 4 });
    expect(rows[1]).toMatchObject({ killed_best: null, wounded_best: null });
    expect(rows[2]).toMatchObject({ wounded_best: 0 });
  });

  it.skipIf(!existsSync(join(SHARED, 'dev', 'cases.jsonl')))('on the dev corpus: one line per input line', () => {
    const input = join(SHARED, 'dev', 'cases.jsonl');
    const r = runCli(['extract', '--input', input, '--per-document', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const n = readFileSync(input, 'utf8').trim().split('\n').length;
    expect(r.stdout.trim().split('\n')).toHaveLength(n);
  });

  it('a broken line is reported with its line and column; the other lines still come out', () => {
    const docs = join(tmp, 'broken.jsonl');
    writeFileSync(docs, '{"id":"a","text":"Two soldiers were killed."}\n{"id":"b","text": oops}\n{"id":"c","text":"Five people were wounded."}\n');
    const r = runCli(['extract', '--input', docs, '--per-document', '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${docs.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+: .*\\[json-error\\]`));
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).doc_id)).toEqual(['a', 'c']);
  });
});

describe('bad input and usage', () => {
  it('a non-UTF-8 article is an encoding-error with line and column, exit 1', () => {
    const f = join(tmp, 'latin1.txt');
    writeFileSync(f, Buffer.concat([Buffer.from('First line.\nCaf'), Buffer.from([0xe9]), Buffer.from(' bombing killed 3 people.\n')]));
    const r = runCli(['extract', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${f}:2:4: invalid UTF-8 byte 0xe9`);
  });

  it('an empty article is reported, exit 1', () => {
    const f = join(tmp, 'empty.txt');
    writeFileSync(f, '');
    const r = runCli(['extract', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[empty-file]');
  });

  it('a missing file is named, exit 1', () => {
    const r = runCli(['extract', join(tmp, 'nope.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nope.txt');
  });

  it.each([[['frobnicate']], [['extract']], [['extract', 'x.txt', '--format', 'xml']], [[]]])('usage error %j exits 2', (args) => {
    const r = runCli(args as string[]);
    expect(r.code).toBe(2);
  });

  it.each([['extract'], ['validate']])('%s --help exits 0 and documents the command', (cmd) => {
    const r = runCli([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`casualty-claims ${cmd}`);
  });
});
