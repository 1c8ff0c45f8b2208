import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FactstoreError } from '../errors.js';
import { findUp } from '../package/find-up.js';

/** Every schema's `$id` is this prefix + `<name>.schema.json`, so a `$ref` between files resolves by name. */
export const SCHEMA_ID_BASE = 'https://factstore.dev/schemas/';

const SCHEMA_NAME = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

let schemasDir: string | undefined;

/** Points the loader at another `schemas/` folder (an embedding with its own layout, or a test). */
export function useSchemasDir(dir: string): void {
  schemasDir = dir;
}

/**
 * The package's `schemas/` folder. Searched upwards from this module because the same code runs
 * from `src/core/schema/` (tests, tsx) and from a bundle in `dist/<entry>/` (ncc keeps
 * `import.meta.url` pointing at the bundle): both have the package root a few levels up.
 */
export function findSchemasDir(): string {
  if (schemasDir !== undefined) return schemasDir;
  const found = findUp(fileURLToPath(import.meta.url), [join('schemas', 'fact.schema.json')]);
  if (found !== undefined) {
    schemasDir = dirname(found);
    return schemasDir;
  }
  throw new FactstoreError(
    'INTERNAL',
    `factstore: cannot find the schemas/ folder above ${fileURLToPath(import.meta.url)}: ` +
      'the installation is incomplete; reinstall factstore (its package ships schemas/).',
  );
}

/** Reads `schemas/<name>.schema.json`; `name` is like `fact`, `config` or `cli/assert`. */
export function readSchemaFile(name: string): Record<string, unknown> {
  if (!SCHEMA_NAME.test(name)) {
    throw new FactstoreError('INTERNAL', `factstore: ${JSON.stringify(name)} is not a schema name (expected e.g. fact or cli/assert).`);
  }
  const file = join(findSchemasDir(), `${name}.schema.json`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new FactstoreError('INTERNAL', `factstore: no schema named ${name}: ${file} is missing.`, { cause });
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (cause) {
    throw new FactstoreError('INTERNAL', `factstore: ${file} is not valid JSON; fix the schema file.`, { cause });
  }
}

/** `https://factstore.dev/schemas/cli/assert.schema.json#/x` → `cli/assert`; anything else → undefined. */
export function schemaNameOfId(id: string): string | undefined {
  const bare = id.split('#')[0] ?? '';
  if (!bare.startsWith(SCHEMA_ID_BASE) || !bare.endsWith('.schema.json')) return undefined;
  return bare.slice(SCHEMA_ID_BASE.length, -'.schema.json'.length);
}
