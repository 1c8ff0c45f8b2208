import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FactstoreError } from '../errors.js';
import { findUp } from '../package/find-up.js';

/**
 * Sigstore's public-good trusted root as pinned in the package (`sigstore/trusted_root.json`, its
 * source in the README beside it), found upwards from this module as schemas/ is.
 */
export function defaultTrustedRoot(): unknown {
  const file = findUp(fileURLToPath(import.meta.url), [join('sigstore', 'trusted_root.json')]);
  if (file === undefined) {
    throw new FactstoreError('INTERNAL', 'cannot find sigstore/trusted_root.json of the factstore package: reinstall factstore, or set intoto.sigstore.trusted_root in the config.');
  }
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}
