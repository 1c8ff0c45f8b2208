import type { FlowConfig } from '../../config/config.js';
import { approvalMet } from '../../evaluate/approvals.js';
import type { ApprovalEvaluation, TypeEvaluation } from '../../evaluate/types.js';
import type { EvidenceRef } from '../../model/fact.js';
import type { BreakdownApproval, BreakdownEvidence, BreakdownFlow, BreakdownType } from './breakdown.js';
import type { BreakdownFlowInput, BreakdownLinks } from './breakdown-input.js';
import type { NextStepContext } from './next-commands.js';
import { approvalNextStep, bypassNextStep, noTrailNextStep, policyNextStep, typeNextStep } from './next-steps.js';
import { summaryText } from './summary-text.js';
import { expiresIn } from './time-text.js';

export interface FlowBuildContext extends Omit<NextStepContext, 'flow' | 'trail'> {
  links?: BreakdownLinks;
  now: Date;
}

/** One flow of the breakdown: the evaluation in the order of the flow's `require`, with next steps. */
export function buildFlow(input: BreakdownFlowInput, shared: FlowBuildContext): BreakdownFlow {
  const { flow, evaluation } = input;
  const ctx: NextStepContext = { ...stepContext(shared), flow, trail: evaluation?.trail ?? null };
  const types = (evaluation?.types ?? missingTypes(flow)).map((t) => withControls(buildType(t, ctx, shared.links), flow.controls?.[t.type]));
  const approval = buildApproval(evaluation?.approval ?? unmetApproval(flow), flow, ctx);
  const policyViolations = (evaluation?.policyViolations ?? []).map((v) => ({ policy: v.policy, reasons: [...v.reasons] }));
  const artifact = input.artifact ?? evaluation?.artifact;
  const bypass = input.bypass === undefined ? undefined : { ...input.bypass, expiresIn: expiresIn(input.bypass.expires, shared.now) };
  const compliance = evaluation?.status ?? 'NON_COMPLIANT';

  const next = [
    ...(evaluation === undefined ? [noTrailNextStep(ctx, artifact)] : []),
    ...(bypass !== undefined && compliance !== 'COMPLIANT' ? [bypassNextStep(bypass)] : []),
    ...types.flatMap((t) => (t.next === undefined ? [] : [t.next])),
    ...(approval.next === undefined ? [] : [approval.next]),
    ...policyViolations.map(policyNextStep),
  ];
  const waiting =
    evaluation !== undefined &&
    compliance === 'NON_COMPLIANT' &&
    types.every((t) => t.status === 'PASSED' || t.pending) &&
    approval.met &&
    policyViolations.length === 0;

  return {
    flow: flow.name,
    ...(flow.description !== undefined ? { description: flow.description } : {}),
    trail: evaluation?.trail ?? null,
    ...(artifact !== undefined ? { artifact } : {}),
    status: input.decision ?? compliance,
    compliance,
    waiting,
    retries: flow.retries,
    types,
    approval,
    policyViolations,
    ...(bypass !== undefined ? { bypass } : {}),
    next,
    details: input.details,
  };
}

function stepContext(shared: FlowBuildContext): Omit<NextStepContext, 'flow' | 'trail'> {
  return {
    audience: shared.audience,
    ...(shared.types !== undefined ? { types: shared.types } : {}),
    ...(shared.commit !== undefined ? { commit: shared.commit } : {}),
  };
}

/** The framework controls the flow says the type evidences, after the type's own fields. */
function withControls(type: BreakdownType, controls: readonly string[] | undefined): BreakdownType {
  return controls === undefined || controls.length === 0 ? type : { ...type, controls: [...controls] };
}

function buildType(t: TypeEvaluation, ctx: NextStepContext, links: BreakdownLinks | undefined): BreakdownType {
  const type: Omit<BreakdownType, 'next'> = {
    type: t.type,
    status: t.status,
    pending: t.pending,
    evidence: t.evidence.map((e) => buildEvidence(e, links)),
    ...(t.evidenceUrl !== undefined ? { evidenceUrl: t.evidenceUrl } : {}),
    ...(t.details !== undefined ? { details: t.details } : {}),
    ...(t.decidedBy !== undefined ? { decidedBy: t.decidedBy } : {}),
    ...(t.override !== undefined ? { override: { reason: t.override.reason, verdict: t.override.verdict } } : {}),
    superseded: [...t.superseded],
  };
  const next = typeNextStep(type, ctx);
  return next === undefined ? type : { ...type, next };
}

function buildEvidence(e: EvidenceRef, links: BreakdownLinks | undefined): BreakdownEvidence {
  const link = links?.evidence?.(e.sha256);
  return {
    name: e.name,
    sha256: e.sha256,
    format: e.format,
    size: e.size,
    ...(e.summary !== undefined ? { summary: e.summary } : {}),
    summaryText: summaryText(e.format, e.summary),
    ...(link !== undefined ? { link } : {}),
  };
}

function buildApproval(a: ApprovalEvaluation, flow: FlowConfig, ctx: NextStepContext): BreakdownApproval {
  const approval: Omit<BreakdownApproval, 'next'> = {
    required: a.required,
    met: approvalMet(a),
    granted: a.granted,
    min: a.min,
    approvers: [...(flow.approval?.approvers ?? [])],
    approvedBy: [...a.approvedBy],
    rejectedBy: [...a.rejectedBy],
    ignored: [...a.ignored],
    selfApproved: [...a.selfApproved],
    authorUnknown: a.authorUnknown,
  };
  const next = approvalNextStep(approval, ctx);
  return next === undefined ? approval : { ...approval, next };
}

/** Without a trail every required type is missing (as the engine reports an unknown digest). */
function missingTypes(flow: FlowConfig): TypeEvaluation[] {
  return [...new Set(flow.require)].map((type) => ({ type, status: 'MISSING', pending: false, superseded: [], evidence: [] }));
}

function unmetApproval(flow: FlowConfig): ApprovalEvaluation {
  const rule = flow.approval;
  return { required: rule?.required ?? false, granted: 0, min: rule?.min ?? 0, rejected: false, approvedBy: [], rejectedBy: [], ignored: [], selfApproved: [], author: null, authorUnknown: false };
}
