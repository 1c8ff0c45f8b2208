import { FactstoreError } from '../errors.js';
import { makeFact } from '../model/fact-id.js';
import type { Fact } from '../model/fact.js';
import { checkCommit } from '../model/names.js';
import type { FlowGate, GateResult } from './types.js';

export interface DecisionFactsInput {
  actor: string;
  /** when the decision was taken (ISO-8601) */
  ts: string;
  /** the commit of the config the decision was taken on, when known (40 hex) */
  configCommit?: string;
  /** what to do when the facts branch does not exist yet (the caller's wording) */
  noFactsBranch: string;
  /** the deployment's environment, when the decision answers a deployment protection rule */
  environment?: string;
}

/**
 * One decision fact per gated flow (GATE_ALLOWED / GATE_BLOCKED), naming the facts commit and,
 * when known, the config commit it was taken on, so that any decision can be replayed later.
 * The CLI's `gate --record`, the workflow gate and the App all record these.
 */
export function decisionFacts(result: GateResult, input: DecisionFactsInput): Fact[] {
  if (result.flows.length === 0) return [];
  const factsCommit = result.factsCommit;
  if (factsCommit === null) throw new FactstoreError('NOT_FOUND', input.noFactsBranch);
  const configCommit = input.configCommit === undefined ? undefined : checkCommit(input.configCommit);
  return result.flows.map((g: FlowGate) =>
    makeFact({
      kind: 'decision',
      flow: g.flow,
      ...(g.trail !== null ? { trail: g.trail } : {}),
      commit: result.commit,
      event: g.decision,
      factsCommit,
      ...(configCommit !== undefined ? { configCommit } : {}),
      result: JSON.parse(JSON.stringify(g)) as Record<string, unknown>,
      ...(g.bypass !== undefined ? { bypass: g.bypass.id } : {}),
      ...(input.environment !== undefined ? { environment: input.environment } : {}),
      actor: input.actor,
      ts: input.ts,
    }),
  );
}

/** The commit message subject of recorded gate decisions, and how a facts push recognises them. */
export function decisionCommitSubject(result: Pick<GateResult, 'commit' | 'decision'>): string {
  return `gate ${result.commit.slice(0, 7)}: ${result.decision}`;
}

/**
 * Whether a facts commit message is one of recorded gate decisions (whoever recorded them): a
 * push holding only those re-opens no question, so re-evaluating on it would loop.
 */
export function isDecisionCommitMessage(message: string): boolean {
  return /^factstore: gate [0-9a-f]{7}: GATE_(ALLOWED|BLOCKED)\n/.test(message);
}
