import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import { FactstoreError } from '../errors.js';
import { readSchemaFile, SCHEMA_ID_BASE, schemaNameOfId } from './schema-files.js';
import { sharedAjv } from './shared-ajv.js';

const compiled = new Map<string, ValidateFunction>();
const added = new Set<string>();

/**
 * The compiled validator of `schemas/<name>.schema.json` (`fact`, `config`, `cli/assert`, …),
 * compiled once and only when first asked for. Schemas it `$ref`s by URL or relative path are
 * loaded from the same folder.
 */
export function validatorFor(name: string): ValidateFunction {
  const cached = compiled.get(name);
  if (cached !== undefined) return cached;
  const instance = sharedAjv();
  addWithReferences(instance, name);
  const validate = instance.getSchema(idOf(name));
  if (validate === undefined) {
    throw new FactstoreError('INTERNAL', `factstore: schema ${name} did not compile.`);
  }
  compiled.set(name, validate);
  return validate;
}

function idOf(name: string): string {
  return `${SCHEMA_ID_BASE}${name}.schema.json`;
}

function addWithReferences(instance: Ajv2020, name: string): void {
  if (added.has(name)) return;
  const schema = readSchemaFile(name);
  const id = idOf(name);
  if (schema.$id !== id) {
    throw new FactstoreError('INTERNAL', `factstore: schemas/${name}.schema.json must have "$id": "${id}".`);
  }
  instance.addSchema(schema);
  added.add(name);
  for (const ref of referencesOf(schema)) {
    const target = schemaNameOfId(new URL(ref, id).href);
    if (target !== undefined && target !== name) addWithReferences(instance, target);
  }
}

function referencesOf(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const item of node) referencesOf(item, found);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) found.push(value);
      else referencesOf(value, found);
    }
  }
  return found;
}
