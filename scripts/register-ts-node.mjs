// Lets `node --import ./scripts/register-ts-node.mjs x.ts` run TypeScript on Node 20 ESM
// (plain `npx ts-node` fails there with ERR_UNKNOWN_FILE_EXTENSION).
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
register('ts-node/esm', pathToFileURL('./'));
