// Extracts corpus units with N worker threads (or in this thread for N = 1) and yields the
// results in input order, whatever order the workers finish in: --jobs never changes the output.
// Units are read only as workers become free (bounded read-ahead), so memory does not grow with
// the corpus or with the size of one file.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CorpusUnit } from '../io/corpus.js';
import type { UnitResult } from './extract-unit.js';

// The extractor is loaded in this thread only when this thread extracts (--jobs 1, or a unit a
// worker could not hold): with workers, the main thread stays free of its patterns and lexicon.
const inThread = async () => (await import('./extract-unit.js')).extractUnit;

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));
// Worker heaps are kept small. The extractor allocates many short-lived objects, and V8 lets an
// idle-looking heap grow far past what is live before it collects: a worker holds about 40 MB of
// live data but grew to 200 MB with V8's defaults, and two of them took a build of one 22 MB file to
// 440 MB of resident memory (docs/benchmarks.md). Young generation 8 MB, old generation 160 MB
// (four times the live size) brought that to about 300 MB in the same time; as the extractor grew,
// 160 MB let a 50 MB build reach 319 MB, and 96 MB (about 2.5 times the live size) keeps it near
// 290 MB at the same speed (session 7, docs/benchmarks.md); a 4 MB young generation took another
// 5-50 MB off at the same speed (session 13, three runs each). A document too big for
// that heap does not fail the build: the worker dies of it and the unit is extracted again in the
// main thread, whose heap is not capped.
export interface PoolOptions { workerHeapMb?: number }
const DEFAULT_WORKER_HEAP_MB = 96;

export async function* extractInOrder(units: AsyncIterable<CorpusUnit>, jobs: number, opts: PoolOptions = {}): AsyncGenerator<UnitResult> {
  // workers need the compiled worker.js (dist/); from TypeScript sources we run in-thread
  if (jobs <= 1 || !existsSync(WORKER)) {
    const extractUnit = await inThread();
    for await (const unit of units) yield extractUnit(unit);
    return;
  }
  const limits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: opts.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB };
  const source = units[Symbol.asyncIterator]();
  const workers = new Set<Worker>();
  const idle: Worker[] = [];
  const busy = new Map<Worker, { seq: number; unit: CorpusUnit }>();
  const done = new Map<number, UnitResult>();
  const AHEAD = jobs * 4; // units sent or finished but not yet emitted
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  let next = 0; // units read from the source
  let emitted = 0;
  let exhausted = false;
  let feeding = false;
  // hands units to idle workers; one feeder at a time, since reading the source is asynchronous
  const feed = async () => {
    if (feeding) return;
    feeding = true;
    try {
      while (idle.length && !exhausted && !failure && next - emitted < AHEAD) {
        const r = await source.next();
        if (r.done) { exhausted = true; break; }
        const w = idle.shift()!;
        busy.set(w, { seq: next, unit: r.value });
        w.postMessage({ seq: next++, unit: r.value });
      }
    } catch (err) {
      failure = err;
    } finally {
      feeding = false;
      wake?.();
    }
  };
  const spawn = () => {
    const w = new Worker(WORKER, { resourceLimits: limits });
    workers.add(w);
    w.on('message', (m: { seq: number; result?: UnitResult; error?: string }) => {
      const job = busy.get(w);
      busy.delete(w);
      if (m.error) failure = new Error(`worker failed on ${job?.unit.file.relPath ?? 'a unit'}: ${m.error}`);
      else done.set(m.seq, m.result!);
      idle.push(w);
      void feed();
      wake?.();
    });
    w.on('error', (err: Error & { code?: string }) => {
      const job = busy.get(w);
      busy.delete(w);
      workers.delete(w);
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY' && job) {
        // again, in this thread's larger heap
        inThread().then((extractUnit) => {
          done.set(job.seq, extractUnit(job.unit));
          spawn();
          void feed();
        }).catch((again: unknown) => { failure = again; }).finally(() => wake?.());
        return;
      }
      failure = err;
      wake?.();
    });
    idle.push(w);
  };
  for (let i = 0; i < jobs; i++) spawn();
  try {
    void feed();
    for (;;) {
      if (failure) throw failure;
      const r = done.get(emitted);
      if (r) {
        done.delete(emitted);
        emitted++;
        void feed();
        yield r;
        continue;
      }
      if (exhausted && emitted === next) break;
      await new Promise<void>((res) => { wake = res; });
      wake = null;
    }
  } finally {
    await Promise.all([...workers].map((w) => w.terminate()));
    await source.return?.(undefined);
  }
}
