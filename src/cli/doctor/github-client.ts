import type { GitHubRequest } from '../../core/store/github/github-request.js';

/**
 * `octokit.request` for the REST API at `baseUrl`, authenticated with `auth` (a token, or an
 * App's JWT, which Octokit sends as a bearer token) or anonymous. Loaded only when doctor asks GitHub.
 */
export async function gitHubClient(baseUrl: string, auth: string | undefined): Promise<GitHubRequest> {
  const { GitHub } = await import('@actions/github/lib/utils');
  const octokit = new GitHub({ baseUrl, ...(auth !== undefined ? { auth } : {}), request: { retries: 0 } });
  return (route, parameters) => octokit.request(route, parameters);
}

/** `owner/name` of a GitHub remote URL (https, ssh or scp-like); undefined for anything else. */
export function repoOfRemoteUrl(url: string): string | undefined {
  const m = /^(?:https?:\/\/(?:[^@/]+@)?[^/]+\/|ssh:\/\/git@[^/]+\/|git@[^:]+:)([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m?.[1] === undefined || m[2] === undefined ? undefined : `${m[1]}/${m[2]}`;
}
