import type { DriftFact, Fact, SnapshotFact } from '../model/fact.js';
import type { FactStore } from '../store/fact-store.js';

/** The snapshots of one environment that count, oldest first. */
export async function snapshotsOf(store: Pick<FactStore, 'readLoose'>, environment: string): Promise<SnapshotFact[]> {
  return byTime((await store.readLoose('snapshot', environment)).filter((f): f is SnapshotFact => f.kind === 'snapshot' && f.environment === environment));
}

/** The drift facts of one environment that count, oldest first. */
export async function driftsOf(store: Pick<FactStore, 'readLoose'>, environment: string): Promise<DriftFact[]> {
  return byTime((await store.readLoose('drift', environment)).filter((f): f is DriftFact => f.kind === 'drift' && f.environment === environment));
}

/** Oldest first; facts of the same instant keep their order in the files. */
function byTime<T extends Fact>(facts: T[]): T[] {
  return facts.map((f, i) => ({ f, i })).sort((a, b) => a.f.ts.localeCompare(b.f.ts) || a.i - b.i).map(({ f }) => f);
}
