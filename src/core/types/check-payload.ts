import { FactstoreError, badInput } from '../errors.js';
import { formatErrors, renderErrors } from '../schema/format-errors.js';
import { compileUserSchema, schemaDialect } from '../schema/user-schema.js';

/**
 * Validates an evidence payload (a parsed summary, or a JSON document) against the type's JSON
 * Schema. Every failing path is listed; a schema that cannot be compiled is the config's fault.
 */
export function checkPayload(typeName: string, schema: Record<string, unknown>, payload: unknown, evidenceName: string): void {
  const dialect = schemaDialect(schema);
  if (dialect === undefined) {
    throw new FactstoreError('CONFIG', `the schema of type ${typeName} names a dialect Factstore does not read: fix types.${typeName}.schema.$schema (2020-12 or draft-07).`);
  }
  let validate;
  try {
    validate = compileUserSchema(schema, dialect);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new FactstoreError('CONFIG', `the schema of type ${typeName} cannot be compiled (${why}): fix types.${typeName}.schema in the config.`, { cause: e });
  }
  if (validate(payload) === true) return;
  const errors = formatErrors(validate.errors ?? [], schema);
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  throw badInput(
    `evidence ${evidenceName} does not satisfy the schema of type ${typeName} (${count}):\n${renderErrors(errors)}\n` +
      'Attach the report the type expects, or fix the type\'s schema in the config.',
  );
}
