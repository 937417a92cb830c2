// An interrupted build (SIGKILL half-way) leaves the previous dataset exactly as it was, and the
// next build cleans up the interrupted one's work folder.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/build/build-dataset.js';
import { CLI } from '../helpers/paths.js';

function folderHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
}

describe('interrupted build', () => {
  it('SIGKILL half-way leaves the previous dataset unchanged', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'cc-big-'));
    mkdirSync(join(corpus, 'a'));
    const para = 'Gunmen killed 12 villagers and wounded 30 in Kessa on Tuesday, police said. The toll rose to 15 on Wednesday. '.repeat(40);
    for (let i = 0; i < 400; i++) writeFileSync(join(corpus, 'a', `doc-${String(i).padStart(4, '0')}.txt`), `${para}\n`);
    const parent = mkdtempSync(join(tmpdir(), 'cc-out-'));
    const out = join(parent, 'dataset');
    await buildDataset({ corpus: join(corpus, 'a'), out, strict: false });
    const before = folderHash(out);
    writeFileSync(join(corpus, 'a', 'doc-9999.txt'), 'Three more people were killed.\n');
    const child = spawn(process.execPath, [CLI, 'build', corpus, '--out', out, '--quiet'], { stdio: 'ignore' });
    // kill it once its work folder exists, i.e. while it is writing
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (readdirSync(parent).some((n) => n.startsWith('.dataset.building-'))) { clearInterval(poll); child.kill('SIGKILL'); resolve(); }
        else if (Date.now() - started > 20000) { clearInterval(poll); child.kill('SIGKILL'); reject(new Error('the build never started writing')); }
      }, 5);
    });
    await new Promise((r) => child.on('exit', r));
    expect(folderHash(out)).toBe(before);
    expect(readdirSync(parent).filter((n) => !n.startsWith('.'))).toEqual(['dataset']);
    // the next build removes the interrupted work folder
    await buildDataset({ corpus: join(corpus, 'a'), out });
    expect(readdirSync(parent)).toEqual(['dataset']);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
  });
});
