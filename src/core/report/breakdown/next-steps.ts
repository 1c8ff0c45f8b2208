import type { PolicyViolation } from '../../evaluate/types.js';
import type { BreakdownApproval, BreakdownBypass, BreakdownEvidence, BreakdownType } from './breakdown.js';
import {
  CONFIG_FILE,
  approveCommand,
  attestHow,
  beginTrailHow,
  evidenceHint,
  newTrailHow,
  plain,
  reportArtifactHow,
  type NextStepContext,
} from './next-commands.js';
import { utcMinute } from './time-text.js';

/**
 * What to do next, one sentence per problem. Commands are between backticks; user text inside a
 * step goes through `plain` so it can never open or close one.
 */
export function typeNextStep(type: Omit<BreakdownType, 'next'>, ctx: NextStepContext): string | undefined {
  const name = `\`${type.type}\``;
  if (type.status === 'PASSED') return undefined;
  if (type.status === 'MISSING') {
    if (type.pending) return `${name} is still PENDING: wait for its job to record the result (a PENDING attestation counts as missing)`;
    return `${name} is missing: ${attestHow(ctx, type.type)}${evidenceHint(ctx, type.type)}`;
  }
  const why = failureContext(type) + decidingRule(type, ctx);
  if (ctx.flow.retries === 'latest') {
    const how = ctx.audience === 'github' ? 're-run the job' : `fix the cause and re-run the job, or ${attestHow(ctx, type.type)}`;
    return `${name} FAILED${why}: ${how}; the newest attestation decides`;
  }
  return `${name} FAILED${why}: fix the failures and record them on a new trail (a FAILED attestation keeps this trail non-compliant); ${newTrailHow(ctx)}`;
}

/** " (junit.xml: 2 passed, 3 failed)" from the evidence summaries, else the attestation's details. */
function failureContext(type: Omit<BreakdownType, 'next'>): string {
  const summaries = type.evidence.filter((e: BreakdownEvidence) => e.summaryText !== '' && e.summaryText !== 'stored as is');
  if (summaries.length > 0) return ` (${summaries.map((e) => `${plain(e.name, 80)}: ${e.summaryText}`).join('; ')})`;
  return type.details !== undefined && type.details.trim() !== '' ? ` (${plain(type.details)})` : '';
}

export function approvalNextStep(approval: Omit<BreakdownApproval, 'next'>, ctx: NextStepContext): string | undefined {
  if (approval.met) return undefined;
  const who = (names: readonly string[]) => names.map((n) => plain(n, 80)).join(', ');
  if (approval.approvers.length === 0) {
    return `approval ${approval.granted} of ${approval.min}: flow ${ctx.flow.name} lists no approvers; add them under \`flows.${ctx.flow.name}.approval.approvers\` in \`${CONFIG_FILE}\``;
  }
  const ignored = approval.ignored.length > 0 ? ` (not counted, not approvers: ${who(approval.ignored)})` : '';
  const head = `approval ${approval.granted} of ${approval.min}`;
  if (approval.rejectedBy.length > 0) {
    const rejecters = who(approval.rejectedBy);
    const verb = approval.rejectedBy.length === 1 ? 'approves' : 'approve';
    return (
      `${head}, rejected by ${rejecters}: settle the objection, then ${rejecters} ${verb} again with ${approveCommand(ctx)} ` +
      `(each approver's newest decision counts)${ignored}`
    );
  }
  const needed = Math.max(1, approval.min - approval.granted);
  const action = ctx.audience === 'github' ? `comments ${approveCommand(ctx)} on the pull request` : `runs ${approveCommand(ctx)}`;
  const more = needed === 1 ? 'one more approval' : `${needed} more approvals`;
  return `${head}: ${more} needed; an approver (${who(approval.approvers)}) ${action}${ignored}`;
}

export function policyNextStep(violation: PolicyViolation): string {
  const reasons = violation.reasons.map((r) => plain(r)).join('; ');
  return `policy \`${violation.policy}\` denied: ${reasons}; see policy ${violation.policy} in \`${CONFIG_FILE}\``;
}

/** The step that comes before any other when the flow has no trail at all. */
export function noTrailNextStep(ctx: NextStepContext, artifact: string | undefined): string {
  if (artifact !== undefined) {
    const digest = plain(artifact, 80);
    return `artifact ${digest} is not recorded on any trail of flow ${ctx.flow.name}: ${reportArtifactHow(ctx, digest)}`;
  }
  return `no trail of flow ${ctx.flow.name} for this commit: ${beginTrailHow(ctx)}`;
}

/** A bypass only holds the gate open for a while: the problems below still need fixing. */
export function bypassNextStep(bypass: BreakdownBypass): string {
  const left = bypass.expiresIn === '' ? '' : ` (${bypass.expiresIn})`;
  return (
    `the gate is open only because of the bypass by ${plain(bypass.actor, 80)} (${plain(bypass.reason, 80)}), ` +
    `which expires ${utcMinute(bypass.expires)}${left}: fix what follows before then`
  );
}

/** The default rule of each format that can fail (cyclonedx, spdx and json pass unless a type's jq says otherwise). */
const FORMAT_RULES: Record<string, string> = {
  junit: 'the junit rule (any failed or errored test fails)',
  sarif: 'the sarif rule (any result of level error fails)',
  snyk: 'the snyk rule (any critical or high vulnerability fails)',
  trivy: 'the trivy rule (any critical or high vulnerability fails)',
};

/**
 * Which rule made the type FAILED, beside the numbers it saw: the type's jq, the format's default
 * rule, or nobody (a status given by hand, with no report that was judged).
 */
function decidingRule(type: Omit<BreakdownType, 'next'>, ctx: NextStepContext): string {
  if (type.override !== undefined) return '';
  const judged = type.evidence.filter((e: BreakdownEvidence) => e.summary !== undefined);
  if (judged.length === 0) return ', recorded FAILED by hand: no report was judged';
  const jq = ctx.types?.[type.type]?.jq;
  if (jq !== undefined) return `, judged by types.${type.type}.jq (${plain(jq, 120)})`;
  const rules = [...new Set(judged.map((e) => FORMAT_RULES[e.format]).filter((r): r is string => r !== undefined))];
  return rules.length > 0 ? `, judged by ${rules.join('; ')}` : '';
}
