import type { AttestationFact } from '../model/fact.js';
import type { FlowConfig } from '../config/config.js';
import type { TypeEvaluation, TypeStatus } from './types.js';

/**
 * DESIGN §4 rule 1 for one required type. `attestations` are those of the type that count
 * (artifact scope already applied), oldest first.
 */
export function evaluateType(
  type: string,
  attestations: readonly AttestationFact[],
  retries: FlowConfig['retries'],
): TypeEvaluation {
  const { status, decider, superseded } =
    retries === 'latest' ? latestDecides(attestations) : stickyDecides(attestations);
  const evaluation: TypeEvaluation = {
    type,
    status,
    pending: status === 'MISSING' && attestations.some((a) => a.status === 'PENDING'),
    superseded,
    evidence: decider?.evidence ?? [],
  };
  if (decider !== undefined) evaluation.decidedBy = decider.id;
  if (decider?.details !== undefined) evaluation.details = decider.details;
  if (decider?.evidenceUrl !== undefined) evaluation.evidenceUrl = decider.evidenceUrl;
  if (decider?.override !== undefined) evaluation.override = { ...decider.override };
  return evaluation;
}

interface Decision {
  status: TypeStatus;
  decider: AttestationFact | undefined;
  superseded: string[];
}

/** Any FAILED fails the type for good; the newest attestation of the deciding status is shown. */
function stickyDecides(attestations: readonly AttestationFact[]): Decision {
  const newestWith = (status: AttestationFact['status']) =>
    attestations.filter((a) => a.status === status).at(-1);
  const failed = newestWith('FAILED');
  if (failed !== undefined) return { status: 'FAILED', decider: failed, superseded: [] };
  const passed = newestWith('PASSED');
  if (passed !== undefined) return { status: 'PASSED', decider: passed, superseded: [] };
  return { status: 'MISSING', decider: newestWith('PENDING'), superseded: [] };
}

/** `retries: latest`: the newest attestation decides; earlier failures are kept as superseded. */
function latestDecides(attestations: readonly AttestationFact[]): Decision {
  const decider = attestations.at(-1);
  const status: TypeStatus =
    decider === undefined || decider.status === 'PENDING' ? 'MISSING' : decider.status;
  const superseded = attestations
    .filter((a) => a !== decider && a.status === 'FAILED')
    .map((a) => a.id);
  return { status, decider, superseded };
}
