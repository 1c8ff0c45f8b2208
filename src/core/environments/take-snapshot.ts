import type { FlowConfig, PolicyConfig } from '../config/config.js';
import { FactstoreError } from '../errors.js';
import type { PolicyEvaluator } from '../evaluate/policies.js';
import { makeFact } from '../model/fact-id.js';
import type { DriftFact, EnvironmentType, Fact, FactContext, SnapshotFact } from '../model/fact.js';
import type { FactStore } from '../store/fact-store.js';
import { driftsOf, snapshotsOf } from './environment-history.js';
import { environmentStatus, type EnvironmentStatus } from './environment-status.js';
import type { FoundEnvironment } from './find-environment.js';
import { openDrifts, planDrift, type OpenDrift } from './plan-drift.js';
import { planSnapshot, type ReadArtifact } from './plan-snapshot.js';
import type { SnapshotChange } from './snapshot-changes.js';

export interface TakeSnapshotInput {
  environment: FoundEnvironment & { type: EnvironmentType };
  artifacts: readonly ReadArtifact[];
  skipped: readonly { what: string; why: string }[];
  /** reads only the facts that count (the trust filter) */
  store: Pick<FactStore, 'readLoose' | 'trailsForArtifact' | 'readTrail'>;
  flows: Record<string, FlowConfig>;
  policies?: Record<string, PolicyConfig>;
  policyEvaluator?: PolicyEvaluator;
  actor: string;
  now: Date;
  context?: FactContext;
}

export interface SnapshotOutcome {
  /** the facts to append, in order: the snapshot (when new), then drift */
  facts: Fact[];
  /** the snapshot judged: the new one, or the previous one when nothing changed */
  snapshot: SnapshotFact;
  unchanged: boolean;
  changes: SnapshotChange[];
  status: EnvironmentStatus;
  /** the drifts open once `facts` are recorded, oldest first: what a drift issue lists */
  open: OpenDrift[];
}

/**
 * One look at an environment: the snapshot to record (none when the same artifacts run as before),
 * the environment's compliance on it, and the drift facts that calls for. Drift is judged again even
 * when nothing changed, since compliance moves when trails gain attestations.
 */
export async function takeSnapshot(input: TakeSnapshotInput): Promise<SnapshotOutcome> {
  const { environment } = input;
  const history = await snapshotsOf(input.store, environment.name);
  const previous = history.at(-1);
  const ts = input.now.toISOString();
  const plan = planSnapshot({
    environment: environment.name,
    type: environment.type,
    artifacts: input.artifacts,
    skipped: input.skipped,
    previous,
    actor: input.actor,
    ts,
    ...(input.context !== undefined ? { context: input.context } : {}),
  });
  // no new fact only when there was a previous snapshot with the same artifacts
  const snapshot = plan.fact ?? previous;
  if (snapshot === undefined) throw new FactstoreError('INTERNAL', 'a snapshot was planned as unchanged with no previous snapshot: a factstore bug; please report it.');
  const status = await environmentStatus({
    environment,
    snapshot,
    flows: input.flows,
    store: input.store,
    ...(input.policies !== undefined ? { policies: input.policies } : {}),
    ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}),
  });
  const drifts = await driftsOf(input.store, environment.name);
  const drift = planDrift({
    environment: environment.name,
    snapshot,
    status,
    drifts,
    earlier: plan.fact !== undefined ? history : history.slice(0, -1),
    actor: input.actor,
    ts,
  }).map((f) => makeFact(input.context !== undefined ? { ...f, context: input.context } : f));
  const open = [...openDrifts([...drifts, ...(drift as DriftFact[])]).values()];
  return { facts: [...(plan.fact !== undefined ? [plan.fact] : []), ...drift], snapshot, unchanged: plan.fact === undefined, changes: plan.changes, status, open };
}
