import { decisionCommitSubject, decisionFacts } from '../../src/core/evaluate/decision-facts.js';
import type { GateResult } from '../../src/core/evaluate/types.js';
import type { Fact } from '../../src/core/model/fact.js';
import type { GitHubRepo } from '../../src/core/store/github/github-request.js';
import type { GitHubStore } from '../../src/core/store/github/github-store.js';
import type { AppContext } from './app-context.js';
import type { AppDeps } from './app-deps.js';
import { factsStore, trustsKey } from './facts-store.js';
import type { RepoConfig } from './read-config.js';

export interface RecordedDecisions {
  facts: Fact[];
  /** the facts commit that holds them (undefined: nothing written) */
  commit: string | undefined;
}

/**
 * DESIGN §4: every decision the App takes is recorded, signed with its own key. Without a key, or
 * with a key the config does not trust, nothing is written and the log says what to do.
 */
export async function recordDecisions(
  context: AppContext,
  deps: AppDeps,
  setup: RepoConfig,
  at: GitHubRepo,
  result: GateResult,
  now: Date,
  environment?: string,
  /** the store the decision was read from (with the App's key): its reads are not made again */
  store?: GitHubStore,
): Promise<RecordedDecisions> {
  const none: RecordedDecisions = { facts: [], commit: undefined };
  if (result.flows.length === 0) return none;
  const { signer } = deps;
  if (signer === undefined) {
    context.log.warn('factstore: decisions are not recorded: the App has no FACTSTORE_SIGNING_KEY (make one with `factstore keygen` and list its public key under trust.signers).');
    return none;
  }
  if (!trustsKey(setup.config, signer.publicKey)) {
    context.log.warn(`factstore: decisions are not recorded: the App's key ${signer.fingerprint} is not under trust.signers of .github/factstore.yml; add { principal: factstore-app, key: "${signer.publicKey}", app: true }.`);
    return none;
  }
  if (result.factsCommit === null) {
    context.log.info(`factstore: ${at.owner}/${at.repo} has no facts branch ${at.branch} yet; the decision is not recorded.`);
    return none;
  }
  const facts = decisionFacts(result, { actor: deps.actor, ts: now.toISOString(), configCommit: setup.configCommit, noFactsBranch: 'no facts branch', ...(environment !== undefined ? { environment } : {}) });
  try {
    // built on the facts commit the decision read: a branch that moved since is retried on its tip
    const writer = store ?? factsStore(context.request, at, { signer, actor: deps.actor });
    const written = await writer.append({ facts, message: decisionCommitSubject(result), basedOn: result.factsCommit });
    return { facts, commit: written.commit };
  } catch (e) {
    // the verdict still reaches the check run; the missing record is loud in the log
    context.log.error(`factstore: the decision on ${result.commit.slice(0, 7)} could not be recorded in ${at.owner}/${at.repo}:${at.branch}: ${e instanceof Error ? e.message : String(e)}. Give the App \`contents: write\` on the facts repository.`);
    return none;
  }
}
