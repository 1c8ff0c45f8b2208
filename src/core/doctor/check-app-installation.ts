import { messageOf, statusOf, type GitHubRequest } from '../store/github/github-request.js';
import type { GitHubTarget } from './check-branch-protection.js';
import { ok, problem, skipped, type DoctorCheck } from './doctor-check.js';

/** With the App's credentials: the App is installed on the facts repository (asked with its JWT). */
export async function checkAppInstallation(appRequest: GitHubRequest | undefined, t: GitHubTarget): Promise<DoctorCheck> {
  const name = `${t.owner}/${t.repo}`;
  if (appRequest === undefined) return skipped('app-installation', 'no App credentials were given', "give the App's id and private key (factstore doctor --app-id ID --private-key FILE) to check it is installed on the facts repository");
  try {
    const { data } = await appRequest('GET /repos/{owner}/{repo}/installation', { owner: t.owner, repo: t.repo });
    const id = typeof data === 'object' && data !== null && 'id' in data ? String(data.id) : 'unknown';
    return ok('app-installation', `the App is installed on ${name} (installation ${id})`);
  } catch (e) {
    const status = statusOf(e);
    if (status === 404) return problem('app-installation', `the App is not installed on ${name}`, `install it on ${name} (the App's page on GitHub → Install, or Configure to add the repository)`);
    if (status === 401) return problem('app-installation', `GitHub refuses the App's credentials (401: ${messageOf(e)})`, 'check --app-id and that --private-key is a current private key of that App');
    return problem('app-installation', `the App's installation on ${name} cannot be read (${status ?? 'no answer'}: ${messageOf(e)})`, 'check the API URL (--api-url or GITHUB_API_URL) and try again');
  }
}
