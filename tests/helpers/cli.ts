import { spawnSync } from 'node:child_process';
import { CLI } from './paths.js';

export interface Run { code: number | null; stdout: string; stderr: string }

/** Runs the built CLI (dist/) as a real subprocess. */
export function runCli(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
