import type { SnapshotFact } from '../model/fact.js';
import { snapshotChanges } from './snapshot-changes.js';

export interface DeploymentEvent {
  event: 'ARTIFACT_DEPLOYED' | 'ARTIFACT_REMOVED';
  name: string;
  artifact: string;
}

/**
 * The audit events a snapshot implies against the one before it (DESIGN: derived, not stored
 * twice): ARTIFACT_DEPLOYED for each digest that started running under a name, ARTIFACT_REMOVED for
 * each that stopped. A CHANGED name gives one of each.
 */
export function deploymentEvents(snapshot: SnapshotFact, previous: SnapshotFact | undefined): DeploymentEvent[] {
  const out: DeploymentEvent[] = [];
  for (const c of snapshotChanges(previous?.artifacts ?? [], snapshot.artifacts)) {
    for (const artifact of c.to.filter((d) => !c.from.includes(d))) out.push({ event: 'ARTIFACT_DEPLOYED', name: c.name, artifact });
    for (const artifact of c.from.filter((d) => !c.to.includes(d))) out.push({ event: 'ARTIFACT_REMOVED', name: c.name, artifact });
  }
  return out;
}
