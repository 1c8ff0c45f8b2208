import { FactstoreError } from '../../errors.js';
import { checkCommit } from '../../model/names.js';
import type { FlowGate } from '../../evaluate/types.js';
import { CHECK_RUN_TEXT_LIMIT, type CheckRunPayload } from './check-run.js';

export interface CheckRunOptions {
  /** the git commit the check run is attached to (40 hex) */
  headSha: string;
  /** the breakdown flow's `waiting`: not compliant only because attestations are still PENDING */
  waiting: boolean;
  /** what names the decision: the decision fact's id when one was recorded, else the facts commit read */
  decision: string;
  /** a page with the full details (the workflow run) */
  detailsUrl?: string;
}

/** The check run of one flow is named after it, so branch protection can require it by name. */
export function checkRunName(flow: string): string {
  return `Factstore gate / ${flow}`;
}

/**
 * The check run that carries one flow's gate decision: completed with `success` (GATE_ALLOWED)
 * or `failure` (GATE_BLOCKED), or still `in_progress` when the block is only evidence not yet in.
 * The summary is the flow's breakdown Markdown, cut to GitHub's limit at a line if ever longer.
 */
export function checkRunFor(gate: FlowGate, breakdownMarkdown: string, options: CheckRunOptions): CheckRunPayload {
  if (options.decision.trim() === '') {
    throw new FactstoreError('INTERNAL', 'factstore: a check run needs the decision it carries: pass the decision fact id or the facts commit.');
  }
  const base = {
    name: checkRunName(gate.flow),
    head_sha: checkCommit(options.headSha),
    external_id: `factstore:${gate.flow}:${options.decision}`,
    ...(options.detailsUrl !== undefined ? { details_url: options.detailsUrl } : {}),
  };
  const summary = fitText(breakdownMarkdown);
  const text = fitText(gate.details);
  if (gate.decision === 'GATE_ALLOWED') {
    return { ...base, status: 'completed', conclusion: 'success', output: { title: 'GATE_ALLOWED', summary, text } };
  }
  if (options.waiting) {
    return { ...base, status: 'in_progress', output: { title: 'Waiting for evidence', summary, text } };
  }
  return { ...base, status: 'completed', conclusion: 'failure', output: { title: 'GATE_BLOCKED', summary, text } };
}

const CUT_NOTE = '\n\n… (cut to GitHub’s check-run limit)';

/** At most GitHub's limit; whole lines are kept where possible. */
function fitText(text: string): string {
  if (text.length <= CHECK_RUN_TEXT_LIMIT) return text;
  const room = CHECK_RUN_TEXT_LIMIT - CUT_NOTE.length;
  const head = text.slice(0, room);
  const line = head.lastIndexOf('\n');
  return `${line > 0 ? head.slice(0, line) : head}${CUT_NOTE}`;
}
