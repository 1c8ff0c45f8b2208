import type { TrailEvaluation } from '../evaluate/types.js';

export type TrailOutcome = 'COMPLIANT' | 'NON_COMPLIANT' | 'PENDING';

/**
 * A trail as posture counts it: PENDING when it is not compliant only because evidence is still
 * coming (a PENDING attestation, nothing FAILED, no policy violated, no approval rejected).
 */
export function trailOutcome(e: TrailEvaluation): TrailOutcome {
  if (e.status === 'COMPLIANT') return 'COMPLIANT';
  const waiting = e.types.some((t) => t.status === 'MISSING' && t.pending);
  const broken = e.failed.length > 0 || e.policyViolations.length > 0 || e.approval.rejected;
  return waiting && !broken ? 'PENDING' : 'NON_COMPLIANT';
}
