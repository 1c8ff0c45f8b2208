import type { FactstoreConfig } from '../../src/core/config/config.js';
import { configFromValue } from '../../src/core/config/load-config.js';
import type { AppContext } from './app-context.js';

export const CONFIG_FILE = 'factstore.yml';

/** The repository's `.github/factstore.yml` (Probot's lookup, `_extends` included), validated; undefined when there is none. */
export async function readConfig(context: AppContext): Promise<FactstoreConfig | undefined> {
  const value = await context.config(CONFIG_FILE);
  if (value === null || value === undefined) return undefined;
  return configFromValue(value, `.github/${CONFIG_FILE}`);
}
