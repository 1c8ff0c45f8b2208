import type { FactStore } from '../../../src/core/store/fact-store.js';

/**
 * The trail of `flow` started for `commit`. With several, the last one indexed (the newest
 * started); the gate itself weighs every trail of the commit and picks the best.
 */
export async function trailOfFlow(store: Pick<FactStore, 'trailsForCommit'>, flow: string, commit: string): Promise<string | undefined> {
  const refs = await store.trailsForCommit(commit);
  return refs.filter((r) => r.flow === flow).at(-1)?.trail;
}
