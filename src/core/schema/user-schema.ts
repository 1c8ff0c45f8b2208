import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The JSON Schema dialects a type's `schema` may be written in. */
export type SchemaDialect = '2020-12' | 'draft-07';

export const DIALECT_META: Record<SchemaDialect, string> = {
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
  'draft-07': 'http://json-schema.org/draft-07/schema',
};

/** The dialect `$schema` names (none: 2020-12); undefined for a dialect Factstore does not take. */
export function schemaDialect(schema: unknown): SchemaDialect | undefined {
  const declared = typeof schema === 'object' && schema !== null ? (schema as { $schema?: unknown }).$schema : undefined;
  if (declared === undefined) return '2020-12';
  if (typeof declared !== 'string') return undefined;
  const id = declared.replace(/^https?:\/\//, '').replace(/#$/, '');
  if (id === 'json-schema.org/draft/2020-12/schema') return '2020-12';
  if (id === 'json-schema.org/draft-07/schema') return 'draft-07';
  return undefined;
}

const instances: Partial<Record<SchemaDialect, Ajv | Ajv2020>> = {};

/**
 * Validators for schemas users write: every error reported (allErrors), unknown keywords such as
 * `examples` or `x-owner` tolerated (strict off), made on first use.
 */
export function userAjv(dialect: SchemaDialect): Ajv | Ajv2020 {
  let ajv = instances[dialect];
  if (ajv === undefined) {
    const options = { allErrors: true, verbose: true, strict: false, logger: false as const };
    ajv = dialect === '2020-12' ? new Ajv2020(options) : new Ajv(options);
    addFormats.default(ajv);
    instances[dialect] = ajv;
  }
  return ajv;
}

const compiled = new WeakMap<object, ValidateFunction>();

/** Compiles (once per schema object) a user schema; throws what ajv throws for one it cannot compile. */
export function compileUserSchema(schema: Record<string, unknown>, dialect: SchemaDialect): ValidateFunction {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = userAjv(dialect).compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
