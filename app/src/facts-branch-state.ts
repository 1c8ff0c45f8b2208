import { FactsBranchState } from '../../src/core/store/github/facts-branch-state.js';
import type { GitHubRepo } from '../../src/core/store/github/github-request.js';
import type { AppContext } from './app-context.js';
import type { AppDeps } from './app-deps.js';

/**
 * The facts branch's state kept in the App's own check runs (its high-water mark, its tamper
 * alarm). `rootFrom`: a commit of the branch's history to find its first commit from, when the
 * branch itself is gone.
 */
export function factsBranchState(context: AppContext, deps: AppDeps, facts: GitHubRepo, rootFrom?: string): FactsBranchState {
  return new FactsBranchState({
    request: context.request,
    facts,
    appId: async () => (await deps.identity()).id,
    who: 'the Factstore App',
    roots: deps.roots,
    ...(rootFrom !== undefined ? { rootFrom } : {}),
  });
}
