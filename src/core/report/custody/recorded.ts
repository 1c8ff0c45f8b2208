import { FactstoreError } from '../../errors.js';
import type { Fact } from '../../model/fact.js';
import type { FactsCommit } from '../../store/fact-store.js';
import type { Recorded } from './custody-report.js';

/** Fact id → the facts commit that added it (and that commit's time). */
export type RecordedIndex = Map<string, { commit: string; time: string }>;

export function indexHistory(history: readonly FactsCommit[], into: RecordedIndex = new Map()): RecordedIndex {
  for (const entry of history) {
    for (const fact of entry.facts) if (!into.has(fact.id)) into.set(fact.id, { commit: entry.commit, time: entry.time });
  }
  return into;
}

/** The `Recorded` part of a fact's record; a fact missing from the history is a store bug worth saying. */
export function recorded(fact: Fact, index: RecordedIndex): Recorded {
  const where = index.get(fact.id);
  if (where === undefined) throw new FactstoreError('INTERNAL', `fact ${fact.id} was read from the store but no facts commit added it: run factstore verify.`);
  return { id: fact.id, ts: fact.ts, actor: fact.actor, recordedIn: where.commit, recordedAt: where.time };
}
