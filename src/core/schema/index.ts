export { validatorFor } from './validator-for.js';
export { checkJsonSchema } from './check-json-schema.js';
export { validate, validateFact, assertValid, assertValidFact, invalidMessage, type ValidationResult } from './validate.js';
export { formatErrors, renderErrors, type ValidationError } from './format-errors.js';
export { findSchemasDir, readSchemaFile, useSchemasDir } from './schema-files.js';
