import type { Argv, CommandModule } from 'yargs';
import { statSync } from 'node:fs';
import { runValidate, type TableKind } from '../../jobs/validate-job.js';
import { validateDataset } from '../../jobs/validate-dataset.js';
import { formatProblem, type Problem } from '../../records/problems.js';
import { EXIT } from '../exit.js';

interface Args { file: string; table?: TableKind; format: 'text' | 'json'; 'max-errors': number }

export const validateCommand: CommandModule<object, Args> = {
  command: 'validate <file>',
  describe: 'Validate a dataset folder (every table, ids, foreign keys, datapackage.json) or one claims / totals CSV; prints FILE:LINE:COLUMN for each problem',
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'Dataset folder, CSV file, or - for stdin' })
      .option('table', { choices: ['claims', 'totals'] as const, describe: 'Which table the file is (default: guessed from the header)' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Problem output: text lines or JSON Lines' })
      .option('max-errors', { type: 'number', default: 100, describe: 'Print at most N problems (0: no limit)' }) as unknown as Argv<Args>,
  handler: async (argv) => {
    let shown = 0;
    const max = argv['max-errors'] > 0 ? argv['max-errors'] : Infinity;
    const print = (p: Problem) => {
      if (shown++ >= max) return;
      process.stdout.write(argv.format === 'json' ? `${JSON.stringify(p)}\n` : `${formatProblem(p)}\n`);
    };
    // yargs turns a lone "-" into an empty string
    const file = argv.file === '' ? '-' : argv.file;
    let problems: number;
    if (file !== '-' && statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      const summary = await validateDataset(file, print);
      problems = summary.problems;
      process.stderr.write(`${file}: ${Object.entries(summary.rows).map(([t, n]) => `${t} ${n} valid row(s)`).join(', ')}, ${problems} problem(s)\n`);
    } else {
      const summary = await runValidate(file, print, argv.table);
      problems = summary.problems;
      process.stderr.write(`${file}: ${summary.rows} valid ${summary.kind} row(s), ${problems} problem(s)\n`);
    }
    if (problems > max) process.stdout.write(`... and ${problems - max} more problem(s)\n`);
    if (problems) process.exitCode = EXIT.invalidData;
  },
};
