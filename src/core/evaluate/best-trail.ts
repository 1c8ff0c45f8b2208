import { compareTs } from './chronology.js';
import type { TrailEvaluation } from './types.js';

/** Better first: fewest problems, then the newest trail, then the trail name (for a stable answer). */
export function compareBest(a: TrailEvaluation, b: TrailEvaluation): number {
  if (a.problems !== b.problems) return a.problems - b.problems;
  const byNewest = compareTs(b.newest, a.newest);
  if (byNewest !== 0) return byNewest;
  return a.trail < b.trail ? -1 : a.trail > b.trail ? 1 : 0;
}

/** The best evaluation; a COMPLIANT one whenever there is one (it has no problems). */
export function pickBest(evaluations: readonly TrailEvaluation[]): TrailEvaluation | undefined {
  return [...evaluations].sort(compareBest)[0];
}

/** The worst of one trail's per-artifact evaluations: most problems, first recorded on ties. */
export function pickWorst(evaluations: readonly TrailEvaluation[]): TrailEvaluation | undefined {
  let worst: TrailEvaluation | undefined;
  for (const e of evaluations) if (worst === undefined || e.problems > worst.problems) worst = e;
  return worst;
}
