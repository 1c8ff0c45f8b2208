import { clip, codeSpan, inlineWithCode } from '../../../src/core/report/breakdown/markdown-escape.js';
import type { GateOutcome } from '../gate-commit-checks.js';

/** The gate's answer in a few lines: each flow's decision and why (the breakdown comment has the rest). */
export function gateReply(outcome: GateOutcome | undefined, commit: string, flow?: string): string {
  const short = commit.slice(0, 7);
  if (outcome === undefined) return `The gate of ${short} could not be evaluated; the App's log says why. The check runs may be out of date.`;
  const flows = outcome.result.flows.filter((g) => flow === undefined || g.flow === flow);
  if (flows.length === 0) {
    return flow === undefined
      ? `No flow of the config applies to ${short}, so nothing gates it.`
      : `Flow ${codeSpan(flow)} does not apply to ${short} (its branches), so it does not gate it.`;
  }
  const lines = flows.map((g) => `- ${codeSpan(g.flow)}: **${g.decision}**: ${inlineWithCode(clip(g.details, 600))}`);
  return [`Gate of ${short}:`, ...lines].join('\n');
}
