import { badInput } from '../errors.js';
import type { SnapshotFact } from '../model/fact.js';

/**
 * The snapshot `which` names among an environment's snapshots (oldest first): a fact id or a prefix
 * of at least 6 hex characters, or a date (YYYY-MM-DD or an ISO time) meaning the newest snapshot
 * taken at or before it — what was running then.
 */
export function pickSnapshot(snapshots: readonly SnapshotFact[], which: string, flag: string): SnapshotFact {
  const value = which.trim();
  if (/^[0-9a-f]{6,64}$/.test(value)) {
    const hits = snapshots.filter((s) => s.id.startsWith(value));
    if (hits.length === 1) return hits[0] as SnapshotFact;
    if (hits.length > 1) throw badInput(`${flag} ${value} is the start of ${hits.length} snapshot ids: give more of it (env log lists them).`);
  }
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T23:59:59.999Z`) : Date.parse(value);
  if (Number.isNaN(at)) {
    throw badInput(`${flag} ${JSON.stringify(which)} is neither a snapshot id (env log lists them) nor a date (2026-11-23 or 2026-11-23T16:00:00Z).`);
  }
  const before = snapshots.filter((s) => Date.parse(s.ts) <= at);
  const found = before.at(-1);
  if (found === undefined) {
    throw badInput(`${flag} ${value}: the environment had no snapshot yet at that time (its first is from ${snapshots[0]?.ts ?? 'never'}).`);
  }
  return found;
}
