#!/usr/bin/env node
// The command line: yargs parses flags, each command calls one job, errors map to exit codes
// (0 ok, 1 invalid data, 2 usage, 3 internal error).
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { reconcileCommand } from './commands/reconcile.js';
import { exportCommand } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { validateCommand } from './commands/validate.js';
import { EXIT, reportError, UsageError } from './exit.js';
import { EXTRACTOR_VERSION } from '../extract/stages/to-claims.js';

// a closed pipe (`extract ... | head`) ends the run quietly, as Unix tools do
process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(0); throw err; });

const argv = hideBin(process.argv);
const debug = argv.includes('--debug');

try {
  await yargs(argv)
    .scriptName('casualty-claims')
    .usage('$0 <command> [options]\n\nExtract, validate and export numerical casualty claims from news text.')
    .command(extractCommand)
    .command(validateCommand)
    .command(buildCommand)
    .command(exportCommand)
    .command(reconcileCommand)
    .command(checkCommand)
    .option('debug', { type: 'boolean', default: false, describe: 'Print stack traces of internal errors' })
    .demandCommand(1, 'Name a command.')
    .strict()
    .version(EXTRACTOR_VERSION)
    .help()
    .wrap(Math.min(110, process.stdout.columns || 110))
    .fail((msg, err) => {
      if (err) throw err;
      throw new UsageError(msg);
    })
    .parseAsync();
} catch (err) {
  process.exitCode = reportError(err, debug);
}
void EXIT;
