import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FactstoreError } from '../errors.js';
import { findUp } from '../package/find-up.js';

/**
 * The package's `frameworks/` folder, found upwards from this module as `schemas/` is (see
 * schema-files.ts): the same code runs from `src/core/frameworks/` and from a bundle in `dist/<entry>/`.
 */
export function findFrameworksDir(): string {
  const found = findUp(fileURLToPath(import.meta.url), [join('frameworks', 'catalogues')]);
  if (found !== undefined) return dirname(found);
  throw new FactstoreError(
    'INTERNAL',
    `factstore: cannot find the frameworks/ folder above ${fileURLToPath(import.meta.url)}: ` +
      'the installation is incomplete; reinstall factstore (its package ships frameworks/).',
  );
}
