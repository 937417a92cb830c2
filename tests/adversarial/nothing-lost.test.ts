// Nothing lost: a writer killed mid-write leaves the old file intact and no partial file under the
// real name; a crash (a bug) prints a short message, not a stack trace, unless --debug.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportError } from '../../src/cli/exit.js';
import { CLI } from '../helpers/paths.js';

describe('nothing lost', () => {
  it('SIGKILL during extract --out leaves the previous output intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-kill-'));
    const input = join(dir, 'docs.jsonl');
    const line = JSON.stringify({ id: 'x', text: 'Gunmen killed 12 villagers in Dorsa on Monday, police said. Another 9 people were wounded. '.repeat(20) });
    writeFileSync(input, Array.from({ length: 4000 }, (_, i) => line.replace('"x"', `"d${i}"`)).join('\n'));
    const out = join(dir, 'claims.csv');
    writeFileSync(out, 'the previous file\n');
    const child = spawn(process.execPath, [CLI, 'extract', '--input', input, '--out', out], { stdio: 'ignore' });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (readdirSync(dir).some((n) => n.startsWith('.claims.csv.tmp-'))) { clearInterval(poll); child.kill('SIGKILL'); resolve(); }
      }, 2);
    });
    await new Promise((r) => child.on('exit', r));
    expect(readFileSync(out, 'utf8')).toBe('the previous file\n');
    expect(readdirSync(dir).filter((n) => !n.startsWith('.')).sort()).toEqual(['claims.csv', 'docs.jsonl']);
  });

  it('an internal error prints one line with how to report it, exit 3; --debug adds the stack', () => {
    const writes: string[] = [];
    const orig = process.stderr.write.bind(process.stderr);
    (process.stderr as unknown as { write: (s: string) => boolean }).write = (s: string) => { writes.push(s); return true; };
    try {
      expect(reportError(new TypeError('boom'), false)).toBe(3);
      expect(writes.join('')).toMatch(/internal error: boom\nThis is a bug\. Rerun with --debug/);
      expect(writes.join('')).not.toMatch(/\n\s+at /);
      writes.length = 0;
      expect(reportError(new TypeError('boom'), true)).toBe(3);
      expect(writes.join('')).toMatch(/\n\s+at /);
    } finally {
      (process.stderr as unknown as { write: typeof orig }).write = orig;
    }
  });
});
