import type { Argv, CommandModule } from 'yargs';
// jobs load when their command runs: the CLI does not load what other commands need
const job = () => import('../../jobs/reconcile-job.js');

interface Args { dataset: string }

export const reconcileCommand: CommandModule<object, Args> = {
  command: 'reconcile <dataset>',
  describe: 'Group the claims of a dataset into incidents across documents and sources (incidents.csv, incident_id on each claim), with low/best/high across sources',
  builder: (y: Argv) => y.positional('dataset', { type: 'string', demandOption: true, describe: 'Dataset folder made by build (updated in place, atomically)' }) as unknown as Argv<Args>,
  handler: async (argv) => {
    const r = await (await job()).runReconcile(argv.dataset);
    process.stderr.write(`${argv.dataset}: ${r.incidents} incident(s) from ${r.claims} claim(s)\n`);
  },
};
