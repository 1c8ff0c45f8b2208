import type { FactstoreConfig } from '../../src/core/config/config.js';
import { gateCommit } from '../../src/core/evaluate/gate-commit.js';
import type { PolicyEvaluator } from '../../src/core/evaluate/policies.js';
import type { GateResult } from '../../src/core/evaluate/types.js';
import { breakdownFromGate, renderBreakdownMarkdown, type BreakdownOptions } from '../../src/core/report/breakdown/index.js';
import { gateCheckRuns } from '../../src/core/report/check-run/index.js';
import type { AppContext } from './app-context.js';
import { factsStore } from './facts-store.js';
import type { GateTarget } from './gate-target.js';

export interface GateOutcome {
  result: GateResult;
  /** the breakdown of every gated flow, for the PR comment */
  markdown: string;
}

/**
 * Gates the target commit with the core engine (the same calls as the workflow gate) and creates
 * one check run per applicable flow on it, named `Factstore gate / <flow>`.
 */
export async function gateAndReport(context: AppContext, config: FactstoreConfig, target: GateTarget, policyEvaluator: PolicyEvaluator, now: Date): Promise<GateOutcome> {
  const store = factsStore(context.request, config, target);
  const result = await gateCommit({
    store,
    config,
    commit: target.headSha,
    now,
    policyEvaluator,
    ...(target.headBranch !== undefined ? { gitBranch: target.headBranch } : {}),
  });
  const options: BreakdownOptions = { audience: 'github', types: config.types, now };
  for (const [i, payload] of gateCheckRuns(result, config.flows, options).entries()) {
    await context.request('POST /repos/{owner}/{repo}/check-runs', { owner: target.owner, repo: target.repo, ...payload });
    context.log.info(`factstore: ${target.owner}/${target.repo}@${result.commit.slice(0, 7)} ${payload.name}: ${result.flows[i]?.decision ?? ''}`);
  }
  if (result.flows.length === 0) context.log.info(`factstore: no flow applies to ${target.owner}/${target.repo}@${result.commit.slice(0, 7)}; no check run was created.`);
  return { result, markdown: renderBreakdownMarkdown(breakdownFromGate(result, config.flows, options)) };
}
