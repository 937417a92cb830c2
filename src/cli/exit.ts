// Exit codes and the one place that maps errors to them.
import { DataError, formatProblem } from '../records/problems.js';

export const EXIT = { ok: 0, invalidData: 1, usage: 2, internal: 3 } as const;

export class UsageError extends Error {
  constructor(message: string) { super(message); this.name = 'UsageError'; }
}

export function reportError(err: unknown, debug: boolean): number {
  if (err instanceof UsageError) {
    process.stderr.write(`casualty-claims: ${err.message}\nRun with --help for usage.\n`);
    return EXIT.usage;
  }
  if (err instanceof DataError) {
    for (const p of err.problems) process.stderr.write(`${formatProblem(p)}\n`);
    return EXIT.invalidData;
  }
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT' || e?.code === 'EACCES' || e?.code === 'EISDIR') {
    process.stderr.write(`casualty-claims: ${e.path ?? ''}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : 'permission denied'}\n`);
    return EXIT.invalidData;
  }
  if (debug) process.stderr.write(`${(e as Error)?.stack ?? String(err)}\n`);
  else {
    process.stderr.write(`casualty-claims: internal error: ${(e as Error)?.message?.split('\n')[0] ?? String(err)}\n` +
      'This is a bug. Rerun with --debug for the stack trace and report it with the command and input that caused it.\n');
  }
  return EXIT.internal;
}
