/**
 * The fact model (DESIGN §2). `schemas/fact.schema.json` is the source of truth for the
 * wire shape; these types mirror it and every fact is validated against it before a write.
 */
export const FACT_VERSION = 1;

export type FactKind =
  | 'trail'
  | 'artifact'
  | 'attestation'
  | 'approval'
  | 'decision'
  | 'bypass'
  | 'snapshot'
  | 'drift'
  | 'alarm';

export type AttestationStatus = 'PASSED' | 'FAILED' | 'PENDING';
export type ApprovalDecision = 'APPROVED' | 'REJECTED';
export type GateEvent = 'GATE_ALLOWED' | 'GATE_BLOCKED';
export type BypassEvent = 'BYPASS_GRANTED' | 'BYPASS_REFUSED';
export type SnapshotEvent = 'ENVIRONMENT_SNAPSHOT' | 'ARTIFACT_DEPLOYED' | 'ARTIFACT_REMOVED';
export type AlarmEvent = 'TAMPER_ALARM_RAISED' | 'TAMPER_ALARM_CLEARED';

/** Where a fact was recorded from (CI run context); every field optional. */
export interface FactContext {
  repository?: string;
  workflow?: string;
  job?: string;
  runId?: string;
  runAttempt?: string;
  ref?: string;
  sha?: string;
  event?: string;
  serverUrl?: string;
  [key: string]: string | undefined;
}

interface FactCore {
  v: typeof FACT_VERSION;
  /** Deterministic: sha256 hex of the canonical fact without `id` and `ts` (or of the idempotency key). */
  id: string;
  kind: FactKind;
  /** UTC ISO-8601, e.g. 2026-11-23T14:00:00.000Z */
  ts: string;
  actor: string;
  trail?: string;
  /** git commit the fact is about (40 hex). */
  commit?: string;
  /** artifact digest `sha256:<64 hex>`. */
  artifact?: string;
  idempotencyKey?: string;
  context?: FactContext;
}

interface FactBase extends FactCore {
  flow: string;
}

export interface TrailFact extends FactBase {
  kind: 'trail';
  trail: string;
  gitBranch?: string;
  author?: string;
  description?: string;
}

export interface ArtifactFact extends FactBase {
  kind: 'artifact';
  trail: string;
  artifact: string;
  name: string;
  tag?: string;
  registry?: string;
}

export interface EvidenceRef {
  name: string;
  /** `sha256:<64 hex>` of the raw bytes, stored at `evidence/<aa>/<hex>`. */
  sha256: string;
  size: number;
  format: string;
  summary?: Record<string, unknown>;
}

/**
 * A status given by hand that contradicts what the evidence itself says (DESIGN §4): the reason
 * the person gave and the verdict they overrode, kept with the attestation and shown wherever it is.
 */
export interface AttestationOverride {
  /** why the given status stands against the evidence, 1..1024 characters */
  reason: string;
  /** what the evidence said: the type's jq, else the format's rule, over the parsed reports */
  verdict: EvidenceVerdict;
}

/** What parsed evidence can prove by itself: never PENDING. */
export type EvidenceVerdict = 'PASSED' | 'FAILED';

export interface AttestationFact extends FactBase {
  kind: 'attestation';
  trail: string;
  type: string;
  status: AttestationStatus;
  /** present only when `status` was given by hand against the evidence's verdict */
  override?: AttestationOverride;
  details?: string;
  evidenceUrl?: string;
  evidence: EvidenceRef[];
}

export interface ApprovalFact extends FactBase {
  kind: 'approval';
  trail: string;
  decision: ApprovalDecision;
  comment?: string;
  /**
   * The `@org/team` of the flow's approvers the actor approved as, when not listed by name.
   * Membership is checked when the approval is recorded, so evaluation needs no network.
   */
  team?: string;
}

export interface DecisionFact extends FactBase {
  kind: 'decision';
  event: GateEvent;
  /** facts branch commit the decision was evaluated on. */
  factsCommit: string;
  /** commit of the config the decision was evaluated with, when known. */
  configCommit?: string;
  result: Record<string, unknown>;
  bypass?: string;
  /** the GitHub environment of the deployment the decision answered (deployment protection) */
  environment?: string;
}

export interface BypassFact extends FactBase {
  kind: 'bypass';
  event: BypassEvent;
  reason: string;
  /** UTC ISO-8601 end of the bypass (granted only). */
  expires?: string;
  evidenceUrl?: string;
  comment?: string;
  refusal?: string;
  /**
   * The `@org/team` of `bypass.actors` the actor was allowed as, when not listed by name.
   * Membership is checked when the bypass is granted, so evaluation needs no network.
   */
  team?: string;
}

export interface SnapshotFact extends FactBase {
  kind: 'snapshot';
  event: SnapshotEvent;
  environment: string;
  artifacts: { artifact: string; name?: string }[];
}

export interface DriftFact extends FactBase {
  kind: 'drift';
  environment: string;
  details: string;
  expected?: string[];
  actual?: string[];
}

/** One thing the tamper alarm found on the facts branch. */
export interface AlarmIncident {
  /** force-push: history rewritten; deletion: branch deleted; untrusted: a commit no trusted key signed; rewrite: facts changed or removed; rewind: below the high-water mark */
  kind: 'force-push' | 'deletion' | 'untrusted' | 'rewrite' | 'rewind';
  /** the facts commit concerned (40 hex), when there is one */
  commit?: string;
  detail: string;
}

/**
 * The tamper alarm of a facts branch, recorded by the App with its own key (DESIGN §4): raised
 * when a push rewrites, rewinds or deletes the branch (or brings untrusted commits), cleared by an
 * allowed actor. Bound to no flow.
 */
export interface AlarmFact extends FactCore {
  kind: 'alarm';
  event: AlarmEvent;
  /** the facts branch the alarm is about */
  branch: string;
  /** RAISED: what was found (at most 100; `more` counts the rest) */
  incidents?: AlarmIncident[];
  more?: number;
  /** CLEARED: the id of the RAISED fact it clears */
  clears?: string;
  /** CLEARED: why the branch can be trusted again */
  comment?: string;
}

export type Fact =
  | TrailFact
  | ArtifactFact
  | AttestationFact
  | ApprovalFact
  | DecisionFact
  | BypassFact
  | SnapshotFact
  | DriftFact
  | AlarmFact;

/** A fact before its `v` and `id` are filled in. */
export type FactInput = DistributiveOmit<Fact, 'v' | 'id'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The audit event name a fact shows as in the log (DESIGN §2). */
export function auditEvent(fact: Fact): string {
  switch (fact.kind) {
    case 'trail':
      return 'TRAIL_STARTED';
    case 'artifact':
      return 'ARTIFACT_REPORTED';
    case 'attestation':
      return 'ATTESTATION_RECORDED';
    case 'approval':
      return fact.decision === 'APPROVED' ? 'APPROVAL_GRANTED' : 'APPROVAL_REJECTED';
    case 'decision':
    case 'bypass':
    case 'snapshot':
      return fact.event;
    case 'drift':
      return 'DRIFT_DETECTED';
    case 'alarm':
      return fact.event;
  }
}
