import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FactstoreError } from '../errors.js';

const WORKER = join('jq-worker', 'index.js');

/**
 * The bundled jq worker (`dist/jq-worker/index.js`). From a bundle (`dist/<entry>/index.js`) it is a
 * sibling folder; from the sources (tests) it is under the package's `dist/`, which the build makes.
 */
export function locateJqWorker(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    for (const candidate of [join(dir, WORKER), join(dir, 'dist', WORKER)]) {
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new FactstoreError(
    'INTERNAL',
    `factstore: the jq worker (${WORKER}) is missing above ${from}: rebuild with npm run build, or reinstall the package.`,
  );
}
