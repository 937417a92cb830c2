import type { Argv, CommandModule } from 'yargs';
import { EXPORT_FORMATS, exportDataset, type ExportFormat } from '../../export/export-dataset.js';
import { UsageError } from '../exit.js';

interface Args { dataset: string; to: ExportFormat; out: string; excel: boolean; 'review-date'?: string; reviewer?: string }

export const exportCommand: CommandModule<object, Args> = {
  command: 'export <dataset>',
  describe: 'Export a dataset: jsonl, csv (--excel for spreadsheets), acled, ucdp, parquet, claimreview (after check)',
  builder: (y: Argv) =>
    y
      .positional('dataset', { type: 'string', demandOption: true, describe: 'Dataset folder made by build' })
      .option('to', { choices: EXPORT_FORMATS, demandOption: true, describe: 'Format' })
      .option('out', { type: 'string', demandOption: true, describe: 'Output file (written atomically)' })
      .option('excel', { type: 'boolean', default: false, describe: 'With --to csv: UTF-8 BOM, CRLF, formula-looking text cells neutralised' })
      .option('review-date', { type: 'string', describe: 'With --to claimreview: the review date (default: the latest publication date in the dataset)' })
      .option('reviewer', { type: 'string', describe: 'With --to claimreview: the reviewing organisation (default: casualty-claims)' }) as unknown as Argv<Args>,
  handler: async (argv) => {
    if (argv.excel && argv.to !== 'csv') throw new UsageError('--excel applies to --to csv only');
    if (argv['review-date'] && !/^\d{4}-\d{2}-\d{2}$/.test(argv['review-date'])) throw new UsageError('--review-date must be YYYY-MM-DD');
    const r = await exportDataset(argv.dataset, argv.to, argv.out, { excel: argv.excel, reviewDate: argv['review-date'], reviewer: argv.reviewer });
    process.stderr.write(`${argv.out}: ${r.rows} row(s) (${argv.to})\n`);
  },
};
