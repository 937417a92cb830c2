// The adversarial suite: one fixture per case under tests/fixtures/bad/ (regenerate with
// scripts/dev/make-bad-fixtures.py), each run through the real CLI, asserting the exit code, the
// problem code and its place. Huge inputs are generated here at run time instead of committed.
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS } from '../../src/records/claim-schema.js';
import { runCli } from '../helpers/cli.js';

const BAD = join(process.cwd(), 'tests', 'fixtures', 'bad');
const col = (name: string) => CLAIM_COLUMNS.indexOf(name) + 1;
const N = CLAIM_COLUMNS.length;

interface Case { file: string; cmd: 'validate' | 'extract' | 'jsonl'; exit: number; code?: string; line?: number; column?: number; also?: (out: { stdout: string; stderr: string }) => void }

const CASES: Case[] = [
  // CSV accepted
  { file: 'valid.csv', cmd: 'validate', exit: 0 },
  { file: 'crlf.csv', cmd: 'validate', exit: 0 },
  { file: 'bom.csv', cmd: 'validate', exit: 0 },
  // CSV structure
  { file: 'empty.csv', cmd: 'validate', exit: 1, code: 'empty-file', line: 0 },
  { file: 'header-only.csv', cmd: 'validate', exit: 0, also: (o) => expect(o.stderr).toContain('0 valid claims row(s)') },
  { file: 'unbalanced-quote.csv', cmd: 'validate', exit: 1, code: 'quote-error', line: 3 },
  { file: 'extra-cell.csv', cmd: 'validate', exit: 1, code: 'extra-cell', line: 3, column: N + 1 },
  { file: 'missing-cell.csv', cmd: 'validate', exit: 1, code: 'missing-cell', line: 3, column: N - 2 },
  { file: 'blank-header.csv', cmd: 'validate', exit: 1, code: 'blank-header', line: 1, column: 5 },
  { file: 'duplicate-header.csv', cmd: 'validate', exit: 1, code: 'duplicate-header', line: 1, column: 2 },
  { file: 'missing-column.csv', cmd: 'validate', exit: 1, code: 'missing-header', line: 1 },
  { file: 'unknown-column.csv', cmd: 'validate', exit: 1, code: 'unknown-header', line: 1, column: N + 1 },
  // encodings
  { file: 'latin1.csv', cmd: 'validate', exit: 1, code: 'encoding-error', line: 2 },
  { file: 'utf16.csv', cmd: 'validate', exit: 1, code: 'encoding-error', line: 1, column: 1 },
  // types and constraints
  { file: 'type-count-low.csv', cmd: 'validate', exit: 1, code: 'type-error', line: 4, column: col('count_low') },
  { file: 'type-spaces.csv', cmd: 'validate', exit: 1, code: 'type-error', line: 2, column: col('count_best') },
  { file: 'type-leading-zero.csv', cmd: 'validate', exit: 1, code: 'type-error', line: 3, column: col('count_best') },
  { file: 'type-float.csv', cmd: 'validate', exit: 1, code: 'type-error', line: 2, column: col('quote_start') },
  { file: 'negative-count.csv', cmd: 'validate', exit: 1, code: 'constraint-error', line: 2, column: col('count_low') },
  { file: 'low-above-best.csv', cmd: 'validate', exit: 1, code: 'cross-field-error', line: 2, column: col('count_low') },
  { file: 'best-above-high.csv', cmd: 'validate', exit: 1, code: 'cross-field-error', line: 2, column: col('count_high') },
  { file: 'impossible-date.csv', cmd: 'validate', exit: 1, code: 'type-error', line: 2, column: col('event_date') },
  { file: 'bad-date-format.csv', cmd: 'validate', exit: 1, code: 'type-error', line: 3, column: col('published_at') },
  { file: 'unknown-category.csv', cmd: 'validate', exit: 1, code: 'enum-error', line: 3, column: col('category') },
  { file: 'unknown-qualifier.csv', cmd: 'validate', exit: 1, code: 'enum-error', line: 2, column: col('qualifier') },
  { file: 'required-empty.csv', cmd: 'validate', exit: 1, code: 'required-error', line: 2, column: col('quote_start') },
  { file: 'empty-quote.csv', cmd: 'validate', exit: 1, code: 'constraint-error', line: 2, column: col('quote') },
  { file: 'quote-length.csv', cmd: 'validate', exit: 1, code: 'cross-field-error', line: 2, column: col('quote_end') },
  { file: 'bad-claim-id.csv', cmd: 'validate', exit: 1, code: 'constraint-error', line: 2, column: col('claim_id') },
  // table rules
  { file: 'duplicate-claim-id.csv', cmd: 'validate', exit: 1, code: 'unique-error', line: 3, column: col('claim_id') },
  { file: 'dangling-part-of.csv', cmd: 'validate', exit: 1, code: 'foreign-key-error', line: 3, column: col('part_of') },
  { file: 'dangling-superseded.csv', cmd: 'validate', exit: 1, code: 'foreign-key-error', line: 4, column: col('superseded_by') },
  // JSON Lines: the broken line is named, no other line is lost
  { file: 'broken-line.jsonl', cmd: 'jsonl', exit: 1, code: 'json-error', line: 3, also: (o) => expect(o.stdout.trim().split('\n').map((l) => JSON.parse(l).doc_id)).toEqual(['d1', 'd2', 'd4', 'd5']) },
  { file: 'non-object-line.jsonl', cmd: 'jsonl', exit: 1, code: 'json-error', line: 2, also: (o) => expect(o.stdout.trim().split('\n')).toHaveLength(4) },
  { file: 'missing-text.jsonl', cmd: 'jsonl', exit: 1, code: 'required-error', line: 4, also: (o) => expect(o.stdout.trim().split('\n')).toHaveLength(4) },
  { file: 'missing-id.jsonl', cmd: 'jsonl', exit: 1, code: 'required-error', line: 1 },
  { file: 'bad-published.jsonl', cmd: 'jsonl', exit: 1, code: 'constraint-error', line: 1 },
  // articles
  { file: 'empty-article.txt', cmd: 'extract', exit: 1, code: 'empty-file' },
  { file: 'whitespace-article.txt', cmd: 'extract', exit: 1, code: 'empty-file' },
  { file: 'binary-article.txt', cmd: 'extract', exit: 1, code: 'encoding-error', line: 1, column: 1 },
  { file: 'latin1-article.txt', cmd: 'extract', exit: 1, code: 'encoding-error', line: 1, column: 4 },
  { file: 'broken-meta.txt', cmd: 'extract', exit: 1, code: 'json-error', line: 1 },
  { file: 'bad-meta-date.txt', cmd: 'extract', exit: 1, code: 'constraint-error' },
  { file: 'html-scripts.html', cmd: 'extract', exit: 0, also: (o) => { expect(o.stdout).toContain(',killed,6,exact,'); expect(o.stdout).not.toContain('500'); expect(o.stdout).toContain('Shelling killed 6 civilians & wounded 11'); } },
  { file: 'no-sentence-breaks.txt', cmd: 'extract', exit: 0, also: (o) => expect(o.stdout.split('\n').length).toBeGreaterThan(2) },
  { file: 'unicode-forms.txt', cmd: 'extract', exit: 0, also: (o) => { expect(o.stdout).toContain(',killed,1\u202f200,exact,1200,1200,1200,'); expect(o.stdout).toContain(',wounded,\u0663\u0664,exact,34,34,34,'); expect(o.stdout).toContain(',displaced,1\u00a0500,exact,1500,'); } },
];

function run(c: Case) {
  const path = join(BAD, c.file);
  if (c.cmd === 'validate') return runCli(['validate', path, '--format', 'json']);
  if (c.cmd === 'jsonl') return runCli(['extract', '--input', path, '--per-document', '--format', 'jsonl']);
  return runCli(['extract', path, ...(/^(?:unicode|no-sentence|html)/.test(c.file) ? ['--published', '2020-01-01'] : [])]);
}

function firstProblem(c: Case, out: { stdout: string; stderr: string }): { code: string; line: number; column: number } | null {
  if (c.cmd === 'validate') {
    const line = out.stdout.split('\n').find((l) => l.startsWith('{'));
    return line ? JSON.parse(line) : null;
  }
  const m = /:(\d+):(\d+): (?:\w+: )?.*\[([a-z-]+)\]/.exec(out.stderr);
  return m ? { line: Number(m[1]), column: Number(m[2]), code: m[3] } : null;
}

describe('bad input never crashes, never lies', () => {
  it('has at least 40 fixture cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40));
  for (const c of CASES) {
    it(`${c.file}: exit ${c.exit}${c.code ? `, ${c.code}` : ''}${c.line !== undefined ? ` at line ${c.line}` : ''}${c.column !== undefined ? `:${c.column}` : ''}`, () => {
      const out = run(c);
      expect(out.code, out.stderr).toBe(c.exit);
      expect(out.stderr).not.toMatch(/\n\s+at \S+ \(/); // never a raw stack trace
      if (c.code) {
        const p = firstProblem(c, out);
        expect(p, out.stdout + out.stderr).not.toBeNull();
        expect(p!.code).toBe(c.code);
        if (c.line !== undefined) expect(p!.line).toBe(c.line);
        if (c.column !== undefined) expect(p!.column).toBe(c.column);
      }
      c.also?.(out);
    });
  }
});

describe('huge inputs (generated at run time)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-huge-'));
  it('a 10 MB single CSV field is read, and its row still validates or fails by the schema', () => {
    const valid = readFileSync(join(BAD, 'valid.csv'), 'utf8').split('\n');
    const cells = valid[1].split(',');
    const big = `"${'x'.repeat(10 * 1024 * 1024)}"`;
    const uncertainty = CLAIM_COLUMNS.indexOf('uncertainty_notes');
    const line = [...cells.slice(0, uncertainty), big, ...cells.slice(uncertainty + 1)].join(',');
    writeFileSync(join(dir, 'big-field.csv'), `${valid[0]}\n${line}\n`);
    const r = runCli(['validate', join(dir, 'big-field.csv')]);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toMatch(/row\(s\)/);
  });
  it('a 50 MB article is extracted without a crash', () => {
    // one scraped page of 50 MB: mostly ordinary text, with the same report repeated through it
    const filler = 'The council met on Tuesday to discuss roads, schools and the budget for the coming year. '.repeat(40);
    const para = `${filler}\nGunmen killed 3 people in Arvo, police said.\n`;
    writeFileSync(join(dir, 'huge.txt'), para.repeat(Math.ceil((50 * 1024 * 1024) / para.length)));
    const r = runCli(['extract', join(dir, 'huge.txt'), '--per-document', '--format', 'jsonl', '--published', '2020-01-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).killed_best).toBe(3);
  }, 300_000);
});
