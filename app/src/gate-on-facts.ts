import type { FactstoreError } from '../../src/core/errors.js';
import { failedClosed } from '../../src/core/evaluate/failed-closed.js';
import type { GateResult } from '../../src/core/evaluate/types.js';
import type { GitHubStore } from '../../src/core/store/github/github-store.js';
import type { TrustedFacts } from '../../src/core/trust/trusted-facts.js';
import { trustedGate } from '../../src/core/trust/trusted-gate.js';
import { gateAlarmOf, underAlarm, type GateAlarm } from './alarm/under-alarm.js';
import type { AppContext } from './app-context.js';
import type { AppDeps } from './app-deps.js';
import { factsBranchState } from './facts-branch-state.js';
import { factsRepository, factsStore } from './facts-store.js';
import type { RepoConfig } from './read-config.js';
import { whatToDo } from './what-to-do.js';

export interface GateQuestion {
  /** the git commit gated (40 hex) */
  commit: string;
  now: Date;
  /** the branches it is judged for, from the event */
  branches?: string[];
  /** a deployment's environment */
  environment?: string;
  /** the event's repository (the facts live there unless `facts.repo` says otherwise) */
  owner: string;
  repo: string;
}

export interface FactsGate {
  result: GateResult;
  /** the view the decision read: advance its high-water mark once the decision is recorded */
  facts?: TrustedFacts;
  /** the decision stands on trusted facts and no tamper alarm is open: it may be recorded, and the mark moved */
  trusted: boolean;
  integrity?: FactstoreError;
  alarm?: GateAlarm;
  /** the store the decision read, with the App's key: recording the decision on it reads nothing again */
  store: GitHubStore;
}

/**
 * The gate on the facts that count (DESIGN §2a), under the facts branch's tamper alarm: the
 * trusted gate and the App's state runs (high-water mark and alarm, one request) are read at once.
 * An open alarm blocks every flow and names it; so does an alarm that cannot be read, which never
 * reads as none. `known`: an alarm the caller just raised.
 */
export async function gateOnFacts(context: AppContext, deps: AppDeps, setup: RepoConfig, question: GateQuestion, known?: GateAlarm): Promise<FactsGate> {
  const { config } = setup;
  const at = factsRepository(config, question);
  const state = factsBranchState(context, deps, at);
  const store = factsStore(context.request, at, deps.signer !== undefined ? { signer: deps.signer, actor: deps.actor } : undefined, deps.listedCommits);
  const scope = {
    ...(question.branches !== undefined ? { branches: question.branches } : {}),
    ...(question.environment !== undefined ? { environment: question.environment } : {}),
  };
  const [gated, alarm] = await Promise.allSettled([
    trustedGate({ store, highWater: state.highWaterMark(), config, commit: question.commit, now: question.now, policyEvaluator: deps.policyEvaluator, ...scope }),
    state.tamperAlarm(),
  ]);
  const where = `${question.owner}/${question.repo}@${question.commit.slice(0, 7)}`;
  if (alarm.status === 'rejected') {
    const why = whatToDo(alarm.reason);
    context.log.error(`factstore: ${where} is blocked: the tamper alarm of ${at.owner}/${at.repo}:${at.branch} could not be read: ${why}`);
    const text = `the tamper alarm and high-water mark of the facts branch ${at.branch} could not be read, so the branch cannot be vouched for (${why})`;
    return { result: failedClosed({ config, commit: question.commit, reason: text, ...scope }), trusted: false, alarm: { text }, store };
  }
  if (gated.status === 'rejected') throw gated.reason;
  const { integrity, facts } = gated.value;
  if (integrity !== undefined) context.log.error(`factstore: ${where} is blocked: ${integrity.message}`);
  const open = alarm.value.open ? gateAlarmOf(alarm.value, at.branch) : known;
  const result = open === undefined ? gated.value.result : underAlarm(gated.value.result, open);
  return {
    result,
    store,
    trusted: integrity === undefined && open === undefined,
    ...(facts !== undefined ? { facts } : {}),
    ...(integrity !== undefined ? { integrity } : {}),
    ...(open !== undefined ? { alarm: open } : {}),
  };
}
