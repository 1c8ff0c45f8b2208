import type { AttestationOverride, EvidenceRef } from '../model/fact.js';
import type { TrustReport } from '../trust/trust-report.js';

export type TypeStatus = 'PASSED' | 'FAILED' | 'MISSING';
export type ComplianceStatus = 'COMPLIANT' | 'NON_COMPLIANT';

/** How one required attestation type stands on a trail (DESIGN §4 rule 1). */
export interface TypeEvaluation {
  type: string;
  status: TypeStatus;
  /** id of the attestation that decided the status, if any */
  decidedBy?: string;
  /** a PENDING attestation exists (and counted as missing) */
  pending: boolean;
  /** ids of FAILED attestations a later one superseded (`retries: latest` only) */
  superseded: string[];
  evidence: EvidenceRef[];
  details?: string;
  evidenceUrl?: string;
  /** the deciding attestation's status was given by hand against its evidence's verdict, for this reason */
  override?: AttestationOverride;
}

export interface ApprovalEvaluation {
  required: boolean;
  /** distinct allowed approvers whose latest decision is APPROVED */
  granted: number;
  min: number;
  /** an allowed approver's latest decision is REJECTED */
  rejected: boolean;
  approvedBy: string[];
  rejectedBy: string[];
  /** approval facts by actors who are not allowed approvers (not counted) */
  ignored: string[];
  /** approvals by the change's author, not counted (separation of duties, `forbid_self`) */
  selfApproved: string[];
  /**
   * The change's author the approvals were checked against; null when unknown (then a self-approval
   * could not be told) or when the flow allows self-approval.
   */
  author: string | null;
  /** `forbid_self` applies but the author is unknown: self-approval was not checked */
  authorUnknown: boolean;
}

export interface PolicyViolation {
  policy: string;
  reasons: string[];
}

/** The evaluation of one trail of one flow, optionally for one artifact digest. */
export interface TrailEvaluation {
  flow: string;
  trail: string;
  artifact?: string;
  status: ComplianceStatus;
  types: TypeEvaluation[];
  missing: string[];
  failed: string[];
  approval: ApprovalEvaluation;
  policyViolations: PolicyViolation[];
  /** missing + failed + unmet approval + policy violations: used to pick the best trail */
  problems: number;
  /** timestamp of the newest fact on the trail: the tie-break between equally good trails */
  newest: string;
  details: string;
}

/** DESIGN §4 assert result, as printed by `assert --json` and returned by the Action and the App. */
export interface AssertResult {
  sha256Digest: string;
  flow: string;
  status: ComplianceStatus;
  trail: string | null;
  missingAttestationTypes: string[];
  failedAttestationTypes: string[];
  approval: { required: boolean; granted: number; min: number };
  policyViolations: string[];
  details: string;
  /** how many trails of the flow recorded the digest */
  trailsConsidered: number;
  /** the full evaluation of the chosen trail (absent for an unknown digest) */
  evaluation?: TrailEvaluation;
  /** what the result was taken on and what it did not count (DESIGN §2a) */
  trust?: TrustReport;
}

export type GateEventName = 'GATE_ALLOWED' | 'GATE_BLOCKED';

export interface FlowGate {
  flow: string;
  decision: GateEventName;
  trail: string | null;
  /** the evaluation that decided (worst artifact of the trail, or the trail itself) */
  evaluation?: TrailEvaluation;
  /** id of the bypass fact that turned a block into an allow */
  bypass?: { id: string; actor: string; reason: string; expires: string };
  details: string;
}

/** `gate(commit)`: the decision of every flow that applies to the commit. */
export interface GateResult {
  commit: string;
  decision: GateEventName;
  flows: FlowGate[];
  /** facts branch tip the decision was evaluated on */
  factsCommit: string | null;
  details: string;
  /** what the decision was taken on and what it did not count (DESIGN §2a) */
  trust?: TrustReport;
}
