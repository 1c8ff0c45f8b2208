import type { ComplianceStatus, GateEventName, PolicyViolation, TypeStatus } from '../../evaluate/types.js';
import type { AttestationOverride } from '../../model/fact.js';

/**
 * The compliance breakdown of a release: what the Action job summary, the App's check run, the
 * PR comment and `--markdown` show. Mirrors `schemas/breakdown.schema.json`; the Markdown is
 * rendered from this object only, so the two never disagree.
 */
export type BreakdownAudience = 'cli' | 'github';

/** A flow's verdict: the gate decision when the breakdown is for a gate, else the trail's compliance. */
export type BreakdownStatus = ComplianceStatus | GateEventName;

export interface BreakdownEvidence {
  name: string;
  /** `sha256:<64 hex>` of the stored bytes */
  sha256: string;
  format: string;
  size: number;
  /** what the format's parser counted (absent for a file stored as is) */
  summary?: Record<string, unknown>;
  /** the summary for a person, e.g. "1 247 passed, 0 failed"; empty when there is nothing to say */
  summaryText: string;
  /** where the stored evidence can be read (only when the caller knows the facts repository) */
  link?: string;
}

export interface BreakdownType {
  type: string;
  status: TypeStatus;
  /** a PENDING attestation exists (and counts as missing) */
  pending: boolean;
  evidence: BreakdownEvidence[];
  evidenceUrl?: string;
  details?: string;
  /** id of the attestation that decided the status */
  decidedBy?: string;
  /** that attestation's status was given by hand against its evidence's verdict, for this reason */
  override?: AttestationOverride;
  /** FAILED attestations a newer one superseded (`retries: latest`) */
  superseded: string[];
  /** what to do about a MISSING or FAILED type */
  next?: string;
  /** the framework controls the type evidences, from the flow's `controls` (e.g. `soc2 CC8.1`) */
  controls?: string[];
}

export interface BreakdownApproval {
  required: boolean;
  /** no approval required, or enough of them and no rejection */
  met: boolean;
  granted: number;
  min: number;
  /** who may approve (from the flow) */
  approvers: string[];
  approvedBy: string[];
  rejectedBy: string[];
  /** approval facts by people who are not approvers: not counted */
  ignored: string[];
  /** approvals by the change's author: not counted (`forbid_self`) */
  selfApproved: string[];
  /** `forbid_self` applies but the change's author is unknown: self-approval was not checked */
  authorUnknown: boolean;
  next?: string;
}

/** What the decision was taken on and what it did not count (DESIGN §2a), in words. */
export interface BreakdownTrust {
  /** "2 facts ignored: added by commit 3179c30, unsigned" */
  ignored: string[];
  notes: string[];
  /** which config decided, e.g. ".github/factstore.yml at 1a2b3c4 (main)" */
  config?: string;
}

export interface BreakdownBypass {
  id: string;
  actor: string;
  reason: string;
  /** UTC ISO-8601 */
  expires: string;
  /** relative to the breakdown's `at`, e.g. "in 3 days" or "expired" */
  expiresIn: string;
}

export interface BreakdownFlow {
  flow: string;
  description?: string;
  /** null: no trail (unknown artifact, or nothing recorded for the commit) */
  trail: string | null;
  artifact?: string;
  status: BreakdownStatus;
  /** the trail's own compliance, whatever the gate decided (a bypass allows a NON_COMPLIANT trail) */
  compliance: ComplianceStatus;
  /** not compliant only because some attestations are still PENDING */
  waiting: boolean;
  retries: 'sticky' | 'latest';
  types: BreakdownType[];
  approval: BreakdownApproval;
  policyViolations: PolicyViolation[];
  bypass?: BreakdownBypass;
  /** every next step of the flow, in order: trail, bypass, types, approval, policies */
  next: string[];
  details: string;
}

export interface Breakdown {
  status: BreakdownStatus;
  audience: BreakdownAudience;
  /** the time the breakdown was made for (relative times are computed from it) */
  at: string;
  /** gate breakdowns: the commit gated */
  commit?: string;
  /** gate breakdowns: the facts branch commit the decision was read at */
  factsCommit?: string | null;
  factsCommitLink?: string;
  flows: BreakdownFlow[];
  trust?: BreakdownTrust;
}
