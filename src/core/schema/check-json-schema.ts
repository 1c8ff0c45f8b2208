import { formatErrors, type ValidationError } from './format-errors.js';
import { sharedAjv } from './shared-ajv.js';

/**
 * Checks that `schema` is a JSON Schema (draft 2020-12) a type's evidence can be validated
 * with, without compiling or registering it. Paths are relative to the schema itself.
 */
export function checkJsonSchema(schema: unknown): ValidationError[] {
  const ajv = sharedAjv();
  if (ajv.validateSchema(schema as object) === true) return [];
  const meta = ajv.getSchema('https://json-schema.org/draft/2020-12/schema')?.schema;
  return formatErrors(ajv.errors ?? [], (meta ?? {}) as Record<string, unknown>);
}
