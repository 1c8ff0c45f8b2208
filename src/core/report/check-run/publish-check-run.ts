import { FactstoreError } from '../../errors.js';
import { messageOf, statusOf, type GitHubRequest } from '../../store/github/github-request.js';
import type { CheckRunPayload } from './check-run.js';

export interface CheckRunRepo {
  owner: string;
  repo: string;
}

export interface PublishOptions {
  /** what to tell the user when GitHub answers 403 (the caller knows which permission it runs with) */
  forbidden: string;
}

/**
 * Publishes one decision as a new check run, and returns its id. A run is never looked up and
 * updated: GitHub refuses to move a completed run back to queued or in progress, and a gate that
 * now blocks must never be left green because an update of the older run failed. GitHub shows the
 * newest run of a name, and required checks follow it, so the newest decision is the one that counts.
 */
export async function publishCheckRun(request: GitHubRequest, repo: CheckRunRepo, payload: CheckRunPayload, options: PublishOptions): Promise<number | undefined> {
  const where = `${repo.owner}/${repo.repo}`;
  try {
    const created = await request('POST /repos/{owner}/{repo}/check-runs', { ...repo, ...payload });
    const id = (created.data as { id?: unknown } | undefined)?.id;
    return typeof id === 'number' ? id : undefined;
  } catch (e) {
    const status = statusOf(e);
    const why = status === 403 ? options.forbidden : status === 422 ? `GitHub refused the check run: is ${payload.head_sha} a commit of ${where}?` : 'try again';
    throw new FactstoreError('INTERNAL', `GitHub answered ${status ?? 'with an error'} (${messageOf(e)}) to the check run ${payload.name} in ${where}: ${why}.`, { cause: e });
  }
}
