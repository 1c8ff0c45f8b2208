/**
 * The one error type of Factstore. `code` decides how an edge reports it
 * (exit code, check-run text, HTTP answer); `message` says what was wrong and what to do.
 */
export type ErrorCode =
  | 'BAD_INPUT' // a flag, name, digest or file the user gave is wrong
  | 'CONFIG' // the config file is missing or invalid
  | 'KEY' // the signing key is missing or unreadable
  | 'NOT_FOUND' // a flow, trail, artifact or object does not exist
  | 'CONFLICT' // the facts branch kept moving; the write was not applied
  | 'INTEGRITY' // the store failed verification
  | 'UNTRUSTED' // a signed statement given to record is not signed by anyone the config trusts
  | 'INTERNAL';

export class FactstoreError extends Error {
  override readonly name = 'FactstoreError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function badInput(message: string, cause?: unknown): FactstoreError {
  return new FactstoreError('BAD_INPUT', message, { cause });
}

export function isFactstoreError(e: unknown): e is FactstoreError {
  return e instanceof FactstoreError;
}
