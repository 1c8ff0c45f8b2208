import type { AssertResult, ComplianceStatus } from '../../evaluate/types.js';
import type { ApprovalDecision, AttestationOverride, AttestationStatus, EvidenceRef, GateEvent } from '../../model/fact.js';

/**
 * The chain of custody of one artifact: every flow and trail that recorded its digest, what
 * each fact says and the facts commit that holds it, and the compliance of each flow.
 * Mirrors `schemas/cli/compliance-artifact.schema.json`.
 */
export interface CustodyReport {
  sha256Digest: string;
  /** COMPLIANT only when the artifact was recorded and every flow that recorded it is COMPLIANT */
  status: ComplianceStatus;
  /** the facts branch commit every read was made at; null when there is no facts branch */
  factsCommit: string | null;
  flows: FlowCustody[];
  details: string;
}

export interface FlowCustody {
  flow: string;
  status: ComplianceStatus;
  /** `assert(digest, flow)`; null when the flow is no longer in the config */
  assert: AssertResult | null;
  trails: TrailCustody[];
  details: string;
}

/** Who recorded a fact, when, and where it is kept. */
export interface Recorded {
  /** the fact id */
  id: string;
  ts: string;
  actor: string;
  /** the facts commit that added the fact */
  recordedIn: string;
  /** that commit's time (UTC ISO-8601) */
  recordedAt: string;
}

export interface TrailCustody {
  trail: string;
  /** the git commit, branch and author the trail was started for */
  commit?: string;
  gitBranch?: string;
  author?: string;
  /** the trail's start; null if the trail file holds no trail fact */
  started: Recorded | null;
  /** the artifact facts of this digest */
  artifacts: ArtifactRecord[];
  /** the attestations that count for this artifact (DESIGN §4 rule 2) */
  attestations: AttestationRecord[];
  approvals: ApprovalRecord[];
  /** gate decisions about the trail, or about its commit when no trail was found then */
  decisions: DecisionRecord[];
}

export interface ArtifactRecord extends Recorded {
  name: string;
  tag?: string;
  registry?: string;
}

export interface AttestationRecord extends Recorded {
  type: string;
  status: AttestationStatus;
  /** the status was given by hand against the evidence's verdict, for this reason */
  override?: AttestationOverride;
  artifact?: string;
  details?: string;
  evidenceUrl?: string;
  evidence: EvidenceRef[];
}

export interface ApprovalRecord extends Recorded {
  decision: ApprovalDecision;
  comment?: string;
  team?: string;
}

export interface DecisionRecord extends Recorded {
  event: GateEvent;
  /** the trail the decision was taken on; null when the gate found none for the commit */
  trail: string | null;
  commit?: string;
  /** the facts commit the decision was evaluated on */
  factsCommit: string;
  configCommit?: string;
  bypass?: string;
  details?: string;
}
