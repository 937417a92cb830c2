// validate against plain papaparse on one claims CSV, both in this fresh process (compiled code in
// dist/). npm run bench runs it in a child process so that neither figure carries the heap of
// earlier measurements. Usage: node scripts/dev/validate-vs-papaparse.mjs FILE.csv
import { runValidate } from '../../dist/src/jobs/validate-job.js';
import Papa from 'papaparse';
import { createReadStream } from 'node:fs';
const f = process.argv[2] ?? '/tmp/casualty-claims-bench/claims-100000.csv';
let t = performance.now(); const v = await runValidate(f, () => {}, 'claims'); const a = (performance.now() - t) / 1000;
t = performance.now(); let n = 0; await new Promise((r) => Papa.parse(createReadStream(f, { encoding: 'utf8' }), { step: () => n++, complete: r })); const b = (performance.now() - t) / 1000;
console.log(`validate ${(v.rows / a).toFixed(0)} rows/s (${v.rows} rows, ${v.problems} problems); papaparse ${(n / b).toFixed(0)} rows/s; ratio ${((v.rows / a) / (n / b)).toFixed(2)}`);
