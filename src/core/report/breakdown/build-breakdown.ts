import type { Breakdown, BreakdownFlow, BreakdownStatus } from './breakdown.js';
import type { BreakdownInput } from './breakdown-input.js';
import { buildFlow } from './build-flow.js';

/**
 * The compliance breakdown as JSON (valid against `schemas/breakdown.schema.json`). Pure: the
 * same input gives the same object, and `now` is the only time it knows.
 */
export function buildBreakdown(input: BreakdownInput): Breakdown {
  const audience = input.audience ?? 'cli';
  const flows = input.flows.map((flow) =>
    buildFlow(flow, {
      audience,
      now: input.now,
      ...(input.links !== undefined ? { links: input.links } : {}),
      ...(input.types !== undefined ? { types: input.types } : {}),
      ...(input.gate !== undefined ? { commit: input.gate.commit } : {}),
    }),
  );
  const trust = input.trust === undefined ? {} : { trust: input.trust };
  const breakdown: Breakdown = {
    status: overallStatus(flows, input.gate !== undefined),
    audience,
    at: input.now.toISOString(),
    flows,
    ...trust,
  };
  if (input.gate === undefined) return breakdown;
  const { commit, factsCommit } = input.gate;
  const factsCommitLink = factsCommit === null ? undefined : input.links?.factsCommit?.(factsCommit);
  return {
    status: breakdown.status,
    audience,
    at: breakdown.at,
    commit,
    factsCommit,
    ...(factsCommitLink !== undefined ? { factsCommitLink } : {}),
    flows,
    ...trust,
  };
}

/** Blocked if any flow does not pass; worded as a gate when it is one (or every flow has a decision). */
function overallStatus(flows: readonly BreakdownFlow[], isGate: boolean): BreakdownStatus {
  const passes = flows.every((f) => f.status === 'COMPLIANT' || f.status === 'GATE_ALLOWED');
  const gate = isGate || (flows.length > 0 && flows.every((f) => f.status === 'GATE_ALLOWED' || f.status === 'GATE_BLOCKED'));
  if (gate) return passes ? 'GATE_ALLOWED' : 'GATE_BLOCKED';
  return passes ? 'COMPLIANT' : 'NON_COMPLIANT';
}
