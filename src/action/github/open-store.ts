import type { FactstoreConfig } from '../../core/config/config.js';
import { FactstoreError } from '../../core/errors.js';
import { assertValidFact } from '../../core/schema/index.js';
import type { Signer } from '../../core/signing/index.js';
import { GitHubStore } from '../../core/store/github/github-store.js';
import type { GitHubRequest } from '../../core/store/github/github-request.js';
import type { RunnerEnv } from '../env/runner-env.js';
import type { StoreInputs } from '../inputs/store-inputs.js';
import { parseRepoName, type RepoName } from './repo-name.js';

// git's rules for a branch name, as the config schema spells them
const BRANCH = /^(?!.*\.\.)(?!\/)(?!-)(?!.*\.lock$)(?!.*\/$)[^\s~^:?*[\\]{1,255}$/;

export interface FactsLocation extends RepoName {
  branch: string;
}

/** The facts repository and branch: the inputs, else the config, else the workflow's repository. */
export function factsLocation(inputs: StoreInputs, config: FactstoreConfig): FactsLocation {
  const repo = inputs.factsRepo ?? (config.facts.repo !== undefined ? parseRepoName(config.facts.repo, 'facts.repo of the config') : inputs.repository);
  if (repo === undefined) {
    throw new FactstoreError('CONFIG', 'no facts repository: give the `facts-repo` input (owner/name) or facts.repo in the config.');
  }
  const branch = inputs.factsBranch ?? config.facts.branch;
  if (!BRANCH.test(branch)) {
    throw new FactstoreError('BAD_INPUT', `the facts branch ${JSON.stringify(branch)} is not a valid git branch name: give e.g. factstore (no spaces, no '..').`);
  }
  return { ...repo, branch };
}

/** The facts branch on GitHub; every fact is checked against the schema before it is sent. */
export function openStore(request: GitHubRequest, at: FactsLocation, env: RunnerEnv, signer?: Signer): GitHubStore {
  const actor = env.actor ?? 'github-actions';
  const email = env.actorId !== undefined ? `${env.actorId}+${actor}@users.noreply.github.com` : `${actor}@users.noreply.github.com`;
  return new GitHubStore({
    request,
    owner: at.owner,
    repo: at.repo,
    branch: at.branch,
    author: { name: actor, email },
    validate: (fact) => assertValidFact(fact, `the ${fact.kind} fact`),
    ...(signer !== undefined ? { signer } : {}),
  });
}
