import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FactstoreError } from '../errors.js';
import { findUp } from '../package/find-up.js';

const WORKER = join('jq-worker', 'index.js');

/**
 * The bundled jq worker (`dist/jq-worker/index.js`). From a bundle (`dist/<entry>/index.js`) it is a
 * sibling folder; from the sources (tests) it is under the package's `dist/`, which the build makes.
 */
export function locateJqWorker(from: string = fileURLToPath(import.meta.url)): string {
  const found = findUp(from, [WORKER, join('dist', WORKER)]);
  if (found !== undefined) return found;
  throw new FactstoreError(
    'INTERNAL',
    `factstore: the jq worker (${WORKER}) is missing above ${from}: rebuild with npm run build, or reinstall the package.`,
  );
}
