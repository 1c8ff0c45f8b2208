import { decisionCommitSubject, decisionFacts } from '../../src/core/evaluate/decision-facts.js';
import { gateCommit } from '../../src/core/evaluate/gate-commit.js';
import type { GateResult } from '../../src/core/evaluate/types.js';
import type { Fact } from '../../src/core/model/fact.js';
import { breakdownFromGate, factsLinks, renderBreakdownMarkdown, type BreakdownOptions } from '../../src/core/report/breakdown/index.js';
import { gateCheckRuns, publishCheckRun } from '../../src/core/report/check-run/index.js';
import type { AppContext } from './app-context.js';
import type { AppDeps } from './app-deps.js';
import { factsRepository, factsStore, trustsKey } from './facts-store.js';
import type { GateTarget } from './gate-target.js';
import type { RepoConfig } from './read-config.js';

export interface GateOutcome {
  result: GateResult;
  /** the breakdown of every gated flow, for the PR comment */
  markdown: string;
  /** the decision facts recorded (empty without a trusted signing key, or with no flow to gate) */
  decisions: Fact[];
}

/** Something wrong with the facts branch itself: every gate fails and says so until it is cleared. */
export interface GateAlarm {
  /** one line: what happened and what to do, with the alarm issue's address */
  text: string;
}

export const CHECKS_FORBIDDEN = 'check that the App is installed with `checks: write` (app/app.yml) and accept its latest permissions';

/**
 * Gates the target commit with the core engine (the same calls as the workflow gate), records
 * the decisions with the App's key, and creates or updates one check run per applicable flow,
 * named `Factstore gate / <flow>`.
 */
export async function gateAndReport(context: AppContext, deps: AppDeps, setup: RepoConfig, target: GateTarget, alarm?: GateAlarm): Promise<GateOutcome> {
  const { config } = setup;
  const at = factsRepository(config, target);
  const now = deps.clock();
  const evaluated = await gateCommit({
    store: factsStore(context.request, at),
    config,
    commit: target.headSha,
    now,
    policyEvaluator: deps.policyEvaluator,
    ...(target.headBranch !== undefined ? { gitBranch: target.headBranch } : {}),
  });
  const result = alarm === undefined ? evaluated : underAlarm(evaluated, alarm);
  const decisions = await recordDecisions(context, deps, setup, at, result, now);

  const options: BreakdownOptions = { audience: 'github', types: config.types, now, links: factsLinks(deps.serverUrl, at, result.factsCommit ?? undefined) };
  const payloads = gateCheckRuns(result, config.flows, options, { decisionIds: decisions.map((d) => d.id) });
  const where = `${target.owner}/${target.repo}@${result.commit.slice(0, 7)}`;
  for (const [i, payload] of payloads.entries()) {
    await publishCheckRun(context.request, target, payload, { forbidden: CHECKS_FORBIDDEN });
    context.log.info(`factstore: ${where} ${payload.name}: ${result.flows[i]?.decision ?? ''}`);
  }
  if (result.flows.length === 0) context.log.info(`factstore: no flow applies to ${where}; no check run was created.`);
  return { result, markdown: renderBreakdownMarkdown(breakdownFromGate(result, config.flows, options)), decisions };
}

/** Every flow blocked, its details led by the alarm: no decision stands on a tampered facts branch. */
function underAlarm(result: GateResult, alarm: GateAlarm): GateResult {
  const flows = result.flows.map((g) => ({ ...g, decision: 'GATE_BLOCKED' as const, details: `${alarm.text} (the evidence said: ${g.details})` }));
  return { ...result, flows, decision: flows.length > 0 ? 'GATE_BLOCKED' : result.decision, details: flows.length > 0 ? alarm.text : result.details };
}

/**
 * DESIGN §4: every decision the App takes is recorded, signed with its own key. Without a key, or
 * with a key the config does not trust, nothing is written and the log says what to do.
 */
async function recordDecisions(context: AppContext, deps: AppDeps, setup: RepoConfig, at: ReturnType<typeof factsRepository>, result: GateResult, now: Date): Promise<Fact[]> {
  if (result.flows.length === 0) return [];
  const { signer } = deps;
  if (signer === undefined) {
    context.log.warn('factstore: decisions are not recorded: the App has no FACTSTORE_SIGNING_KEY (make one with `factstore keygen` and list its public key under trust.signers).');
    return [];
  }
  if (!trustsKey(setup.config, signer.publicKey)) {
    context.log.warn(`factstore: decisions are not recorded: the App's key ${signer.fingerprint} is not under trust.signers of .github/factstore.yml; add { principal: factstore-app, key: "${signer.publicKey}" }.`);
    return [];
  }
  if (result.factsCommit === null) {
    context.log.info(`factstore: ${at.owner}/${at.repo} has no facts branch ${at.branch} yet; the decision is not recorded.`);
    return [];
  }
  const facts = decisionFacts(result, { actor: deps.actor, ts: now.toISOString(), configCommit: setup.configCommit, noFactsBranch: 'no facts branch' });
  try {
    await factsStore(context.request, at, { signer, actor: deps.actor }).append({ facts, message: decisionCommitSubject(result) });
    return facts;
  } catch (e) {
    // the verdict still reaches the check run; the missing record is loud in the log
    context.log.error(`factstore: the decision on ${result.commit.slice(0, 7)} could not be recorded in ${at.owner}/${at.repo}:${at.branch}: ${e instanceof Error ? e.message : String(e)}. Give the App \`contents: write\` on the facts repository.`);
    return [];
  }
}
