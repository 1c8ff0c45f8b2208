import type { FactstoreConfig } from '../config/config.js';
import { checkCommit } from '../model/names.js';
import { flowGatesEnvironment } from './environment-flows.js';
import { appliesToBranches } from './flow-scope.js';
import type { GateResult } from './types.js';

export interface FailedClosedInput {
  config: FactstoreConfig;
  commit: string;
  /** why no decision could be taken (an integrity failure's message) */
  reason: string;
  flow?: string;
  branches?: readonly string[];
  environment?: string;
  factsCommit?: string | null;
}

/**
 * The gate when the facts cannot be trusted (DESIGN §2a): every flow that applies to the commit
 * (by branch and environment, which come from the event, not from the facts) is GATE_BLOCKED with
 * the reason, so a check run fails and names it and a deployment is rejected.
 */
export function failedClosed(input: FailedClosedInput): GateResult {
  const commit = checkCommit(input.commit);
  const flows = Object.values(input.config.flows).filter(
    (f) => (input.flow === undefined || f.name === input.flow) && appliesToBranches(f, input.branches) && (input.environment === undefined || flowGatesEnvironment(f, input.environment, input.config.environments)),
  );
  const details = `no decision can be taken: ${input.reason}`;
  return {
    commit,
    decision: 'GATE_BLOCKED',
    flows: flows.map((f) => ({ flow: f.name, decision: 'GATE_BLOCKED', trail: null, details })),
    factsCommit: input.factsCommit ?? null,
    details,
  };
}
