import type { FactStore } from '../store/fact-store.js';

export interface ReindexResult {
  trails: number;
  facts: number;
  /** index lines written */
  indexed: number;
  /** the facts commits written, one per batch that added lines */
  commits: string[];
}

/**
 * Writes the index lines missing for the facts already in the store (a store written before the
 * search indexes existed): every trail's facts are appended again with `reindex`, so no fact is
 * written twice and only missing lines are added, in commits of at most `batch` facts. Running it
 * again writes nothing. Index lines are hints: what they point at is confirmed when read.
 */
export async function reindexStore(store: FactStore, options: { batch?: number; onTrail?: (done: number, of: number) => void } = {}): Promise<ReindexResult> {
  const batch = options.batch ?? 2000;
  const trails = await store.listTrails();
  const result: ReindexResult = { trails: trails.length, facts: 0, indexed: 0, commits: [] };
  let pending: Awaited<ReturnType<FactStore['readTrail']>> = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const r = await store.append({ facts: pending, reindex: true, message: `index ${pending.length} facts recorded before the search indexes` });
    result.indexed += r.indexed ?? 0;
    if (r.commit !== undefined) result.commits.push(r.commit);
    pending = [];
  };
  for (const [i, ref] of trails.entries()) {
    const facts = await store.readTrail(ref.flow, ref.trail);
    result.facts += facts.length;
    pending.push(...facts);
    if (pending.length >= batch) await flush();
    options.onTrail?.(i + 1, trails.length);
  }
  await flush();
  return result;
}
