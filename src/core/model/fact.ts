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
  | 'alarm'
  | 'export';

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

/** Where one running artifact runs: the fields its environment type has. */
export interface RunningLocation {
  namespace?: string;
  pod?: string;
  container?: string;
  containerId?: string;
  cluster?: string;
  task?: string;
  function?: string;
  version?: string;
  bucket?: string;
  key?: string;
  path?: string;
  host?: string;
}

/** One artifact running in an environment, as a snapshot records it. */
export interface SnapshotItem {
  /** compares snapshots: the image repository, function name, object key or path */
  name: string;
  /** `sha256:<hex>`: the digest CI recorded for the artifact */
  artifact: string;
  /** docker: the local image id, when it differs from `artifact` (an artifact matches by either) */
  localId?: string;
  image?: string;
  where?: RunningLocation[];
}

export type EnvironmentType = 'k8s' | 'docker' | 'ecs' | 'lambda' | 's3' | 'server' | 'list';

/** What was running in one environment when it was looked at: keyed by the environment, bound to no flow. */
export interface SnapshotFact extends FactCore {
  kind: 'snapshot';
  event: 'ENVIRONMENT_SNAPSHOT';
  environment: string;
  type: EnvironmentType;
  artifacts: SnapshotItem[];
  /** the environment's snapshot before this one (its fact id): the snapshots form a chain */
  previous?: string;
  /** what the source left out, and why (pods not Running, containers without a digest…) */
  skipped?: { what: string; why: string }[];
}

export type DriftEvent = 'DRIFT_DETECTED' | 'DRIFT_RESOLVED';

/**
 * An artifact running in an environment without being allowed there (recorded by no trail, or not
 * COMPLIANT), recorded once when first seen and once when it is cleared.
 */
export interface DriftFact extends FactCore {
  kind: 'drift';
  event: DriftEvent;
  environment: string;
  name: string;
  artifact: string;
  /** the snapshot that first saw it (DETECTED) or that cleared it (RESOLVED) */
  snapshot: string;
  /** DETECTED: why it is drift */
  reason?: 'NO_PROVENANCE' | 'NON_COMPLIANT';
  /** RESOLVED: it stopped running, or it became compliant */
  resolution?: 'GONE' | 'COMPLIANT';
  /** when the drift was first seen (the DETECTED snapshot's time) */
  firstSeen: string;
  /** the digests a compliant earlier snapshot ran under the same name */
  expected?: string[];
  details?: string;
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

/**
 * An export's cursor (issue: OTLP export): the facts sent to one destination, through which facts
 * commit. The next export to the same destination starts after `through`, so no surface sends a
 * fact twice. Bound to no flow, and never exported itself.
 */
export interface ExportFact extends FactCore {
  kind: 'export';
  event: 'FACTS_EXPORTED';
  stream: 'otlp';
  /** the endpoint URL without credentials or query, or the name a host gave its destination */
  destination: string;
  /** the newest facts commit whose facts were all sent */
  through: string;
  /** the cursor it started after, when there was one */
  after?: string;
  /** how many records this export sent */
  records: number;
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
  | AlarmFact
  | ExportFact;

/** The facts that belong to a flow: all but tamper alarms (the facts branch's), snapshots and drift (an environment's) and export cursors (a destination's). */
export type FlowFact = Exclude<Fact, AlarmFact | SnapshotFact | DriftFact | ExportFact>;

export function isFlowFact(fact: Fact): fact is FlowFact {
  return fact.kind !== 'alarm' && fact.kind !== 'snapshot' && fact.kind !== 'drift' && fact.kind !== 'export';
}

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
      return fact.event;
    case 'alarm':
      return fact.event;
    case 'export':
      return fact.event;
  }
}
