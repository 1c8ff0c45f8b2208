import { isFactstoreError, type ErrorCode } from '../core/errors.js';

export const EXIT_OK = 0;
/** non-compliant, gate blocked */
export const EXIT_NOT_OK = 1;
/** bad input or usage: nothing was written */
export const EXIT_USAGE = 2;
/** the store failed verification, or a statement given to record is not trusted */
export const EXIT_INTEGRITY = 3;

/** The one place error codes become exit codes (DESIGN §5). */
const EXIT_FOR: Record<ErrorCode, number> = {
  BAD_INPUT: EXIT_USAGE,
  CONFIG: EXIT_USAGE,
  KEY: EXIT_USAGE,
  NOT_FOUND: EXIT_USAGE,
  // the write was not applied: nothing written, running it again is safe
  CONFLICT: EXIT_USAGE,
  INTEGRITY: EXIT_INTEGRITY,
  // a signature that does not verify, or a signer the config does not list: nothing was written
  UNTRUSTED: EXIT_INTEGRITY,
  INTERNAL: EXIT_USAGE,
};

export function exitCodeFor(error: unknown): number {
  return isFactstoreError(error) ? EXIT_FOR[error.code] : EXIT_USAGE;
}

/** `factstore: <message>` for anything thrown, FactstoreError or not. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const text = message.startsWith('factstore: ') ? message : `factstore: ${message}`;
  const unexpected = isFactstoreError(error) ? '' : '\n(an unexpected error: please report it with the command line you ran)';
  return `${text}${unexpected}\n`;
}

/** What `--json` prints on stdout when a command fails: valid against schemas/cli/error.schema.json. */
export interface ErrorDocument {
  error: { code: ErrorCode | 'UNEXPECTED'; message: string; exitCode: number };
}

export function errorDocument(error: unknown, exitCode: number): ErrorDocument {
  const message = (error instanceof Error ? error.message : String(error)).replace(/^factstore: /, '');
  return { error: { code: isFactstoreError(error) ? error.code : 'UNEXPECTED', message, exitCode } };
}
