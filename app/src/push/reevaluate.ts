import type { TrailCommit } from '../../../src/core/store/touched-trails.js';
import type { AppContext } from '../app-context.js';
import type { AppDeps } from '../app-deps.js';
import type { GateAlarm } from '../alarm/under-alarm.js';
import type { GateTarget } from '../gate-target.js';
import { handleGate } from '../handle-gate.js';
import { whatToDo } from '../what-to-do.js';
import type { RepoConfig } from '../read-config.js';
import { openPullsHeadedBy } from './open-pulls.js';

/** A push is handled within one delivery: past this many commits, the rest are named in the log. */
export const MAX_REEVALUATED = 50;

/**
 * Gates each commit again (check runs updated in place, the PR comment edited, never created: a
 * push is not a pull request event). One commit's failure does not stop the others.
 */
export async function reevaluate(context: AppContext, deps: AppDeps, setup: RepoConfig, repo: Pick<GateTarget, 'owner' | 'repo' | 'defaultBranch'>, commits: readonly TrailCommit[], alarm?: GateAlarm): Promise<void> {
  const where = { owner: repo.owner, repo: repo.repo };
  for (const { commit } of commits.slice(0, MAX_REEVALUATED)) {
    let pulls: { number: number; base: string | undefined }[] = [];
    try {
      pulls = await openPullsHeadedBy(context, where, commit);
    } catch (e) {
      context.log.warn(`factstore: the pull requests of ${commit.slice(0, 7)} could not be listed (${whatToDo(e)}); its check runs are updated, its PR comment is not.`);
    }
    // judged for the bases of its pull requests; with none, its branch is unknown and every flow applies
    const bases = pulls.flatMap((p) => (p.base !== undefined ? [p.base] : []));
    const target: GateTarget = { ...repo, headSha: commit, ...(bases.length > 0 ? { branches: bases } : {}), pullNumbers: pulls.map((p) => p.number) };
    await handleGate(context, target, deps, { setup, ...(alarm !== undefined ? { alarm } : {}) });
  }
  const rest = commits.slice(MAX_REEVALUATED);
  if (rest.length > 0) {
    const named = rest.slice(0, 20).map((c) => c.commit.slice(0, 7)).join(', ');
    context.log.warn(`factstore: the push touched the trails of ${commits.length} commits; ${MAX_REEVALUATED} were re-evaluated. Re-run the Factstore checks of the others to update them: ${named}${rest.length > 20 ? ', …' : ''}.`);
  }
}
