import type { FlowConfig } from '../../config/config.js';
import type { GateResult } from '../../evaluate/types.js';
import { breakdownFromGate, renderBreakdownMarkdown, type BreakdownOptions } from '../breakdown/index.js';
import type { CheckRunPayload } from './check-run.js';
import { checkRunFor } from './check-run-for.js';

/**
 * One check-run payload per gated flow, each summarised by that flow's breakdown: what the
 * workflow gate and the App both post. `decisionIds[i]` names flow i's decision fact when one was
 * recorded; otherwise the facts commit the decision was read at.
 */
export function gateCheckRuns(
  result: GateResult,
  flows: Record<string, FlowConfig>,
  options: BreakdownOptions,
  extra: { decisionIds?: readonly string[]; detailsUrl?: string } = {},
): CheckRunPayload[] {
  return result.flows.map((flowGate, i) => {
    const breakdown = breakdownFromGate({ ...result, flows: [flowGate] }, flows, options);
    return checkRunFor(flowGate, renderBreakdownMarkdown(breakdown), {
      headSha: result.commit,
      waiting: breakdown.flows[0]?.waiting ?? false,
      decision: extra.decisionIds?.[i] ?? result.factsCommit ?? 'no-facts',
      ...(extra.detailsUrl !== undefined ? { detailsUrl: extra.detailsUrl } : {}),
    });
  });
}
