import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Argv, CommandModule } from 'yargs';
import cliProgress from 'cli-progress';
// jobs load when their command runs: the CLI does not load what other commands need
const job = () => import('../../build/build-dataset.js');
import { formatProblem } from '../../records/problems.js';
import { EXIT, UsageError } from '../exit.js';

interface Args { corpus: string; out: string; strict: boolean; quiet: boolean; jobs: number }

export const buildCommand: CommandModule<object, Args> = {
  command: 'build <corpus>',
  describe: 'Build a dataset folder (claims.csv, documents.csv, claims.jsonl, datapackage.json, CODEBOOK.md, manifest.json) from a folder of articles (.txt + .meta.json, .md, .html, .jsonl), recursively',
  builder: (y: Argv) =>
    y
      .positional('corpus', { type: 'string', demandOption: true, describe: 'Corpus folder' })
      .option('out', { type: 'string', demandOption: true, describe: 'Dataset folder to write (replaced only when the build completes)' })
      .option('strict', { type: 'boolean', default: false, describe: 'Fail, writing nothing, if any input has a problem' })
      .option('quiet', { type: 'boolean', default: false, describe: 'No progress bar and no per-problem messages' })
      .option('jobs', { type: 'number', default: availableParallelism(), describe: 'Worker threads (default: the number of cores); the output is the same for any value' })
      .example('$0 build data/sample --out out/sample', 'Build the bundled sample dataset') as unknown as Argv<Args>,
  handler: async (argv) => {
    if (!existsSync(argv.corpus) || !statSync(argv.corpus).isDirectory()) throw new UsageError(`${argv.corpus} is not a folder`);
    // a progress bar on a terminal only: pipes and CI logs stay clean
    const bar = !argv.quiet && process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr, format: 'build [{bar}] {value}/{total} files {file}', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
    let started = false;
    const summary = await (await job()).buildDataset({
      corpus: argv.corpus,
      out: argv.out,
      strict: argv.strict,
      jobs: Math.max(1, Math.floor(argv.jobs)),
      onProblem: (p) => { if (!argv.quiet) { bar?.stop(); process.stderr.write(`${formatProblem(p)}\n`); started = false; } },
      onProgress: (done, total, file) => {
        if (!bar) return;
        if (!started) { bar.start(total, done, { file: '' }); started = true; }
        bar.update(done, { file: file.split(/[\\/]/).pop() ?? '' });
      },
    });
    bar?.stop();
    const skipped = summary.problems.length;
    if (!summary.written) {
      process.stderr.write(`casualty-claims: --strict: ${skipped} problem(s); nothing written to ${argv.out}\n`);
      process.exitCode = EXIT.invalidData;
      return;
    }
    process.stderr.write(`${argv.out}: ${summary.documents} document(s), ${summary.claims} claim(s) from ${summary.files} file(s)${skipped ? `; ${skipped} problem(s), ${summary.skippedFiles} file(s) skipped (see manifest.json)` : ''}\n`);
    if (skipped) process.exitCode = EXIT.invalidData;
  },
};
