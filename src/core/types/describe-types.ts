import type { FactstoreConfig } from '../config/config.js';
import { FactstoreError } from '../errors.js';
import type { JqEngine } from '../jq/jq-engine.js';
import { isEvidenceFormat } from '../evidence/types.js';
import { checkJsonSchema } from '../schema/check-json-schema.js';
import { compileUserSchema, schemaDialect } from '../schema/user-schema.js';
import { summaryFieldProblems, summaryFields } from './summary-fields.js';

/** One attestation type as `types list|get` shows it. */
export interface TypeDescription {
  name: string;
  /** in the registry (`types:`); a required type that is not is judged by its evidence format alone */
  defined: boolean;
  format?: string;
  /** the fields the format's summary has: what the jq and schema see (none for json, judged whole) */
  summaryFields?: string[];
  jq?: string;
  schema?: Record<string, unknown>;
  schemaDialect?: string;
  archived: boolean;
  description?: string;
  /** flows whose `require` lists it */
  requiredBy: string[];
  /**
   * what is wrong with its definition: a schema that does not compile, a jq that does not, a jq or
   * schema reading fields its format's summary never has
   */
  problems: string[];
}

/**
 * The registry: every type of `types:` plus the required types missing from it, each checked —
 * its schema compiled, its jq compiled (by running it on `null`; a jq engine is needed only then).
 */
export function describeTypes(config: FactstoreConfig, jq?: () => JqEngine): TypeDescription[] {
  const flows = Object.values(config.flows);
  return typeNames(config).map((name) => {
    const type = Object.hasOwn(config.types, name) ? config.types[name] : undefined;
    const out: TypeDescription = {
      name,
      defined: type !== undefined,
      archived: type?.archived ?? false,
      requiredBy: flows.filter((f) => f.require.includes(name)).map((f) => f.name),
      problems: [],
    };
    if (type?.format !== undefined) out.format = type.format;
    const fields = type?.format !== undefined && isEvidenceFormat(type.format) ? summaryFields(type.format) : undefined;
    if (fields !== undefined) out.summaryFields = fields;
    if (type?.jq !== undefined) out.jq = type.jq;
    if (type?.description !== undefined) out.description = type.description;
    if (type?.schema !== undefined) {
      out.schema = type.schema;
      out.schemaDialect = schemaDialect(type.schema) ?? 'unknown';
      out.problems.push(...schemaProblems(type.schema));
    }
    if (type?.jq !== undefined && jq !== undefined) out.problems.push(...jqProblems(type.jq, jq));
    if (type?.format !== undefined && isEvidenceFormat(type.format)) out.problems.push(...summaryFieldProblems(type, type.format));
    if (out.archived && out.requiredBy.length > 0) {
      out.problems.push(`archived, yet required by ${out.requiredBy.join(', ')}: those flows can never be compliant again`);
    }
    return out;
  });
}

function schemaProblems(schema: Record<string, unknown>): string[] {
  const invalid = checkJsonSchema(schema);
  if (invalid.length > 0) return invalid.map((e) => `schema${e.path}: ${e.message}`);
  try {
    compileUserSchema(schema, schemaDialect(schema) ?? '2020-12');
    return [];
  } catch (e) {
    return [`schema does not compile: ${e instanceof Error ? e.message : String(e)}`];
  }
}

function jqProblems(query: string, jq: () => JqEngine): string[] {
  try {
    jq().run(query, null);
    return [];
  } catch (e) {
    // Only a compile error or a runaway is the definition's fault; failing on `null` is expected.
    if (e instanceof FactstoreError && (e.code === 'CONFIG' || /did not finish|out of memory/.test(e.message))) return [e.message];
    return [];
  }
}

/** Every type the config knows: those of the registry (`types:`), then the ones flows require that it lacks. */
export function typeNames(config: FactstoreConfig): string[] {
  return [...new Set([...Object.keys(config.types), ...Object.values(config.flows).flatMap((f) => f.require)])];
}
