import { messageOf, statusOf, type GitHubRequest } from '../store/github/github-request.js';
import type { GitHubTarget } from './check-branch-protection.js';
import { ok, problem, skipped, type DoctorCheck } from './doctor-check.js';

/** The token may write facts: GitHub says `permissions.push` (Contents: write) for the facts repository. */
export async function checkTokenPermissions(request: GitHubRequest, t: GitHubTarget, hasToken: boolean): Promise<DoctorCheck> {
  const name = `${t.owner}/${t.repo}`;
  if (!hasToken) return skipped('token-permissions', 'no token was given, so there are no permissions to check', 'pass --token or set GITHUB_TOKEN to the token that writes facts');
  let data: unknown;
  try {
    ({ data } = await request('GET /repos/{owner}/{repo}', { owner: t.owner, repo: t.repo }));
  } catch (e) {
    const status = statusOf(e);
    if (status === 401) return problem('token-permissions', `GitHub refuses the token (401: ${messageOf(e)})`, 'give a valid token (--token or GITHUB_TOKEN): it may have expired or been revoked');
    if (status === 404) return problem('token-permissions', `${name} is not visible with this token (404)`, `check --repo, and give the token access to ${name}`);
    return problem('token-permissions', `${name} cannot be read (${status ?? 'no answer'}: ${messageOf(e)})`, 'check the API URL (--api-url or GITHUB_API_URL) and try again');
  }
  const permissions = typeof data === 'object' && data !== null && 'permissions' in data ? (data.permissions as Record<string, unknown> | null) : undefined;
  const push = permissions?.push;
  if (typeof push !== 'boolean') return skipped('token-permissions', `GitHub did not say what the token may do on ${name} (an App installation token's repository has no permissions)`, 'the first write tells: a token needs Contents: read and write');
  if (!push) return problem('token-permissions', `the token can read ${name} but not write to it`, `give the token Contents: read and write on ${name} (a fine-grained token's repository permissions, or the workflow's permissions: contents: write)`);
  return ok('token-permissions', `the token may write to ${name} (Contents: write)`);
}
