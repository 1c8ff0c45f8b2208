import type { FactstoreConfig } from '../../src/core/config/config.js';
import { FactstoreError } from '../../src/core/errors.js';
import { GitHubStore } from '../../src/core/store/github/github-store.js';
import type { GitHubRequest } from '../../src/core/store/github/github-request.js';
import type { GateTarget } from './gate-target.js';

/** The facts branch the gate reads: `facts.repo` of the config, else the event's repository. Reads need no signer. */
export function factsStore(request: GitHubRequest, config: FactstoreConfig, target: GateTarget): GitHubStore {
  const [owner, repo] = config.facts.repo !== undefined ? splitRepo(config.facts.repo) : [target.owner, target.repo];
  return new GitHubStore({ request, owner, repo, branch: config.facts.branch });
}

function splitRepo(text: string): [string, string] {
  const [owner, repo, extra] = text.split('/');
  if (owner === undefined || owner === '' || repo === undefined || repo === '' || extra !== undefined) {
    throw new FactstoreError('CONFIG', `facts.repo ${JSON.stringify(text)} of .github/factstore.yml is not owner/name: write it as e.g. acme/facts.`);
  }
  return [owner, repo];
}
