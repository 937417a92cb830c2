// npm run bench: builds its own inputs reproducibly (under the system temp folder) from the
// bundled and shared articles, then prints one table: extract speed against a read-and-regex
// baseline, validate speed against plain papaparse, build with 1 and 2 worker threads, and peak
// memory (RSS) of validate (100k and 1M rows) and build, each measured in a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractClaims } from '../src/extract/pipeline.js';
import { csvHeader, csvRows } from '../src/io/csv-write.js';
import { CLAIM_COLUMNS } from '../src/records/claim-schema.js';

const ROOT = process.cwd();
const WORK = join(tmpdir(), 'casualty-claims-bench');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const MB = 1024 * 1024;
const TARGET_BYTES = Number(process.env.BENCH_MB ?? 50) * MB;
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);

function sourceTexts(): Array<{ text: string; published_at: string | null }> {
  const out: Array<{ text: string; published_at: string | null }> = [];
  const dirs = [join(ROOT, 'data', 'sample'), join(ROOT, '..', 'shared', 'corpus', 'articles'), join(ROOT, '..', 'shared', 'corpus', 'wikinews')];
  for (const d of dirs) if (existsSync(d)) for (const f of readdirSync(d).filter((x) => x.endsWith('.txt')).sort()) {
    const meta = existsSync(join(d, f.replace(/\.txt$/, '.meta.json'))) ? JSON.parse(readFileSync(join(d, f.replace(/\.txt$/, '.meta.json')), 'utf8')) : {};
    out.push({ text: readFileSync(join(d, f), 'utf8'), published_at: meta.published_at ?? null });
  }
  for (const set of ['dev', 'gva-dev']) {
    const p = join(ROOT, '..', 'shared', 'corpus', set, 'cases.jsonl');
    if (existsSync(p)) for (const l of readFileSync(p, 'utf8').split('\n').filter(Boolean)) { const c = JSON.parse(l); out.push({ text: c.text, published_at: c.published_at ?? null }); }
  }
  return out;
}

function makeCorpus(): { dir: string; bytes: number; docs: number } {
  const dir = join(WORK, 'corpus');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const texts = sourceTexts();
  let bytes = 0;
  let docs = 0;
  let file = 0;
  let lines: string[] = [];
  let fileBytes = 0;
  const flush = () => { if (lines.length) writeFileSync(join(dir, `part-${String(file++).padStart(4, '0')}.jsonl`), `${lines.join('\n')}\n`); lines = []; fileBytes = 0; };
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const t = texts[i % texts.length];
    lines.push(JSON.stringify({ id: `bench-${i}`, text: t.text, published_at: t.published_at }));
    bytes += Buffer.byteLength(t.text);
    fileBytes += Buffer.byteLength(t.text);
    docs++;
    if (fileBytes > MB) flush();
  }
  flush();
  return { dir, bytes, docs };
}

async function makeClaimsCsv(rows: number, name: string): Promise<string> {
  const path = join(WORK, name);
  if (existsSync(path)) return path;
  const seed = extractClaims({ id: 'seed', text: sourceTexts().slice(0, 40).map((t) => t.text).join('\n\n'), title: 'Bench seed', published_at: '2016-08-11', publisher: 'Bench', url: null })
    .map((c) => ({ ...c, part_of: null, superseded_by: null }));
  const out = createWriteStream(path);
  out.write(csvHeader(CLAIM_COLUMNS));
  for (let i = 0; i < rows; i += 1000) {
    const batch = [];
    for (let k = i; k < Math.min(i + 1000, rows); k++) batch.push({ ...seed[k % seed.length], claim_id: `c${k.toString(16).padStart(16, '0')}`, doc_id: `doc-${Math.floor(k / 10)}` });
    if (!out.write(csvRows(batch, CLAIM_COLUMNS))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

// The extractor's own work on two cores: `extract` of a 5 MB slice (five corpus files) alone, then
// two such processes side by side (no pool, no main thread, no messages between threads). Unlike the
// tiny loop below, this needs memory and the cache as the extractor does, and each process compiles
// its patterns and code on its own: 2 x (time alone) / (time of the pair) is what two workers can give.
function extractPairScaling(files: string[]): { mb: number; alone: number; pair: number; speedup: number } {
  const slice = join(WORK, 'slice-5mb.jsonl');
  writeFileSync(slice, Buffer.concat(files.slice(0, 5).map((f) => readFileSync(f))));
  const cmd = (k: number) => `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} extract --input ${JSON.stringify(slice)} --out ${JSON.stringify(join(WORK, `slice-${k}.csv`))}`;
  const run = (n: number) => { const t = performance.now(); spawnSync('bash', ['-c', Array.from({ length: n }, (_, k) => `${cmd(k)} &`).join(' ') + ' wait'], { stdio: 'ignore' }); return (performance.now() - t) / 1000; };
  const alone = run(1);
  const pair = run(2);
  return { mb: statSync(slice).size / MB, alone, pair, speedup: (2 * alone) / pair };
}

// The same CPU-bound loop run twice in one thread and once in each of two processes: on a
// shared VM the cores two threads get vary from run to run, and this says how much.
function machineScaling(): number[] {
  const loop = `const s = 'the 30 people were killed and 20 wounded in the attack on Sunday '.repeat(50); let c = 0; const re = /(\\w+)\\s+(killed|wounded)/g; for (let i = 0; i < 40000; i++) { re.lastIndex = 0; while (re.exec(s)) c++; }`;
  const run = (n: number) => { const t = performance.now(); spawnSync('bash', ['-c', Array.from({ length: n }, () => `${JSON.stringify(process.execPath)} -e ${JSON.stringify(loop)} &`).join(' ') + ' wait'], { stdio: 'ignore' }); return performance.now() - t; };
  const out: number[] = [];
  for (let i = 0; i < 3; i++) {
    const one = run(1);
    out.push((2 * one) / run(2));
  }
  return out;
}

function rssOf(args: string[]): { seconds: number; rssMB: number; code: number | null } {
  const wrapper = join(WORK, 'rss.mjs');
  writeFileSync(wrapper, `process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\nprocess.argv.splice(1, 1);\nawait import(${JSON.stringify(`file://${CLI}`)});\n`);
  const t = Date.now();
  const r = spawnSync(process.execPath, [wrapper, CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * MB });
  const m = /MAXRSS (\d+)/.exec(r.stderr ?? '');
  return { seconds: (Date.now() - t) / 1000, rssMB: m ? Number(m[1]) / 1024 : NaN, code: r.status };
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  if (!existsSync(CLI)) throw new Error('run npm run build first (dist/ is missing)');
  const rows: Array<[string, string, string]> = [];
  const corpus = makeCorpus();
  const files = readdirSync(corpus.dir).sort().map((f) => join(corpus.dir, f));
  // extract, in this process
  const docs = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
  let t = performance.now();
  let claims = 0;
  for (const d of docs) claims += extractClaims({ id: d.id, text: d.text, title: null, published_at: d.published_at, publisher: null, url: null }).length;
  const extractS = (performance.now() - t) / 1000;
  t = performance.now();
  let digits = 0;
  for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/\d+/g)) digits += m[0].length > 0 ? 1 : 0;
  const baselineS = (performance.now() - t) / 1000;
  const mbps = corpus.bytes / MB / extractS;
  rows.push(['extract (1 process)', `${mbps.toFixed(2)} MB/s, ${(corpus.docs / extractS).toFixed(0)} docs/s, ${claims} claims`, `${(corpus.bytes / MB).toFixed(1)} MB, ${corpus.docs} docs`]);
  rows.push(['baseline: read + one digit regex', `${(corpus.bytes / MB / baselineS).toFixed(1)} MB/s (${digits} matches)`, `extract is ${((corpus.bytes / MB / baselineS) / mbps).toFixed(0)}x slower`]);
  // validate vs plain papaparse
  const big = await makeClaimsCsv(ROWS, `claims-${ROWS}.csv`);
  const small = await makeClaimsCsv(Math.floor(ROWS / 10), `claims-${ROWS / 10}.csv`);
  const size = statSync(big).size;
  // both in one fresh child process: measured here, after 50 MB of extraction, validate ran at 24-35%
  // of papaparse and alone at 51% (the heap the extraction leaves behind, not validate's code)
  const vp = spawnSync(process.execPath, [join(ROOT, 'scripts', 'dev', 'validate-vs-papaparse.mjs'), big], { encoding: 'utf8' });
  const m = /validate (\d+) rows\/s \((\d+) rows, (\d+) problems\); papaparse (\d+) rows\/s; ratio ([\d.]+)/.exec(vp.stdout);
  if (!m) throw new Error(`validate-vs-papaparse failed: ${vp.stderr}`);
  rows.push([`validate (${m[2]} rows)`, `${m[1]} rows/s (${m[3]} problems)`, `${(size / MB).toFixed(0)} MB file`]);
  rows.push(['papaparse parse only', `${m[4]} rows/s`, `validate at ${(Number(m[5]) * 100).toFixed(0)}% of plain parsing (both in one fresh process)`]);
  // build with 1 and 2 workers, and memory
  const b1 = rssOf(['build', corpus.dir, '--out', join(WORK, 'ds1'), '--jobs', '1', '--quiet']);
  const b2 = rssOf(['build', corpus.dir, '--out', join(WORK, 'ds2'), '--jobs', '2', '--quiet']);
  const same = spawnSync('diff', ['-r', join(WORK, 'ds1'), join(WORK, 'ds2')]).status === 0;
  rows.push(['build --jobs 1', `${b1.seconds.toFixed(1)} s`, `peak RSS ${b1.rssMB.toFixed(0)} MB`]);
  rows.push(['build --jobs 2', `${b2.seconds.toFixed(1)} s`, `speed-up ${(b1.seconds / b2.seconds).toFixed(2)}x; output identical: ${same ? 'yes' : 'NO'}; peak RSS ${b2.rssMB.toFixed(0)} MB (main thread + workers)`]);
  // the same documents as one JSON Lines file: read in parts, so one large file streams and is
  // shared between the workers like many small ones (a third build of 50 MB: opt-in, so that the
  // whole run stays under ten minutes on this machine's slow spells; BENCH_ONE_FILE=1 runs it)
  if (process.env.BENCH_ONE_FILE === '1') {
    const oneDir = join(WORK, 'one-file');
    rmSync(oneDir, { recursive: true, force: true });
    mkdirSync(oneDir);
    writeFileSync(join(oneDir, 'corpus.jsonl'), Buffer.concat(files.map((f) => readFileSync(f))));
    const b3 = rssOf(['build', oneDir, '--out', join(WORK, 'ds3'), '--jobs', '2', '--quiet']);
    const sameClaims = readFileSync(join(WORK, 'ds3', 'claims.csv')).equals(readFileSync(join(WORK, 'ds2', 'claims.csv')));
    rows.push([`build --jobs 2, one ${(corpus.bytes / MB).toFixed(0)} MB file`, `${b3.seconds.toFixed(1)} s`, `claims identical to the 50-file build: ${sameClaims ? 'yes' : 'NO'}; peak RSS ${b3.rssMB.toFixed(0)} MB`]);
  }
  const probe = machineScaling();
  const pair = extractPairScaling(files);
  rows.push(['machine: 2 extract processes', `speed-up ${pair.speedup.toFixed(2)}x`, `${pair.mb.toFixed(0)} MB of JSON Lines: ${pair.alone.toFixed(1)} s alone, ${pair.pair.toFixed(1)} s for two side by side; the extractor's own ceiling for build --jobs 2`]);
  rows.push(['machine: 2 threads of pure CPU work', `speed-up ${probe.map((x) => x.toFixed(2)).join(' / ')}x`, 'what this machine gives two threads (3 probes); the ceiling for build --jobs 2']);
  const v1 = rssOf(['validate', small, '--table', 'claims']);
  const v10 = rssOf(['validate', big, '--table', 'claims']);
  rows.push(['validate peak RSS', `${v1.rssMB.toFixed(0)} MB at ${ROWS / 10} rows, ${v10.rssMB.toFixed(0)} MB at ${ROWS} rows`, `growth ${(((v10.rssMB / v1.rssMB) - 1) * 100).toFixed(0)}%`]);
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`casualty-claims benchmark (node ${process.version}, ${process.platform}; inputs in ${WORK})\n`);
  for (const r of rows) console.log(`${r[0].padEnd(w)}  ${r[1]}  (${r[2]})`);
}

await main();
