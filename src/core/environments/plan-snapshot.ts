import { badInput } from '../errors.js';
import { makeFact } from '../model/fact-id.js';
import type { EnvironmentType, FactContext, RunningLocation, SnapshotFact, SnapshotItem } from '../model/fact.js';
import { sameArtifacts, snapshotChanges, type SnapshotChange } from './snapshot-changes.js';

/** One running artifact as a source reads it (`digest` is the `sha256:` the trails recorded). */
export interface ReadArtifact {
  name: string;
  digest: string;
  localId?: string;
  image?: string;
  where: RunningLocation[];
}

export interface PlanSnapshotInput {
  environment: string;
  type: EnvironmentType;
  artifacts: readonly ReadArtifact[];
  skipped: readonly { what: string; why: string }[];
  /** the environment's newest snapshot that counts */
  previous: SnapshotFact | undefined;
  actor: string;
  ts: string;
  context?: FactContext;
}

export interface SnapshotPlan {
  /** the snapshot to record; undefined when the artifacts are the previous snapshot's */
  fact: SnapshotFact | undefined;
  /** what changed since the previous snapshot (everything ADDED for the first) */
  changes: SnapshotChange[];
}

/** The fact schema's limits: a snapshot line stays readable. */
const MAX_ARTIFACTS = 10_000;
const MAX_LOCATIONS = 1_000;
const MAX_SKIPPED = 1_000;

/**
 * The ENVIRONMENT_SNAPSHOT fact for what a source read, chained to the previous snapshot (`previous`
 * names its id, so each snapshot has its own id even when an environment returns to an earlier
 * state). Nothing is planned when the same artifacts run as at the previous snapshot: where they run
 * may move (pods are rescheduled) without a new snapshot.
 */
export function planSnapshot(input: PlanSnapshotInput): SnapshotPlan {
  if (input.artifacts.length > MAX_ARTIFACTS) {
    throw badInput(
      `${input.environment} runs ${input.artifacts.length} distinct artifacts, more than the ${MAX_ARTIFACTS} one snapshot holds: split it into several environments (e.g. one per cluster or namespace).`,
    );
  }
  const items = input.artifacts.map(toItem).sort((a, b) => a.name.localeCompare(b.name) || a.artifact.localeCompare(b.artifact));
  const before = input.previous?.artifacts ?? [];
  const changes = snapshotChanges(before, items);
  if (input.previous !== undefined && sameArtifacts(before, items)) return { fact: undefined, changes };
  const skipped = input.skipped.slice(0, MAX_SKIPPED);
  if (input.skipped.length > MAX_SKIPPED) skipped[MAX_SKIPPED - 1] = { what: `${input.skipped.length - MAX_SKIPPED + 1} more`, why: 'left out of the snapshot as the ones above' };
  const fact = makeFact({
    kind: 'snapshot',
    event: 'ENVIRONMENT_SNAPSHOT',
    environment: input.environment,
    type: input.type,
    artifacts: items,
    ...(input.previous !== undefined ? { previous: input.previous.id } : {}),
    ...(skipped.length > 0 ? { skipped } : {}),
    actor: input.actor,
    ts: input.ts,
    ...(input.context !== undefined ? { context: input.context } : {}),
  }) as SnapshotFact;
  return { fact, changes };
}

function toItem(a: ReadArtifact): SnapshotItem {
  // a source with nothing to say of where (a list) gives empty locations: none is recorded
  const where = a.where.filter((l) => Object.keys(l).length > 0).slice(0, MAX_LOCATIONS);
  return {
    name: a.name,
    artifact: a.digest,
    ...(a.localId !== undefined && a.localId !== a.digest ? { localId: a.localId } : {}),
    ...(a.image !== undefined ? { image: a.image } : {}),
    ...(where.length > 0 ? { where } : {}),
  };
}
