// README's first command: extract the bundled sample corpus (data/sample) into out/sample/claims.csv
// and validate it. Plain JS so it runs right after `npm ci` built dist/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const cli = join('dist', 'src', 'cli', 'main.js');
const articles = readdirSync(join('data', 'sample')).filter((f) => f.endsWith('.txt')).sort().map((f) => join('data', 'sample', f));
mkdirSync(join('out', 'sample'), { recursive: true });
const out = join('out', 'sample', 'claims.csv');
execFileSync(process.execPath, [cli, 'extract', ...articles, '--out', out], { stdio: 'inherit' });
execFileSync(process.execPath, [cli, 'validate', out], { stdio: 'inherit' });
console.log(`${articles.length} articles -> ${out}`);
