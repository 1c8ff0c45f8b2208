import { isFactstoreError, type FactstoreError } from '../errors.js';
import { failedClosed } from '../evaluate/failed-closed.js';
import { gateCommit, type GateCommitInput } from '../evaluate/gate-commit.js';
import type { GateResult } from '../evaluate/types.js';
import type { FactStore } from '../store/fact-store.js';
import type { HighWaterMark } from './high-water.js';
import { TrustedFacts } from './trusted-facts.js';

export interface TrustedGateInput extends Omit<GateCommitInput, 'store'> {
  store: FactStore;
  highWater: HighWaterMark;
}

export interface TrustedGate {
  /** the decision, with its trust report; on an integrity failure every applicable flow blocked, naming it */
  result: GateResult;
  /** the view the decision read (to advance the high-water mark once the decision is recorded) */
  facts?: TrustedFacts;
  /** the integrity failure the decision failed closed on */
  integrity?: FactstoreError;
}

/**
 * `gate(commit)` on the facts that count, for the surfaces that must answer even when the facts
 * branch cannot be trusted (check runs, deployment reviews): an integrity failure becomes a
 * blocked decision that names it, never a silent error and never an allow.
 */
export async function trustedGate(input: TrustedGateInput): Promise<TrustedGate> {
  const { store, highWater, ...gate } = input;
  let facts: TrustedFacts | undefined;
  try {
    facts = await TrustedFacts.open({ store, signers: input.config.trust.signers, highWater });
    const evaluated = await gateCommit({ ...gate, store: facts });
    return { result: { ...evaluated, trust: await facts.report() }, facts };
  } catch (e) {
    if (!isFactstoreError(e) || e.code !== 'INTEGRITY') throw e;
    const result = failedClosed({
      config: input.config,
      commit: input.commit,
      reason: e.message,
      factsCommit: facts?.factsCommit ?? null,
      ...(input.flow !== undefined ? { flow: input.flow } : {}),
      ...(input.branches !== undefined ? { branches: input.branches } : {}),
      ...(input.environment !== undefined ? { environment: input.environment } : {}),
    });
    return { result, integrity: e };
  }
}
