import { isFlowFact, type Fact } from '../../model/fact.js';
import { loosePath, trailPath } from '../../store/layout.js';
import type { CountedFact } from '../../trust/file-trust.js';
import type { TrustedFacts } from '../../trust/trusted-facts.js';

/** A counted fact of the window, with the facts file that holds it. */
export interface BundledFact extends CountedFact {
  path: string;
}

export interface BundleWindow {
  /** inclusive */
  from: Date;
  /** exclusive */
  to: Date;
  /** only these flows' facts (then no snapshot, drift or alarm, which belong to no flow); empty: every fact */
  flows: readonly string[];
}

/**
 * Every fact that counts (DESIGN §2a) recorded in the window, in canonical order (time, then id):
 * the facts of every trail, the gate decisions and bypasses bound to no trail, and — without a
 * flow filter — the environments' snapshots and drift, the tamper alarms and the export cursors. Trails and loose folders are
 * listed from the branch; what counts in them is the trust filter's to say.
 */
export async function bundleFacts(facts: TrustedFacts, window: BundleWindow): Promise<BundledFact[]> {
  const inWindow = (f: Fact) => {
    const t = Date.parse(f.ts);
    return t >= window.from.getTime() && t < window.to.getTime();
  };
  const wanted = (flow: string) => window.flows.length === 0 || window.flows.includes(flow);
  const out: BundledFact[] = [];
  await facts.prefetch();
  for (const ref of await facts.listTrails()) {
    if (!wanted(ref.flow)) continue;
    for (const c of await facts.countedTrail(ref.flow, ref.trail)) out.push({ ...c, path: trailPath(ref.flow, ref.trail) });
  }
  // every folder of loose facts on the branch, not only those the config names today
  const loose: [string, string][] = [];
  for (const kind of window.flows.length === 0 ? ['decision', 'bypass', 'snapshot', 'drift', 'alarm', 'export'] : ['decision', 'bypass']) {
    for (const key of await facts.looseKeys(kind)) if (kind === 'snapshot' || kind === 'drift' || kind === 'alarm' || kind === 'export' || wanted(key)) loose.push([kind, key]);
  }
  for (const [kind, key] of loose) {
    for (const c of await facts.countedLoose(kind, key)) out.push({ ...c, path: loosePath(c.fact) });
  }
  return out
    .filter((c) => inWindow(c.fact) && (window.flows.length === 0 || (isFlowFact(c.fact) && window.flows.includes(c.fact.flow))))
    .sort((a, b) => a.fact.ts.localeCompare(b.fact.ts) || (a.fact.id < b.fact.id ? -1 : a.fact.id > b.fact.id ? 1 : 0));
}
