/** The documented review endpoint a `deployment_callback_url` must be, split into its parameters. */
export interface CallbackTarget {
  owner: string;
  repo: string;
  runId: number;
}

export type CallbackCheck = { ok: true; target: CallbackTarget } | { ok: false; why: string };

export const CALLBACK_ROUTE = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule';

const SEGMENT = '([A-Za-z0-9._-]+)';

/**
 * Whether `url` is the review endpoint of a workflow run of the event's own repository, on the
 * API host the App talks to (`apiBaseUrl`, with its `/api/v3` on GitHub Enterprise). The App
 * answers with its installation token: a forged payload must not send that token anywhere else.
 */
export function checkCallbackUrl(url: string, apiBaseUrl: string, repository: { owner: string; repo: string }): CallbackCheck {
  let given: URL;
  let base: URL;
  try {
    given = new URL(url);
    base = new URL(apiBaseUrl);
  } catch {
    return { ok: false, why: `${JSON.stringify(url)} is not an address` };
  }
  if (given.protocol !== base.protocol || given.host !== base.host) return { ok: false, why: `${given.origin} is not the GitHub API the App uses (${base.origin})` };
  if (given.username !== '' || given.password !== '' || given.search !== '' || given.hash !== '') return { ok: false, why: 'it carries credentials, a query or a fragment' };
  const prefix = base.pathname.replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^${prefix}/repos/${SEGMENT}/${SEGMENT}/actions/runs/([1-9][0-9]{0,15})/deployment_protection_rule$`).exec(given.pathname);
  const [, owner, repo, run] = match ?? [];
  if (owner === undefined || repo === undefined || run === undefined) {
    return { ok: false, why: `${given.pathname} is not /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule` };
  }
  if (owner.toLowerCase() !== repository.owner.toLowerCase() || repo.toLowerCase() !== repository.repo.toLowerCase()) {
    return { ok: false, why: `it names ${owner}/${repo}, not the event's repository ${repository.owner}/${repository.repo}` };
  }
  const runId = Number(run);
  if (!Number.isSafeInteger(runId)) return { ok: false, why: `run ${run} is out of range` };
  return { ok: true, target: { owner, repo, runId } };
}
