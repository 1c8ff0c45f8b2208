/**
 * Checks a request against GitHub's OpenAPI description before the fake's own route sees it: a
 * documented method and path, documented path and query parameters of the right type and enum,
 * and a JSON body valid against the operation's schema, plus the rules GitHub states only in prose.
 * Validators are compiled on an operation's first request and kept.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { allowedRequests } from './spec-allowed.js';
import { COMPONENTS, specDescription, type SpecOperation } from './spec-description.js';
import { proseRules } from './spec-prose-rules.js';
import { SpecRoutes } from './spec-routes.js';

export interface SpecViolation {
  method: string;
  path: string;
  /** GitHub's operationId, when the route is documented */
  operation?: string;
  /** 404: no such route; 422: a parameter or the body is wrong */
  status: 404 | 422;
  problems: string[];
}

interface Compiled {
  params: ValidateFunction;
  body?: ValidateFunction;
}

function explain(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const at = `${where}${e.instancePath}`;
    const p = e.params as { additionalProperty?: string; allowedValues?: unknown[] };
    if (p.additionalProperty !== undefined) return `${at} has "${p.additionalProperty}", which is not a documented property`;
    if (p.allowedValues !== undefined) return `${at} must be one of ${JSON.stringify(p.allowedValues)}`;
    return `${at} ${e.message ?? 'is invalid'}`;
  });
}

export class SpecCheck {
  private readonly description = specDescription();
  private readonly routes = new SpecRoutes(this.description);
  private readonly compiled = new Map<SpecOperation, Compiled>();
  // parameters come as text: coerced to the documented type; a body is never coerced
  // the description is GitHub's, not ours: its schemas are not checked against the meta-schema (~0.3 s)
  private readonly paramAjv = new Ajv({ strict: false, allErrors: true, coerceTypes: 'array', logger: false, validateSchema: false });
  private readonly bodyAjv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });

  constructor() {
    for (const ajv of [this.paramAjv, this.bodyAjv]) {
      addFormats.default(ajv);
      ajv.addSchema({ components: this.description.components }, COMPONENTS);
    }
  }

  /** The problems of one request, or undefined when GitHub would take it. `rawPath` is still percent-encoded. */
  check(method: string, rawPath: string, query: URLSearchParams, body: unknown): SpecViolation | undefined {
    const path = decodeURIComponentSafe(rawPath);
    if (allowedRequests.some((a) => a.method === method && a.path.test(path))) return undefined;
    const found = this.routes.find(method, rawPath);
    if (found === undefined) return { method, path, status: 404, problems: [`${method} ${path} is not a route GitHub documents`] };
    const { operation, params } = found;
    const compiled = this.compile(operation);
    const problems: string[] = [];
    const given: Record<string, unknown> = { ...params };
    for (const [name, value] of query) {
      const documented = operation.parameters.find((p) => p.in === 'query' && p.name === name);
      if (documented === undefined) problems.push(`query parameter "${name}" is not documented`);
      else {
        given[name] = value;
        if (documented.max !== undefined && Number(value) > documented.max) problems.push(`query/${name} is ${value}; GitHub takes at most ${documented.max}`);
      }
    }
    if (!compiled.params(given)) problems.push(...explain('', compiled.params.errors).map((p) => p.replace(/^\//, 'parameter ')));
    problems.push(...this.checkBody(operation, compiled, body));
    return problems.length === 0 ? undefined : { method, path, operation: operation.operationId, status: 422, problems };
  }

  private checkBody(operation: SpecOperation, compiled: Compiled, body: unknown): string[] {
    if (body === undefined) return operation.bodyRequired ? ['the request needs a JSON body'] : [];
    if (operation.bodyTypes.length === 0) return ['the operation takes no request body'];
    if (compiled.body === undefined) return [];
    const problems = compiled.body(body) ? [] : explain('body', compiled.body.errors);
    const rules = proseRules[operation.operationId] ?? [];
    if (typeof body === 'object' && body !== null) for (const rule of rules) problems.push(...rule(body as Record<string, unknown>));
    return problems;
  }

  private compile(operation: SpecOperation): Compiled {
    const known = this.compiled.get(operation);
    if (known !== undefined) return known;
    const properties: Record<string, unknown> = {};
    const required: string[] = [];
    for (const p of operation.parameters) {
      if (p.in !== 'path' && p.in !== 'query') continue;
      properties[p.name] = p.schema ?? {};
      if (p.required === true) required.push(p.name);
    }
    const compiled: Compiled = {
      params: this.paramAjv.compile({ type: 'object', properties, required }),
      ...(operation.body === undefined ? {} : { body: this.bodyAjv.compile(operation.body as object) }),
    };
    this.compiled.set(operation, compiled);
    return compiled;
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

let shared: SpecCheck | undefined;

/** One checker per process, built on the first request any fake receives. */
export function specCheck(): SpecCheck {
  return (shared ??= new SpecCheck());
}
