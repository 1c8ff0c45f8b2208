import type { AttestationStatus } from '../model/fact.js';
import { FACTSTORE_PREDICATE, TEST_RESULT_PREDICATE } from '../export/intoto/statements.js';

/**
 * The status a statement records: the verdict its predicate states where it has one (in-toto's
 * test-result: PASSED, FAILED, and WARNED, which proves no pass and counts as PENDING; Factstore's
 * own: its fact's status), else PASSED: a verified statement of that kind exists.
 */
export function statusFromPredicate(predicateType: string, predicate: Record<string, unknown>): AttestationStatus {
  if (predicateType === TEST_RESULT_PREDICATE) {
    if (predicate.result === 'PASSED') return 'PASSED';
    return predicate.result === 'FAILED' ? 'FAILED' : 'PENDING';
  }
  if (predicateType === FACTSTORE_PREDICATE) {
    const status = predicate.status;
    return status === 'PASSED' || status === 'FAILED' ? status : 'PENDING';
  }
  return 'PASSED';
}
