import { formatErrors, type ValidationError } from './format-errors.js';
import { DIALECT_META, schemaDialect, userAjv } from './user-schema.js';

/**
 * Checks that `schema` is a JSON Schema a type's evidence can be validated with (draft 2020-12,
 * or draft-07 when its `$schema` says so), without compiling it. Paths are relative to the schema.
 */
export function checkJsonSchema(schema: unknown): ValidationError[] {
  const dialect = schemaDialect(schema);
  if (dialect === undefined) {
    return [
      {
        path: '/$schema',
        message: `names a dialect Factstore does not read: use "${DIALECT_META['2020-12']}" (the default) or "${DIALECT_META['draft-07']}#"`,
      },
    ];
  }
  const ajv = userAjv(dialect);
  if (ajv.validateSchema(schema as object) === true) return [];
  const meta = ajv.getSchema(DIALECT_META[dialect])?.schema;
  return formatErrors(ajv.errors ?? [], (meta ?? {}) as Record<string, unknown>);
}
