import { maskSecret } from '../secrets.js';
import { optionalInput } from './input-reader.js';
import type { StoreInputs } from './store-inputs.js';

/** The token that reads the reviewed config of the workflow's repository (assert, gate). */
export interface ConfigTokenInputs {
  configToken: string | undefined;
  /** the input it came from, named in errors */
  configTokenInput: 'config-token' | 'token';
}

/**
 * `config-token` (default the workflow's github.token), else `token`: the facts `token` may be
 * scoped to a facts repository elsewhere, while the config lives in the workflow's repository.
 */
export function readConfigToken(store: StoreInputs): ConfigTokenInputs {
  const given = optionalInput('config-token');
  if (given !== undefined) {
    maskSecret(given);
    return { configToken: given, configTokenInput: 'config-token' };
  }
  return { configToken: store.token, configTokenInput: 'token' };
}
