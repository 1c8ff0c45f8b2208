/**
 * Finds the documented operation for a method and path through an index of the path templates
 * built once, segment by segment: literal segments first, then `{param}` segments, then
 * `x-multi-segment` parameters (a ref, a file path) that may span several segments.
 */
import type { SpecDescription, SpecOperation } from './spec-description.js';

interface Param {
  name: string;
  /** for a segment that mixes text and parameters (`{base}...{head}`) */
  pattern?: RegExp;
  names?: string[];
  multi: boolean;
  node: Node;
}

interface Node {
  literals: Map<string, Node>;
  params: Param[];
  operations: Map<string, { template: string; operation: SpecOperation }>;
}

export interface FoundOperation {
  template: string;
  operation: SpecOperation;
  /** decoded path parameters */
  params: Record<string, string>;
}

const node = (): Node => ({ literals: new Map(), params: [], operations: new Map() });

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class SpecRoutes {
  private readonly root = node();

  constructor(description: SpecDescription) {
    for (const [template, operations] of Object.entries(description.paths)) {
      let at = this.root;
      for (const segment of template.split('/').slice(1)) at = this.child(at, segment, Object.values(operations));
      for (const [method, operation] of Object.entries(operations)) at.operations.set(method.toUpperCase(), { template, operation });
    }
    // a multi-segment parameter is tried after single ones, so `commits/{ref}/check-runs` wins over a ref `x/check-runs`
    const order = (n: Node): void => {
      n.params.sort((a, b) => Number(a.multi) - Number(b.multi));
      for (const child of [...n.literals.values(), ...n.params.map((p) => p.node)]) order(child);
    };
    order(this.root);
  }

  private child(at: Node, segment: string, operations: SpecOperation[]): Node {
    const whole = /^\{([^}]+)\}$/.exec(segment);
    if (!segment.includes('{')) {
      let next = at.literals.get(segment);
      if (next === undefined) at.literals.set(segment, (next = node()));
      return next;
    }
    const names = whole === null ? [...segment.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '') : [whole[1] ?? ''];
    const multi = whole !== null && operations.some((op) => op.parameters.some((p) => p.in === 'path' && p.name === names[0] && p['x-multi-segment'] === true));
    const key = `${segment}${multi ? '*' : ''}`;
    const existing = at.params.find((p) => `${p.pattern === undefined ? `{${p.name}}` : p.name}${p.multi ? '*' : ''}` === key);
    if (existing !== undefined) return existing.node;
    const param: Param =
      whole === null
        ? { name: segment, names, multi: false, node: node(), pattern: new RegExp(`^${segment.split(/\{[^}]+\}/).map(escape).join('(.+?)')}$`) }
        : { name: names[0] ?? '', multi, node: node() };
    at.params.push(param);
    return param.node;
  }

  /** `path` is the request's path as sent (still percent-encoded), without the query. */
  find(method: string, path: string): FoundOperation | undefined {
    const segments = path.split('/').slice(1);
    const params: Record<string, string> = {};
    const walk = (at: Node, i: number): FoundOperation | undefined => {
      if (i === segments.length) {
        const hit = at.operations.get(method);
        return hit === undefined ? undefined : { ...hit, params: { ...params } };
      }
      const raw = segments[i] ?? '';
      const literal = at.literals.get(raw);
      const viaLiteral = literal === undefined ? undefined : walk(literal, i + 1);
      if (viaLiteral !== undefined) return viaLiteral;
      const segment = decode(raw);
      for (const p of at.params) {
        if (p.pattern !== undefined) {
          const m = p.pattern.exec(segment);
          if (m === null) continue;
          (p.names ?? []).forEach((n, k) => (params[n] = m[k + 1] ?? ''));
          const found = walk(p.node, i + 1);
          if (found !== undefined) return found;
          continue;
        }
        // only a multi-segment parameter may be empty (the root folder of `contents/{path}`)
        if (segment === '' && !(p.multi && i === segments.length - 1)) continue;
        const last = p.multi ? segments.length : i + 1;
        for (let end = i + 1; end <= last; end++) {
          params[p.name] = segments.slice(i, end).map(decode).join('/');
          const found = walk(p.node, end);
          if (found !== undefined) return found;
        }
        delete params[p.name];
      }
      return undefined;
    };
    return walk(this.root, 0);
  }
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
