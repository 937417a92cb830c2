// README's first command: build the bundled sample corpus (data/sample) into the dataset folder
// out/sample and validate it. Plain JS so it runs right after `npm ci` built dist/.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const cli = join('dist', 'src', 'cli', 'main.js');
const out = join('out', 'sample');
execFileSync(process.execPath, [cli, 'build', join('data', 'sample'), '--out', out], { stdio: 'inherit' });
execFileSync(process.execPath, [cli, 'validate', out], { stdio: 'inherit' });
console.log(`dataset in ${out}: claims.csv, documents.csv, claims.jsonl, datapackage.json, CODEBOOK.md, manifest.json`);
