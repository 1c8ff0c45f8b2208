import type { SnapshotItem } from '../model/fact.js';

export type ChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';

/** What changed under one artifact name between two snapshots, with the digests on each side. */
export interface SnapshotChange {
  change: ChangeKind;
  name: string;
  /** the digests running under the name before (empty when ADDED) */
  from: string[];
  /** the digests running under the name after (empty when REMOVED) */
  to: string[];
}

/**
 * The difference between two snapshots by artifact name: ADDED (a name that was not running),
 * REMOVED (a name no longer running), CHANGED (the same name running other digests, e.g. a new
 * image of a deployment). Sorted by name. Where an artifact runs does not count as a change.
 */
export function snapshotChanges(before: readonly SnapshotItem[], after: readonly SnapshotItem[]): SnapshotChange[] {
  const a = digestsByName(before);
  const b = digestsByName(after);
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changes: SnapshotChange[] = [];
  for (const name of names) {
    const from = a.get(name) ?? [];
    const to = b.get(name) ?? [];
    if (from.length === 0) changes.push({ change: 'ADDED', name, from, to });
    else if (to.length === 0) changes.push({ change: 'REMOVED', name, from, to });
    else if (from.join() !== to.join()) changes.push({ change: 'CHANGED', name, from, to });
  }
  return changes;
}

/** Whether two snapshots hold the same artifacts (names, digests and local ids), wherever they run. */
export function sameArtifacts(before: readonly SnapshotItem[], after: readonly SnapshotItem[]): boolean {
  const key = (items: readonly SnapshotItem[]) => items.map((i) => `${i.name}\u0000${i.artifact}\u0000${i.localId ?? ''}`).sort().join('\n');
  return key(before) === key(after);
}

/** The digests running under each name, each list sorted and without repeats. */
export function digestsByName(items: readonly SnapshotItem[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of items) out.set(item.name, [...(out.get(item.name) ?? []), item.artifact]);
  for (const [name, digests] of out) out.set(name, [...new Set(digests)].sort());
  return out;
}
