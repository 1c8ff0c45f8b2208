import type { GateResult } from '../../src/core/evaluate/types.js';
import { breakdownTrust, type BreakdownTrust } from '../../src/core/report/breakdown/index.js';
import type { Fact } from '../../src/core/model/fact.js';
import { breakdownFromGate, factsLinks, renderBreakdownMarkdown, type BreakdownOptions } from '../../src/core/report/breakdown/index.js';
import { gateCheckRuns, publishCheckRun } from '../../src/core/report/check-run/index.js';
import type { GateAlarm } from './alarm/under-alarm.js';
import { gateOnFacts } from './gate-on-facts.js';
import type { AppContext } from './app-context.js';
import type { AppDeps } from './app-deps.js';
import { factsRepository } from './facts-store.js';
import { exportRecorded } from './export-decisions.js';
import { recordDecisions } from './record-decisions.js';
import type { GateTarget } from './gate-target.js';
import type { RepoConfig } from './read-config.js';

export interface GateOutcome {
  result: GateResult;
  /** the breakdown of every gated flow, for the PR comment */
  markdown: string;
  /** the decision facts recorded (empty without a trusted signing key, or with no flow to gate) */
  decisions: Fact[];
}

export const CHECKS_FORBIDDEN = 'check that the App is installed with `checks: write` (app/app.yml) and accept its latest permissions';

/**
 * Gates the target commit with the core engine (the same calls as the workflow gate), records
 * the decisions with the App's key, and creates a new check run per applicable flow (never an update),
 * named `Factstore gate / <flow>`.
 */
export async function gateAndReport(
  context: AppContext,
  deps: AppDeps,
  setup: RepoConfig,
  target: GateTarget,
  knownAlarm?: GateAlarm,
): Promise<GateOutcome> {
  const { config } = setup;
  const at = factsRepository(config, target);
  const now = deps.clock();
  const gated = await gateOnFacts(context, deps, setup, { owner: target.owner, repo: target.repo, commit: target.headSha, now, ...(target.branches !== undefined ? { branches: target.branches } : {}) }, knownAlarm);
  const { result } = gated;
  // nothing is appended to a facts branch that cannot be trusted or is under alarm, and its mark is not moved
  const recorded = gated.trusted ? await recordDecisions(context, deps, setup, at, result, now, undefined, gated.store) : { facts: [], commit: undefined };
  const decisions = recorded.facts;
  if (gated.trusted) await gated.facts?.decided(recorded.commit ?? result.factsCommit ?? undefined);

  const options: BreakdownOptions = {
    audience: 'github',
    types: config.types,
    now,
    links: factsLinks(deps.serverUrl, at, result.factsCommit ?? undefined),
    ...trustOf(result, setup),
  };
  const payloads = gateCheckRuns(result, config.flows, options, { decisionIds: decisions.map((d) => d.id) });
  const where = `${target.owner}/${target.repo}@${result.commit.slice(0, 7)}`;
  for (const [i, payload] of payloads.entries()) {
    await publishCheckRun(context.request, { owner: target.owner, repo: target.repo }, payload, { forbidden: CHECKS_FORBIDDEN });
    context.log.info(`factstore: ${where} ${payload.name}: ${result.flows[i]?.decision ?? ''}`);
  }
  if (result.flows.length === 0) context.log.info(`factstore: no flow applies to ${where}; no check run was created.`);
  // after the check runs: a slow collector never holds the gate up
  await exportRecorded(context, deps, setup, at, `${target.owner}/${target.repo}`, recorded.commit, gated.store);
  return { result, markdown: renderBreakdownMarkdown(breakdownFromGate(result, config.flows, options)), decisions };
}

/** The breakdown's trust block: what was not counted, and which config decided. */
export function trustOf(result: GateResult, setup: RepoConfig): { trust?: BreakdownTrust } {
  const trust = breakdownTrust(result.trust, `.github/factstore.yml of the default branch at ${setup.configCommit.slice(0, 7)}`);
  return trust === undefined ? {} : { trust };
}
