import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// src/ and dist/src/ sit at different depths, so find the package root by walking up to
// package.json rather than by relative paths from this module.
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schemas'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('casualty-claims: cannot find the package root (package.json with schemas/)');
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot();
export const SCHEMA_DIR = join(PACKAGE_ROOT, 'schemas');
export const LEXICON_DIR = join(PACKAGE_ROOT, 'data', 'lexicon');
