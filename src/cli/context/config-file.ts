import { readFile } from 'node:fs/promises';
import type { FactstoreConfig } from '../../core/config/config.js';
import { parseConfig } from '../../core/config/load-config.js';
import { FactstoreError } from '../../core/errors.js';

/** Reads and validates the config file; `undefined` when there is none. */
export async function readConfigFile(file: string): Promise<FactstoreConfig | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new FactstoreError('CONFIG', `cannot read the config file ${file} (${code ?? String(e)}): check the path given to --config.`, { cause: e });
  }
  return parseConfig(text, file);
}

export function missingConfig(file: string): FactstoreError {
  return new FactstoreError(
    'CONFIG',
    `no config file at ${file}: run \`factstore init\` to write a starter config there, or point --config at yours.`,
  );
}
