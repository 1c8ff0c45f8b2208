import { messageOf, statusOf, type GitHubRequest } from '../store/github/github-request.js';
import type { GitHubTarget } from './check-branch-protection.js';
import { ok, problem, type DoctorCheck } from './doctor-check.js';

/** Where there is no clone (the Action): the facts branch exists in the facts repository on GitHub. */
export async function checkFactsBranchOnGitHub(request: GitHubRequest, t: GitHubTarget): Promise<DoctorCheck> {
  const name = `${t.owner}/${t.repo}`;
  try {
    const { data } = await request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: t.owner, repo: t.repo, ref: `heads/${t.branch}` });
    const sha = typeof data === 'object' && data !== null && 'object' in data ? (data.object as { sha?: unknown } | null)?.sha : undefined;
    return ok('facts-branch', `the facts branch ${t.branch} of ${name} is at ${typeof sha === 'string' ? sha.slice(0, 12) : 'an unknown commit'}`);
  } catch (e) {
    const status = statusOf(e);
    if (status === 404 || status === 409) {
      return problem('facts-branch', `${name} has no facts branch ${t.branch} (${status}: ${messageOf(e)})`, `the first write (the begin or attest step) creates it; check facts-repo and facts-branch if it should exist`);
    }
    return problem('facts-branch', `the facts branch ${t.branch} of ${name} cannot be read (${status ?? 'no answer'}: ${messageOf(e)})`, 'give the job permissions: contents: read on the facts repository');
  }
}
