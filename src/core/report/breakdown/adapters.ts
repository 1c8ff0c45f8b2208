import type { FlowConfig } from '../../config/config.js';
import { FactstoreError } from '../../errors.js';
import type { AssertResult, GateResult } from '../../evaluate/types.js';
import type { Breakdown } from './breakdown.js';
import type { BreakdownOptions } from './breakdown-input.js';
import { buildBreakdown } from './build-breakdown.js';

/** The breakdown of `assert(digest, flow)`: one flow, for that artifact. */
export function breakdownFromAssert(result: AssertResult, flow: FlowConfig, options: BreakdownOptions): Breakdown {
  if (result.flow !== flow.name) {
    throw new FactstoreError(
      'INTERNAL',
      `factstore: the assert result is for flow ${result.flow}, not ${flow.name}: pass the flow the assert was evaluated with.`,
    );
  }
  return buildBreakdown({
    ...options,
    flows: [
      {
        flow,
        ...(result.evaluation !== undefined ? { evaluation: result.evaluation } : {}),
        artifact: result.sha256Digest,
        details: result.details,
      },
    ],
  });
}

/** The breakdown of `gate(commit)`: every flow that applied, with its decision and any bypass. */
export function breakdownFromGate(result: GateResult, flows: Record<string, FlowConfig>, options: BreakdownOptions): Breakdown {
  return buildBreakdown({
    ...options,
    gate: { commit: result.commit, factsCommit: result.factsCommit },
    flows: result.flows.map((gate) => {
      const flow = Object.hasOwn(flows, gate.flow) ? flows[gate.flow] : undefined;
      if (flow === undefined) {
        throw new FactstoreError(
          'INTERNAL',
          `factstore: flow ${gate.flow} of the gate result is not among the flows given: pass the config the gate was evaluated with.`,
        );
      }
      return {
        flow,
        ...(gate.evaluation !== undefined ? { evaluation: gate.evaluation } : {}),
        decision: gate.decision,
        ...(gate.bypass !== undefined ? { bypass: gate.bypass } : {}),
        details: gate.details,
      };
    }),
  });
}
