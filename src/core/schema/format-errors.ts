import type { ErrorObject } from 'ajv/dist/2020.js';

export interface ValidationError {
  /** JSON pointer of the offending value, e.g. `/flows/payment-service/require/0` ('' = the whole document) */
  path: string;
  /** what is wrong and what is expected */
  message: string;
}

type SchemaNode = Record<string, unknown>;

/** Keywords whose failure is only a summary of failures already reported beneath them. */
const SUMMARY_KEYWORDS = new Set(['if', 'propertyNames', 'anyOf', 'oneOf', 'allOf', '$ref']);

/**
 * Turns ajv's errors into one entry per bad path, each saying what to fix. `root` is the schema
 * that was validated against, used to list the keys a `$ref`-composed object allows.
 */
export function formatErrors(errors: readonly ErrorObject[], root: SchemaNode): ValidationError[] {
  const group = alternativeGroups(errors);
  const byKey = new Map<string, ValidationError>();
  errors.forEach((error, i) => {
    if (SUMMARY_KEYWORDS.has(error.keyword) && errors.length > 1) return;
    const path = pathOf(error);
    const message = messageOf(error, root);
    const key = `${path}\n${group[i] ?? message}`;
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, { path, message });
    else if (!seen.message.split(' or ').includes(message)) seen.message = `${seen.message} or ${message}`;
  });
  return [...byKey.values()];
}

/**
 * ajv reports the failed alternatives of an anyOf/oneOf just before the anyOf/oneOf error itself,
 * at or under its path: those read as one "X or Y" problem, so each gets its group's index.
 */
function alternativeGroups(errors: readonly ErrorObject[]): (number | undefined)[] {
  const group: (number | undefined)[] = errors.map(() => undefined);
  errors.forEach((error, i) => {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') return;
    for (let j = i - 1; j >= 0 && group[j] === undefined; j--) {
      const path = errors[j]?.instancePath ?? '';
      if (path !== error.instancePath && !path.startsWith(`${error.instancePath}/`)) break;
      group[j] = i;
    }
  });
  return group;
}

/** Renders errors as the indented list used in every "is invalid" message. */
export function renderErrors(errors: readonly ValidationError[]): string {
  return errors.map((e) => `  - ${e.path === '' ? '/' : e.path}: ${e.message}`).join('\n');
}

function pointerSegment(key: string): string {
  return `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function pathOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const child =
    (error as { propertyName?: string }).propertyName ??
    stringParam(params, 'missingProperty') ??
    stringParam(params, 'additionalProperty') ??
    stringParam(params, 'unevaluatedProperty');
  return child === undefined ? error.instancePath : error.instancePath + pointerSegment(child);
}

function stringParam(params: Record<string, unknown>, name: string): string | undefined {
  const value = params[name];
  return typeof value === 'string' ? value : undefined;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function messageOf(error: ErrorObject, root: SchemaNode): string {
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  const description = typeof parent.description === 'string' ? parent.description : undefined;
  // Long descriptions document whole objects; only short ones read well after a type error.
  const hint = description === undefined || description.length > 120 ? '' : `: expected ${description}`;
  switch (error.keyword) {
    case 'required':
      return `is missing: add it${describeProperty(parent, stringParam(params, 'missingProperty'))}`;
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return `is not allowed here: remove it or fix its spelling (allowed: ${allowedKeys(parent, root).join(', ')})`;
    case 'pattern':
    case 'format':
      return `${show(error.data)} is not valid: ${description === undefined ? (error.message ?? 'malformed') : `expected ${description}`}`;
    case 'enum':
      return `${show(error.data)} is not allowed: use one of ${(params.allowedValues as unknown[]).map(show).join(', ')}`;
    case 'const':
      return `${show(error.data)} is not allowed: use ${show(params.allowedValue)}`;
    case 'minLength':
      return params.limit === 1 ? `must not be empty${hint}` : `must be at least ${String(params.limit)} characters${hint}`;
    case 'maxLength':
      return `is ${String((error.data as string).length)} characters long: the limit is ${String(params.limit)}`;
    case 'minItems':
    case 'minProperties':
      return `must have at least ${String(params.limit)} ${params.limit === 1 ? 'entry' : 'entries'}${hint}`;
    case 'uniqueItems':
      return `lists ${show((error.data as unknown[])[Number(params.j)])} twice: remove the repeat`;
    case 'type':
      return `must be ${jsonType(params.type)}, not ${jsonType(typeOf(error.data))}${hint}`;
    default:
      return `${error.message ?? 'is invalid'}${hint}`;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function jsonType(type: unknown): string {
  const names: Record<string, string> = {
    object: 'an object (key: value pairs)',
    array: 'a list',
    string: 'a text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    null: 'null',
  };
  return Array.isArray(type) ? type.map(jsonType).join(' or ') : (names[String(type)] ?? String(type));
}

function describeProperty(parent: SchemaNode, key: string | undefined): string {
  const properties = parent.properties as Record<string, SchemaNode> | undefined;
  const description = key === undefined ? undefined : properties?.[key]?.description;
  return typeof description === 'string' ? ` (${description})` : '';
}

/** Keys of the object schema, including those of a local `$ref` it is composed with. */
function allowedKeys(parent: SchemaNode, root: SchemaNode): string[] {
  const keys = Object.keys((parent.properties as SchemaNode | undefined) ?? {});
  const ref = parent.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    const target = resolvePointer(root, ref.slice(1));
    if (target !== undefined) keys.push(...allowedKeys(target, root));
  }
  return [...new Set(keys)];
}

function resolvePointer(root: SchemaNode, pointer: string): SchemaNode | undefined {
  let node: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as SchemaNode)[key];
  }
  return node !== null && typeof node === 'object' ? (node as SchemaNode) : undefined;
}
