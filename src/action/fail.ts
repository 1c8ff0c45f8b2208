import * as core from '@actions/core';
import { FactstoreError } from '../core/errors.js';

/** The step's failure message for anything thrown: a FactstoreError says what to do already. */
export function failureMessage(error: unknown): string {
  if (error instanceof FactstoreError) return prefixed(error.message);
  if (error instanceof Error) return prefixed(`unexpected error: ${error.message}. Re-run the job; if it persists, report it with this log.`);
  return prefixed(`unexpected error: ${String(error)}. Re-run the job; if it persists, report it with this log.`);
}

/** Fails the step (exit code 1, an error annotation); the stack goes to the debug log only. */
export function failStep(error: unknown): void {
  core.setFailed(failureMessage(error));
  if (error instanceof Error && error.stack !== undefined) core.debug(error.stack);
}

function prefixed(message: string): string {
  return message.startsWith('factstore') ? message : `factstore: ${message}`;
}
