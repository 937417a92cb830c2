// Every output is written to a temporary file beside its target and renamed into place, so an
// interrupted run leaves the previous file intact and no half-written file under the real name.
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
}

/** Writes chunks to target atomically. Respects backpressure, so memory stays flat. */
export async function writeAtomic(target: string, chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
  const tmp = tempPathFor(target);
  const out = createWriteStream(tmp, { encoding: 'utf8' });
  try {
    for await (const chunk of chunks) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    renameSync(tmp, target);
  } catch (err) {
    out.destroy();
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Writes to stdout (for '-') or atomically to a file. */
export async function writeOutput(target: string | undefined, chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
  if (!target || target === '-') {
    for await (const chunk of chunks) {
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    }
    return;
  }
  await writeAtomic(target, chunks);
}
