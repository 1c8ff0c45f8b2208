import type { DriftFact, FactInput, SnapshotFact } from '../model/fact.js';
import type { EnvironmentStatus } from './environment-status.js';

export interface PlanDriftInput {
  environment: string;
  /** the snapshot judged (already recorded, or the one being recorded): drift facts name it */
  snapshot: Pick<SnapshotFact, 'id' | 'ts'>;
  status: EnvironmentStatus;
  /** the environment's drift facts so far, oldest first */
  drifts: readonly DriftFact[];
  /** the environment's snapshots before `snapshot`, oldest first */
  earlier: readonly SnapshotFact[];
  actor: string;
  ts: string;
}

/** An open drift: DETECTED and not RESOLVED since. */
export type OpenDrift = DriftFact & { event: 'DRIFT_DETECTED' };

/**
 * The drift facts a judged snapshot calls for, so drift is recorded once, not at every snapshot:
 * DRIFT_DETECTED for a running artifact that is not COMPLIANT (or has no provenance) and has no
 * open drift yet; DRIFT_RESOLVED for an open drift whose artifact no longer runs (GONE) or is now
 * COMPLIANT. `expected` names the digests the newest earlier snapshot ran under the same name that
 * never drifted themselves: what should have been running.
 */
export function planDrift(input: PlanDriftInput): FactInput[] {
  const open = openDrifts(input.drifts);
  const drifted = new Set(input.drifts.map((d) => key(d.name, d.artifact)));
  const running = new Map(input.status.artifacts.map((a) => [key(a.name, a.artifact), a]));
  const out: FactInput[] = [];
  for (const a of input.status.artifacts) {
    if (a.status === 'COMPLIANT' || open.has(key(a.name, a.artifact))) continue;
    const expected = expectedDigests(input.earlier, a.name).filter((d) => d !== a.artifact && !drifted.has(key(a.name, d)));
    out.push({
      kind: 'drift',
      event: 'DRIFT_DETECTED',
      environment: input.environment,
      name: a.name,
      artifact: a.artifact,
      snapshot: input.snapshot.id,
      reason: a.status === 'NO_PROVENANCE' ? 'NO_PROVENANCE' : 'NON_COMPLIANT',
      firstSeen: input.snapshot.ts,
      ...(expected.length > 0 ? { expected } : {}),
      details: a.status === 'NO_PROVENANCE' ? 'recorded by no trail' : a.flows.filter((f) => f.status !== 'COMPLIANT').map((f) => `${f.flow}: ${f.details}`).join('; ').slice(0, 65536),
      actor: input.actor,
      ts: input.ts,
    });
  }
  for (const [k, d] of open) {
    const now = running.get(k);
    if (now !== undefined && now.status !== 'COMPLIANT') continue;
    out.push({
      kind: 'drift',
      event: 'DRIFT_RESOLVED',
      environment: input.environment,
      name: d.name,
      artifact: d.artifact,
      snapshot: input.snapshot.id,
      resolution: now === undefined ? 'GONE' : 'COMPLIANT',
      firstSeen: d.firstSeen,
      actor: input.actor,
      ts: input.ts,
    });
  }
  return out;
}

/** The drifts still open, by name and digest, each as its DETECTED fact. */
export function openDrifts(drifts: readonly DriftFact[]): Map<string, OpenDrift> {
  const open = new Map<string, OpenDrift>();
  for (const d of drifts) {
    const k = key(d.name, d.artifact);
    if (d.event === 'DRIFT_DETECTED') {
      if (!open.has(k)) open.set(k, d as OpenDrift);
    } else {
      open.delete(k);
    }
  }
  return open;
}

function expectedDigests(earlier: readonly SnapshotFact[], name: string): string[] {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const digests = (earlier[i]?.artifacts ?? []).filter((a) => a.name === name).map((a) => a.artifact);
    if (digests.length > 0) return [...new Set(digests)].sort();
  }
  return [];
}

function key(name: string, artifact: string): string {
  return `${name}\u0000${artifact}`;
}
