// Streams CSV rows out of text chunks with papaparse, each row with the line it starts on.
// papaparse gives row indices, not line numbers, so lines are counted here: a row spans
// 1 + (line breaks inside its quoted cells) lines.
import Papa from 'papaparse';
import { Readable } from 'node:stream';
import { problem, type Problem, DataError } from '../records/problems.js';

export interface CsvRow {
  cells: string[];
  line: number;
  problems: Problem[];
}

function newlinesIn(cells: string[]): number {
  let n = 0;
  for (const c of cells) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) n++;
  return n;
}

const HIGH_WATER = 2000;
const NO_PROBLEMS: Problem[] = []; // shared by every clean row (never mutated)

/** Rows in batches (one await per batch, not per row: validation of a million rows stays fast). */
export async function* parseCsvBatches(chunks: AsyncIterable<string>, file: string): AsyncGenerator<CsvRow[]> {
  const iterator = chunks[Symbol.asyncIterator]();
  // Peek the first chunk to fix the line terminator: papaparse guesses it once from the first
  // chunk and mixed guesses confuse it.
  const firstResult = await iterator.next();
  if (firstResult.done) return;
  const firstChunk = firstResult.value;
  const nl = firstChunk.indexOf('\n');
  const newline = nl > 0 && firstChunk[nl - 1] === '\r' ? '\r\n' : '\n';
  async function* rest() {
    yield firstChunk;
    for (;;) {
      const r = await iterator.next();
      if (r.done) return;
      yield r.value;
    }
  }
  // strings pass through as they are (objectMode): no second trip through a Buffer and a decoder
  const stream = Readable.from(rest(), { objectMode: true });

  const queue: CsvRow[] = [];
  let done = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  let parserRef: Papa.Parser | null = null;
  let paused = false;
  let line = 1;
  const notify = () => { const w = wake; wake = null; w?.(); };

  Papa.parse(stream as unknown as NodeJS.ReadableStream as any, {
    delimiter: ',',
    newline,
    quoteChar: '"',
    skipEmptyLines: false,
    step(results: Papa.ParseStepResult<string[]>, parser: Papa.Parser) {
      parserRef = parser;
      const cells = results.data;
      const problems = results.errors.length === 0 ? NO_PROBLEMS : results.errors.map((e) =>
        problem('quote-error', file, line, 0, `${e.message} (papaparse ${e.code})`),
      );
      queue.push({ cells, line, problems });
      line += 1 + newlinesIn(cells);
      if (queue.length >= HIGH_WATER && !paused) { paused = true; parser.pause(); }
      notify();
    },
    complete() { done = true; notify(); },
    error(err: Error) { failure = err; done = true; notify(); },
  } as Papa.ParseConfig<string[]> as any);
  stream.on('error', (err) => { failure = err; done = true; notify(); });

  for (;;) {
    if (queue.length) {
      // take the whole batch at once (Array.shift is O(n) per call)
      const batch = queue.splice(0, queue.length);
      if (paused) { paused = false; (parserRef as Papa.Parser | null)?.resume(); }
      yield batch;
      continue;
    }
    if (failure) {
      if (failure instanceof DataError) throw failure;
      throw new DataError([problem('io-error', file, line, 0, String((failure as Error).message ?? failure))]);
    }
    if (done) return;
    await new Promise<void>((resolve) => { wake = resolve; });
  }
}

export async function* parseCsv(chunks: AsyncIterable<string>, file: string): AsyncGenerator<CsvRow> {
  for await (const batch of parseCsvBatches(chunks, file)) yield* batch;
}
