import { FactstoreError } from '../errors.js';

/**
 * History that did not only append (a changed or removed line, a rewind, a merge, a replaced
 * object): every decision fails closed on it (exit 3, a failed check run, a rejected deployment).
 */
export function integrityFailure(what: string, cause?: unknown): FactstoreError {
  return new FactstoreError(
    'INTEGRITY',
    `${what}. Facts are only ever appended, so the facts branch was tampered with (or is incomplete): no decision is taken on it. ` +
      'Run factstore verify on a clone to see every problem, and restore the branch from a trusted copy.',
    cause === undefined ? undefined : { cause },
  );
}
