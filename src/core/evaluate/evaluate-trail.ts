import type { FlowConfig, PolicyConfig } from '../config/config.js';
import type { ApprovalFact, Fact } from '../model/fact.js';
import type { TeamMembership } from './actor-match.js';
import { approvalMet, evaluateApproval } from './approvals.js';
import { chronological, newestTs } from './chronology.js';
import { describeEvaluation } from './describe.js';
import { evaluatePolicies, type PolicyEvaluator } from './policies.js';
import { buildTrailDocument, countingAttestations, type TrailDocument } from './trail-document.js';
import { evaluateType } from './type-status.js';
import type { TrailEvaluation } from './types.js';

export interface EvaluateTrailInput {
  flow: FlowConfig;
  trail: string;
  /** the trail's facts, in recorded order */
  facts: Fact[];
  /** evaluate for this artifact digest (DESIGN §4 rule 2); absent: every attestation counts */
  artifact?: string;
  policies?: Record<string, PolicyConfig>;
  policyEvaluator?: PolicyEvaluator;
  isTeamMember?: TeamMembership;
  /** the change's author from the event (a pull request's); absent: the trail's recorded author */
  author?: string;
}

/** The author recorded when the trail began (its first trail fact that names one). */
export function trailAuthor(facts: readonly Fact[]): string | undefined {
  for (const f of facts) if (f.kind === 'trail' && f.author !== undefined) return f.author;
  return undefined;
}

/** DESIGN §4: the compliance of one trail of a flow. Pure and synchronous. */
export function evaluateTrail(input: EvaluateTrailInput): TrailEvaluation {
  const { flow, trail, facts, artifact } = input;
  const attestations = chronological(countingAttestations(facts, artifact));
  const types = [...new Set(flow.require)].map((type) =>
    evaluateType(type, attestations.filter((a) => a.type === type), flow.retries),
  );
  const approvals = chronological(facts.filter((f): f is ApprovalFact => f.kind === 'approval'));
  const approval = evaluateApproval(flow.approval, approvals, input.isTeamMember, input.author ?? trailAuthor(facts));

  let document: TrailDocument | undefined;
  const policyViolations = evaluatePolicies(flow.policies, input.policies, input.policyEvaluator, () => {
    document ??= buildTrailDocument({ flow, trail, facts, ...(artifact !== undefined ? { artifact } : {}) });
    return document;
  });

  const missing = types.filter((t) => t.status === 'MISSING').map((t) => t.type);
  const failed = types.filter((t) => t.status === 'FAILED').map((t) => t.type);
  const problems = missing.length + failed.length + (approvalMet(approval) ? 0 : 1) + policyViolations.length;
  return {
    flow: flow.name,
    trail,
    ...(artifact !== undefined ? { artifact } : {}),
    status: problems === 0 ? 'COMPLIANT' : 'NON_COMPLIANT',
    types,
    missing,
    failed,
    approval,
    policyViolations,
    problems,
    newest: newestTs(facts),
    details: describeEvaluation({ types, approval, policyViolations }),
  };
}
