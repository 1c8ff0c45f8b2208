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
 * Publishes a check run: the latest run of that name on the commit is updated in place (a re-run
 * or a re-evaluation), else one is created. Returns the check run's id.
 */
export async function publishCheckRun(request: GitHubRequest, repo: CheckRunRepo, payload: CheckRunPayload, options: PublishOptions): Promise<number | undefined> {
  const where = `${repo.owner}/${repo.repo}`;
  try {
    const listed = await request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...repo, ref: payload.head_sha, check_name: payload.name, filter: 'latest' });
    const existing = (listed.data as { check_runs?: { id?: unknown }[] }).check_runs?.[0]?.id;
    if (typeof existing === 'number') {
      // an update names no head_sha: the run stays on its commit
      const update: Partial<CheckRunPayload> = { ...payload };
      delete update.head_sha;
      await request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: existing, ...update });
      return existing;
    }
    const created = await request('POST /repos/{owner}/{repo}/check-runs', { ...repo, ...payload });
    const id = (created.data as { id?: unknown } | undefined)?.id;
    return typeof id === 'number' ? id : undefined;
  } catch (e) {
    const status = statusOf(e);
    const why = status === 403 ? options.forbidden : status === 422 ? `GitHub refused the check run: is ${payload.head_sha} a commit of ${where}?` : 'try again';
    throw new FactstoreError('INTERNAL', `GitHub answered ${status ?? 'with an error'} (${messageOf(e)}) to the check run ${payload.name} in ${where}: ${why}.`, { cause: e });
  }
}
