import { isFactstoreError } from '../../src/core/errors.js';

/** What the server entry prints when the App does not start: the settings' problems as they are, anything else with what to check. */
export function startFailure(e: unknown): string {
  if (isFactstoreError(e) && e.code === 'CONFIG') return e.message;
  return `factstore: the App could not start: ${e instanceof Error ? e.message : String(e)}. Check APP_ID, PRIVATE_KEY, WEBHOOK_SECRET and FACTSTORE_SIGNING_KEY.`;
}
