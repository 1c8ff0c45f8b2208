import type { GitHubStore } from '../../../src/core/store/github/github-store.js';
import { trailCommits, type TrailCommit } from '../../../src/core/store/touched-trails.js';
import type { ChangedTrail } from './changed-trails.js';

/**
 * The git commits of the changed trails (their `trail` facts), each once. A trail still there is
 * read at the pushed tip; one the push removed, as it was before the push.
 */
export async function gatedCommits(store: GitHubStore, trails: readonly ChangedTrail[], at: { before?: string; after: string }): Promise<TrailCommit[]> {
  const found = new Map<string, TrailCommit>();
  for (const t of trails) {
    const ref = t.removed ? at.before : at.after;
    if (ref === undefined) continue;
    for (const c of trailCommits(await store.readTrail(t.flow, t.trail, { at: ref }))) {
      if (!found.has(c.commit)) found.set(c.commit, c);
    }
  }
  return [...found.values()];
}
