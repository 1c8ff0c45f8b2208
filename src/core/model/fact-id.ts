import { createHash } from 'node:crypto';
import { FACT_VERSION, type Fact, type FactInput } from './fact.js';

/** JSON with object keys sorted at every depth: the same fact always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Fills in `v` and the deterministic `id`. With an idempotency key the id is derived from the key
 * alone, so a re-run CI step writes the same id and the store skips it; otherwise from the whole
 * content including the timestamp, so a retried write of the same fact is still a no-op while a
 * person approving again later records a new fact.
 */
export function makeFact(input: FactInput): Fact {
  const basis = input.idempotencyKey !== undefined
    ? canonicalJson({ kind: input.kind, flow: 'flow' in input ? input.flow : undefined, trail: input.trail, key: input.idempotencyKey })
    : canonicalJson(input);
  const fact = { v: FACT_VERSION, id: sha256Hex(basis), ...input } as Fact;
  return JSON.parse(canonicalJson(fact)) as Fact;
}
