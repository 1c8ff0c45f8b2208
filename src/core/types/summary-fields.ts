import type { TypeConfig } from '../config/config.js';
import type { EvidenceFormat } from '../evidence/types.js';
import { inputPaths } from '../jq/input-paths.js';
import { readSchemaFile } from '../schema/schema-files.js';

type Schema = Record<string, unknown>;

let summaries: Schema | undefined;

/**
 * The schema of the summary a format yields (schemas/evidence-summary.schema.json), references
 * resolved; undefined for `json`, whose type's schema and jq judge the document itself.
 */
export function summarySchema(format: EvidenceFormat): Schema | undefined {
  summaries ??= readSchemaFile('evidence-summary');
  const defs = summaries.$defs as Record<string, Schema>;
  return format === 'json' ? undefined : resolve(defs[format], defs);
}

/** The fields a format's summary has, in the schema's order; undefined for `json`. */
export function summaryFields(format: EvidenceFormat): string[] | undefined {
  const schema = summarySchema(format);
  return schema === undefined ? undefined : Object.keys(schema.properties as Schema);
}

/**
 * What a type reads that the evidence it judges cannot have: the simple `.a.b` paths of its jq and
 * the fields its schema requires or describes, checked against the format's summary (for `json`,
 * the jq's paths against the type's own schema where that schema closes an object). Each such read
 * sees null, so the verdict would come from a field that is never there: a sticky FAILED (or a
 * PASSED nothing proved) recorded for good. Empty when nothing is wrong or nothing can be told.
 */
export function summaryFieldProblems(type: TypeConfig, format: EvidenceFormat): string[] {
  const summary = summarySchema(format);
  const target = summary ?? type.schema;
  if (target === undefined) return [];
  const what = summary !== undefined ? `a ${format} summary` : "the type's schema";
  const problems: string[] = [];
  if (type.jq !== undefined) {
    for (const path of inputPaths(type.jq)) {
      const wrong = missing(target, path);
      if (wrong !== undefined) problems.push(`its jq reads .${path.join('.')}, but ${what} ${wrong}`);
    }
  }
  if (summary !== undefined && type.schema !== undefined) {
    const required = Array.isArray(type.schema.required) ? type.schema.required.filter((r): r is string => typeof r === 'string') : [];
    for (const field of required) {
      const wrong = missing(summary, [field]);
      if (wrong !== undefined) problems.push(`its schema requires ${field}, but ${what} ${wrong}: every ${format} report would be refused`);
    }
    const described = isSchema(type.schema.properties) ? Object.keys(type.schema.properties) : [];
    for (const field of described.filter((f) => !required.includes(f))) {
      const wrong = missing(summary, [field]);
      if (wrong !== undefined) problems.push(`its schema describes ${field}, but ${what} ${wrong}`);
    }
  }
  return problems;
}

/**
 * Why `path` cannot be in a value `schema` describes — "has no critical (it has results, error, …)"
 * or "has .tests as a number, with no field count" — or undefined when it can, or the schema does
 * not say (an object not closed with `additionalProperties: false`).
 */
function missing(schema: Schema, path: readonly string[]): string | undefined {
  let here: Schema = schema;
  for (const [depth, field] of path.entries()) {
    const properties = isSchema(here.properties) ? here.properties : undefined;
    if (SCALARS.has(String(here.type))) {
      const at = path.slice(0, depth).join('.');
      return `has .${at} as a ${here.type === 'integer' ? 'number' : String(here.type)}, with no field ${field}`;
    }
    if (properties === undefined || !Object.hasOwn(properties, field)) {
      if (here.additionalProperties !== false) return undefined;
      const has = properties !== undefined ? Object.keys(properties) : [];
      const where = depth === 0 ? '' : ` at .${path.slice(0, depth).join('.')}`;
      return `has no ${field}${where} (it has ${has.length > 0 ? has.join(', ') : 'no fields'})`;
    }
    const next = properties[field];
    if (!isSchema(next)) return undefined;
    here = next;
  }
  return undefined;
}

const SCALARS = new Set(['integer', 'number', 'string', 'boolean', 'null']);

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The summary defs use only local `#/$defs/x` references: inlined, so walking needs no resolver. */
function resolve(schema: unknown, defs: Record<string, Schema>): Schema | undefined {
  if (!isSchema(schema)) return undefined;
  if (typeof schema.$ref === 'string') {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
    return { ...resolve(name !== undefined ? defs[name] : undefined, defs), ...without(schema, '$ref') };
  }
  if (!isSchema(schema.properties)) return schema;
  const properties: Schema = {};
  for (const [k, v] of Object.entries(schema.properties)) properties[k] = resolve(v, defs) ?? v;
  return { ...schema, properties };
}

function without(schema: Schema, key: string): Schema {
  const rest = { ...schema };
  delete rest[key];
  return rest;
}
