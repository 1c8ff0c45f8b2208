/** Milliseconds of an ISO-8601 timestamp; unparsable ones sort first rather than breaking the order. */
export function tsValue(ts: string): number {
  const t = Date.parse(ts);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

export function compareTs(a: string, b: string): number {
  const x = tsValue(a);
  const y = tsValue(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Oldest first by `ts`, then file order (Array.prototype.sort is stable). */
export function chronological<T extends { ts: string }>(facts: readonly T[]): T[] {
  return [...facts].sort((a, b) => compareTs(a.ts, b.ts));
}

/** The newest `ts` among the facts, `''` when there are none. */
export function newestTs(facts: readonly { ts: string }[]): string {
  let newest = '';
  for (const fact of facts) {
    if (newest === '' || compareTs(fact.ts, newest) >= 0) newest = fact.ts;
  }
  return newest;
}
