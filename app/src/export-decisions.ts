import { exportToOtlp } from '../../src/core/export/otlp/export-otlp.js';
import { packageVersion } from '../../src/core/package/package-version.js';
import type { GitHubRepo } from '../../src/core/store/github/github-request.js';
import type { GitHubStore } from '../../src/core/store/github/github-store.js';
import { TrustedFacts } from '../../src/core/trust/trusted-facts.js';
import type { AppContext } from './app-context.js';
import type { AppDeps } from './app-deps.js';
import { factsBranchState } from './facts-branch-state.js';
import { factsStore } from './facts-store.js';
import type { RepoConfig } from './read-config.js';
import { whatToDo } from './what-to-do.js';

/**
 * After a decision is recorded: when the host names an OTLP destination (FACTSTORE_OTLP_ENDPOINT),
 * every fact that counts since that destination's cursor — the decision among them — is sent there
 * (from the decision's own facts commit when the destination has no cursor yet)
 * with the same core export as the CLI and the Action, and the cursor recorded with the App's key.
 * A repository's `exporters:` is never read here: the host's credentials go only where the host says.
 * Never throws: the decision stands whatever the collector says; a failure is logged and the next
 * decision's export resumes from the cursor.
 */
export async function exportDecisions(context: AppContext, deps: AppDeps, setup: RepoConfig, facts: GitHubRepo, configRepo: string, store: GitHubStore, decisionCommit: string): Promise<void> {
  const target = deps.otlp;
  if (target === undefined) return;
  const where = `${facts.owner}/${facts.repo}:${facts.branch}`;
  try {
    const trusted = await TrustedFacts.open({ store, signers: setup.config.trust.signers, highWater: factsBranchState(context, deps, facts).readOnlyHighWaterMark() });
    const version = packageVersion();
    const result = await exportToOtlp({
      store,
      trusted,
      target,
      context: { config: setup.config, engineVersion: version, repository: configRepo, serverUrl: deps.serverUrl, configPath: '.github/factstore.yml' },
      resource: { 'service.name': 'factstore', 'service.version': version, 'factstore.facts.repository': `${facts.owner}/${facts.repo}`, 'factstore.facts.branch': facts.branch },
      actor: deps.actor,
      now: deps.clock(),
      // a destination new to the App starts at this decision: the history before is the CLI's to send once (it shares the cursor)
      firstFrom: decisionCommit,
    });
    if (result.cursor !== undefined) await store.append({ facts: [result.cursor], message: `factstore: exported ${result.exported} fact(s) to ${target.destination}` });
    if (result.error !== undefined) {
      context.log.error(`factstore: ${result.failed} fact(s) of ${where} were not exported to ${target.destination}: ${result.error}. The next decision's export sends them again.`);
    } else if (result.exported > 0) {
      context.log.info(`factstore: exported ${result.exported} fact(s) of ${where} to ${target.destination}.`);
    }
  } catch (e) {
    context.log.error(`factstore: the facts of ${where} could not be exported to ${target.destination}: ${whatToDo(e)}`);
  }
}

/** `exportDecisions` when a decision was recorded (at `commit`) and the host exports: with the App's writing store. */
export async function exportRecorded(context: AppContext, deps: AppDeps, setup: RepoConfig, facts: GitHubRepo, configRepo: string, commit: string | undefined, store: GitHubStore | undefined): Promise<void> {
  if (commit === undefined || deps.otlp === undefined || deps.signer === undefined) return;
  const writer = store ?? factsStore(context.request, facts, { signer: deps.signer, actor: deps.actor }, deps.listedCommits);
  await exportDecisions(context, deps, setup, facts, configRepo, writer, commit);
}
