import { FactsBranchState } from '../../core/store/github/facts-branch-state.js';
import type { GitHubRequest } from '../../core/store/github/github-request.js';
import type { FactsLocation } from './open-store.js';

/**
 * The facts branch's state as the workflow gate keeps it: check runs of the App its token acts as
 * (GitHub Actions' for GITHUB_TOKEN) on the branch's first commit.
 */
export function workflowGateState(request: GitHubRequest, facts: FactsLocation, appId: number): FactsBranchState {
  return new FactsBranchState({ request, facts: { owner: facts.owner, repo: facts.repo, branch: facts.branch }, appId: () => Promise.resolve(appId), who: 'the workflow gate' });
}
