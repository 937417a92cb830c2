import type { Argv, CommandModule } from 'yargs';
// jobs load when their command runs: the CLI does not load what other commands need
const job = () => import('../../jobs/check-job.js');
import type { ReferenceFormat } from '../../reconcile/check.js';

interface Args { dataset: string; reference: string; 'reference-format': ReferenceFormat }

export const checkCommand: CommandModule<object, Args> = {
  command: 'check <dataset>',
  describe: 'Compare each claim with a reference dataset (ACLED or UCDP GED layout, or a claims table) and write checks.csv with verdicts and explanations',
  builder: (y: Argv) =>
    y
      .positional('dataset', { type: 'string', demandOption: true, describe: 'Dataset folder (updated in place, atomically)' })
      .option('reference', { type: 'string', demandOption: true, describe: 'Reference CSV' })
      .option('reference-format', { choices: ['acled', 'ucdp', 'claims'] as const, demandOption: true, describe: 'Layout of the reference CSV' })
      .example('$0 check out/multi --reference data/reference/acled-sample.csv --reference-format acled', 'Check the sample claims against an ACLED-layout file') as unknown as Argv<Args>,
  handler: async (argv) => {
    const counts = await (await job()).runCheck(argv.dataset, argv.reference, argv['reference-format']);
    process.stderr.write(`${argv.dataset}: checks.csv: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ') || 'no checkable claims'}\n`);
  },
};
