import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = process.cwd();
export const SHARED = join(ROOT, '..', 'shared', 'corpus');
export const RAQQA = join(SHARED, 'articles', 'raqqa-2016-08-11.txt');
/** The bundled copy (data/sample) is used when ../shared is not beside the checkout. */
export const RAQQA_BUNDLED = join(ROOT, 'data', 'sample', 'raqqa-2016-08-11.txt');
export const raqqaPath = () => (existsSync(RAQQA) ? RAQQA : RAQQA_BUNDLED);
export const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
