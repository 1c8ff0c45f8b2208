/**
 * GitHub's published OpenAPI description (`@octokit/openapi`), cut down to what checking a request
 * needs: each operation's parameters (references resolved) and JSON request body, and the component
 * schemas those reach. The full file is 13 MB and takes ~0.7 s to read; the cut is ~0.5 MB, so it
 * is kept in the system's temporary folder and read in ~10 ms.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
  'x-multi-segment'?: boolean;
  /** the largest `per_page`, where GitHub states it only in the description ("(max 100)") */
  max?: number;
}

export interface SpecOperation {
  operationId: string;
  parameters: SpecParameter[];
  /** the `application/json` request body's schema */
  body?: unknown;
  bodyRequired: boolean;
  /** the request body's media types, when it takes one */
  bodyTypes: string[];
}

export interface SpecDescription {
  version: string;
  /** path template → lower-case method → operation */
  paths: Record<string, Record<string, SpecOperation>>;
  components: Record<string, Record<string, unknown>>;
}

/** the ajv key of `{ components }`, which every `$ref` of the cut names */
export const COMPONENTS = 'github-components';

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];
const require = createRequire(import.meta.url);

interface FullOperation {
  operationId: string;
  parameters?: ({ $ref: string } | (SpecParameter & { description?: string }))[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: unknown }> };
}
interface FullSpec {
  paths: Record<string, Record<string, FullOperation>>;
  components: Record<string, Record<string, unknown>>;
}

/** Drops prose and examples, keeping properties that happen to be named `description`. */
function strip(node: unknown, inProperties = false): unknown {
  if (Array.isArray(node)) return node.map((n) => strip(n));
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (!inProperties && (k === 'description' || k === 'example' || k === 'examples' || k === 'externalDocs')) continue;
    // references name the components schema, so an operation's schema compiles on its own
    out[k] = !inProperties && k === '$ref' && typeof v === 'string' ? `${COMPONENTS}${v}` : strip(v, !inProperties && k === 'properties');
  }
  return out;
}

/**
 * OpenAPI 3.0's `nullable` in terms ajv reads: null is added to an `enum`, and a schema with no
 * `type` (ajv takes `nullable` only beside one) becomes "that, or null".
 */
function nullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullable);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = nullable(v);
  if (typeof out.nullable !== 'boolean') return out;
  if (out.nullable && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
  if (out.type !== undefined) return out;
  const { nullable: isNullable, ...rest } = out;
  return isNullable === true ? { anyOf: [rest, { type: 'null' }] } : rest;
}

function refsIn(node: unknown, into: Set<string>): void {
  if (typeof node !== 'object' || node === null) return;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') into.add(ref);
  for (const value of Object.values(node)) refsIn(value, into);
}

function cut(full: FullSpec, version: string): SpecDescription {
  const paths: SpecDescription['paths'] = {};
  const wanted = new Set<string>();
  for (const [path, item] of Object.entries(full.paths)) {
    const ops: Record<string, SpecOperation> = {};
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const parameters = (op.parameters ?? []).map((p) => {
        const resolved = ('$ref' in p ? full.components.parameters?.[p.$ref.split('/').pop() ?? ''] : p) as SpecParameter & { description?: string };
        const max = /\(max (\d+)\)/.exec(resolved.description ?? '')?.[1];
        return { ...(strip(resolved) as SpecParameter), ...(max === undefined ? {} : { max: Number(max) }) };
      });
      const content = op.requestBody?.content ?? {};
      const body = strip(content['application/json']?.schema);
      refsIn(parameters, wanted);
      refsIn(body, wanted);
      ops[method] = { operationId: op.operationId, parameters, body, bodyRequired: op.requestBody?.required === true, bodyTypes: Object.keys(content) };
    }
    paths[path] = ops;
  }
  const components: SpecDescription['components'] = {};
  const seen = new Set<string>();
  const todo = [...wanted];
  for (let ref = todo.pop(); ref !== undefined; ref = todo.pop()) {
    if (seen.has(ref)) continue;
    seen.add(ref);
    const [, , kind = '', name = ''] = ref.replace(COMPONENTS, '').split('/');
    const schema = strip(full.components[kind]?.[name]);
    (components[kind] ??= {})[name] = schema;
    const more = new Set<string>();
    refsIn(schema, more);
    todo.push(...more);
  }
  return nullable({ version, paths, components }) as SpecDescription;
}

let loaded: SpecDescription | undefined;

export function specDescription(): SpecDescription {
  if (loaded !== undefined) return loaded;
  const version = (require('@octokit/openapi/package.json') as { version: string }).version;
  // keyed by the package's version and this file's text, so a change to the cut makes a new one
  const key = createHash('sha256').update(version).update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 12);
  const cache = join(tmpdir(), `fake-github-openapi-${version}-${key}.json`);
  try {
    loaded = JSON.parse(readFileSync(cache, 'utf8')) as SpecDescription;
    if (loaded.version === version) return loaded;
  } catch {
    // not cut yet: cut it below
  }
  const full = require('@octokit/openapi/generated/api.github.com.json') as FullSpec;
  loaded = cut(full, version);
  // several test processes may cut at once: each writes its own file and renames it into place
  const own = `${cache}.${process.pid}`;
  writeFileSync(own, JSON.stringify(loaded));
  renameSync(own, cache);
  return loaded;
}
