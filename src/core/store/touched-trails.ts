import type { Fact } from '../model/fact.js';
import { NAME_PATTERN } from '../model/names.js';
import type { TrailRef } from './fact-store.js';
import { trailPath } from './layout.js';

const TRAIL_FILE = /^trails\/([^/]+)\/[0-9a-f]{2}\/([^/]+)\.ndjson$/;

/**
 * The trails whose files a change to the facts branch touched (paths as a diff lists them), each
 * once. A path that only looks like a trail file (a wrong shard, a name that is not a flow or
 * trail name) is not one: it is left to `verify`, never trusted to name a trail.
 */
export function touchedTrails(paths: Iterable<string>): TrailRef[] {
  const seen = new Map<string, TrailRef>();
  for (const path of paths) {
    const match = TRAIL_FILE.exec(path);
    const [flow, trail] = [match?.[1], match?.[2]];
    if (flow === undefined || trail === undefined) continue;
    if (!isName(flow) || !isName(trail) || trailPath(flow, trail) !== path) continue;
    seen.set(path, { flow, trail });
  }
  return [...seen.values()];
}

export interface TrailCommit {
  /** the git commit the trail was started for (40 hex) */
  commit: string;
  gitBranch?: string;
}

/** The git commits a trail's facts were started for (its `trail` facts), each once, oldest first. */
export function trailCommits(facts: readonly Fact[]): TrailCommit[] {
  const seen = new Map<string, TrailCommit>();
  for (const f of facts) {
    if (f.kind !== 'trail' || f.commit === undefined || seen.has(f.commit)) continue;
    seen.set(f.commit, { commit: f.commit, ...(f.gitBranch !== undefined ? { gitBranch: f.gitBranch } : {}) });
  }
  return [...seen.values()];
}

function isName(text: string): boolean {
  return NAME_PATTERN.test(text) && !text.includes('..');
}
