import { isFactstoreError } from '../../src/core/errors.js';
import { messageOf, statusOf } from '../../src/core/store/github/github-request.js';

/** A failure in words for the log: what went wrong and what to do about it. */
export function whatToDo(e: unknown): string {
  if (isFactstoreError(e)) return e.message;
  const status = statusOf(e);
  if (status === 403 || status === 404) {
    return `GitHub answered ${status} (${messageOf(e)}): check that the App is installed on the repository and on the facts repository with the permissions of app.yml, then re-run the check.`;
  }
  return `${messageOf(e)}: re-run the check; if it fails again, report it with this message.`;
}
