// Extracts corpus files with N worker threads (or in this thread for N = 1) and yields the results
// in input order, whatever order the workers finish in: --jobs never changes the output.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractFile, type FileResult } from './extract-file.js';

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));
// Each worker's young generation is kept small: the extractor allocates many short-lived
// objects, and V8's default semi-spaces (up to 32 MB each, per worker) added some 60 MB of
// resident memory for two workers with no gain in speed (measured in docs/benchmarks.md). The old
// generation is left alone: a very large document must not run a worker out of heap.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

export async function* extractFiles(paths: string[], root: string, jobs: number): AsyncGenerator<FileResult> {
  // workers need the compiled worker.js (dist/); from TypeScript sources we run in-thread
  if (jobs <= 1 || paths.length < 2 || !existsSync(WORKER)) {
    for (const p of paths) yield await extractFile(p, root);
    return;
  }
  const workers = Array.from({ length: Math.min(jobs, paths.length) }, () => new Worker(WORKER, { resourceLimits: WORKER_LIMITS }));
  const done = new Map<number, FileResult>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let next = 0;
  const AHEAD = jobs * 4; // bounded read-ahead keeps memory flat
  let emitted = 0;
  const send = (w: Worker) => {
    if (next >= paths.length || next - emitted >= AHEAD) { idle.push(w); return; }
    const seq = next++;
    w.postMessage({ seq, path: paths[seq], root });
  };
  const idle: Worker[] = [];
  for (const w of workers) {
    w.on('message', (m: { seq: number; result?: FileResult; error?: string }) => {
      if (m.error) failure = new Error(`worker failed on ${paths[m.seq]}: ${m.error}`);
      else done.set(m.seq, m.result!);
      send(w);
      wake?.();
    });
    w.on('error', (err) => { failure = err; wake?.(); });
    send(w);
  }
  try {
    while (emitted < paths.length) {
      if (failure) throw failure;
      const r = done.get(emitted);
      if (!r) { await new Promise<void>((res) => { wake = res; }); wake = null; continue; }
      done.delete(emitted);
      emitted++;
      while (idle.length && next < paths.length && next - emitted < AHEAD) send(idle.shift()!);
      yield r;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
