// A small corpus of every input kind, written to a temporary folder for build tests. The texts
// are written for the tests (no corpus text is copied).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function makeCorpus(opts: { bad?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-corpus-'));
  mkdirSync(join(dir, 'wire'));
  writeFileSync(join(dir, 'wire', 'tarso.txt'), 'Blast in Tarso\n\nA car bomb killed at least 12 people, including three children, in the market of Tarso on Tuesday, the "Tarso Monitor," a local rights group, said. Another 20 people were wounded.\n');
  writeFileSync(join(dir, 'wire', 'tarso.meta.json'), JSON.stringify({ id: 'tarso-1', title: 'Blast in Tarso,\nmarket hit', published_at: '2021-03-04', publisher: 'Wire, Inc.', url: 'https://example.org/tarso' }));
  writeFileSync(join(dir, 'report.md'), '---\ntitle: Clashes near Velna\npublished_at: 2021-03-05\npublisher: Daily\n---\nClashes near Velna killed five soldiers and two militants on Thursday, the army said.\n');
  writeFileSync(join(dir, 'page.html'), '<html><head><title>Raid on Dorsa</title><script>var s = "99 killed";</script></head><body><nav>Home &amp; World</nav><article><h1>Raid on Dorsa</h1><p>Gunmen killed 7 villagers &amp; wounded 4 in Dorsa on Monday, police said.</p><p>No one else was hurt.</p></article><footer>&copy; 2021 Example</footer></body></html>');
  writeFileSync(join(dir, 'more.jsonl'), `${JSON.stringify({ id: 'j1', text: 'Two people were killed in Kesso.', published_at: '2021-03-01' })}\n${JSON.stringify({ id: 'j2', text: 'The council met on Friday.' })}\n`);
  if (opts.bad) {
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x62, 0x6f, 0x6d, 0x62, 0x0a]));
    writeFileSync(join(dir, 'empty.txt'), '');
  }
  return dir;
}
