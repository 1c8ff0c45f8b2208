import { applyDriftIssue } from '../../../src/core/environments/apply-drift-issue.js';
import { currentDrift } from '../../../src/core/environments/current-drift.js';
import { planDriftIssue } from '../../../src/core/environments/drift-issue.js';
import { findRuntimeEnvironment } from '../../../src/core/environments/find-environment.js';
import type { GitHubRepo } from '../../../src/core/store/github/github-request.js';
import { TrustedFacts } from '../../../src/core/trust/trusted-facts.js';
import type { AppContext } from '../app-context.js';
import type { AppDeps } from '../app-deps.js';
import { factsBranchState } from '../facts-branch-state.js';
import { factsStore } from '../facts-store.js';
import type { RepoConfig } from '../read-config.js';
import { whatToDo } from '../what-to-do.js';
import type { ChangedFile } from './changed-trails.js';

/** The environments whose snapshot or drift files a push changed (`loose/snapshot|drift/<environment>/…`). */
export function touchedEnvironments(files: readonly ChangedFile[]): string[] {
  const names = new Set<string>();
  for (const f of files) {
    const m = /^loose\/(?:snapshot|drift)\/([^/]+)\//.exec(f.filename);
    if (m?.[1] !== undefined) names.add(m[1]);
  }
  return [...names].sort();
}

/**
 * Snapshots recorded elsewhere (the CLI, another workflow) reach the App as facts pushes: it keeps
 * each touched environment's drift issue in the facts repository with the same core function as the
 * snapshot step, found by the same label and marker, so the two never open a second one. Only facts
 * trusted keys appended count; the high-water mark is read, never moved. Never throws: a failure is logged.
 */
export async function keepDriftIssues(context: AppContext, deps: AppDeps, setup: RepoConfig, facts: GitHubRepo, files: readonly ChangedFile[]): Promise<void> {
  const names = touchedEnvironments(files);
  if (names.length === 0) return;
  const where = `${facts.owner}/${facts.repo}`;
  try {
    const store = factsStore(context.request, facts, undefined, deps.listedCommits);
    const trusted = await TrustedFacts.open({ store, signers: setup.config.trust.signers, highWater: factsBranchState(context, deps, facts).readOnlyHighWaterMark() });
    for (const name of names) {
      const known = Object.keys(setup.config.environments).some((e) => e.toLowerCase() === name.toLowerCase() && setup.config.environments[e]?.type !== undefined);
      if (!known) {
        context.log.info(`factstore: facts of environment ${name} were pushed to ${where}, which the config does not name as a runtime environment: no drift issue kept.`);
        continue;
      }
      const environment = findRuntimeEnvironment(setup.config, name);
      const drift = await currentDrift({ environment, store: trusted, flows: setup.config.flows, policies: setup.config.policies, policyEvaluator: deps.policyEvaluator });
      const result = await applyDriftIssue(context.request, facts, planDriftIssue(drift));
      if (result.action !== 'none' && result.action !== 'unchanged') context.log.info(`factstore: the drift issue of ${environment.name} in ${where} was ${result.action} (#${result.number ?? '?'}).`);
    }
  } catch (e) {
    context.log.warn(`factstore: the drift issues of ${names.join(', ')} in ${where} could not be kept: ${whatToDo(e)}`);
  }
}
