import type { FactstoreConfig } from '../../src/core/config/config.js';
import { FactstoreError } from '../../src/core/errors.js';
import { assertValidFact } from '../../src/core/schema/index.js';
import type { Signer } from '../../src/core/signing/index.js';
import { isTrustedKey } from '../../src/core/signing/trusted-key.js';
import { GitHubStore } from '../../src/core/store/github/github-store.js';
import type { GitHubRepo, GitHubRequest } from '../../src/core/store/github/github-request.js';
import type { ListedCommitsCache } from '../../src/core/store/github/listed-commits-cache.js';

/** The facts branch of a config: `facts.repo` when set, else the event's repository. */
export function factsRepository(config: FactstoreConfig, event: { owner: string; repo: string }): GitHubRepo {
  const [owner, repo] = config.facts.repo !== undefined ? splitRepo(config.facts.repo) : [event.owner, event.repo];
  return { owner, repo, branch: config.facts.branch };
}

/**
 * The facts store the App reads and, with its signing key, writes: commits authored by the App,
 * every fact checked against the schema before it is sent.
 */
export function factsStore(request: GitHubRequest, at: GitHubRepo, writer?: { signer: Signer; actor: string }, listedCommits?: ListedCommitsCache): GitHubStore {
  return new GitHubStore({
    request,
    ...at,
    ...(listedCommits !== undefined ? { listedCommits } : {}),
    ...(writer !== undefined
      ? { signer: writer.signer, author: { name: writer.actor, email: `${writer.actor.replace(/[^A-Za-z0-9._-]/g, '')}@users.noreply.github.com` } }
      : {}),
    validate: (fact) => assertValidFact(fact, `the ${fact.kind} fact`),
  });
}

/** Whether the config's trust.signers lists the key. */
export function trustsKey(config: FactstoreConfig, publicKey: string): boolean {
  return isTrustedKey(config.trust.signers, publicKey);
}

function splitRepo(text: string): [string, string] {
  const [owner, repo, extra] = text.split('/');
  if (owner === undefined || owner === '' || repo === undefined || repo === '' || extra !== undefined) {
    throw new FactstoreError('CONFIG', `facts.repo ${JSON.stringify(text)} of .github/factstore.yml is not owner/name: write it as e.g. acme/facts.`);
  }
  return [owner, repo];
}
