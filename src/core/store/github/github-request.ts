/**
 * The one thing the GitHub back-end needs from Octokit: `octokit.request` (core takes it as an
 * argument; the Action and the App pass their own authenticated, retrying, throttled client).
 * Like Octokit, it resolves 2xx answers and throws an error carrying `status` otherwise.
 */
export type GitHubRequest = (route: string, parameters?: Record<string, unknown>) => Promise<GitHubResponse>;

export interface GitHubResponse {
  status: number;
  data: unknown;
  headers?: Record<string, unknown>;
}

/** The HTTP status of a failed request (Octokit's RequestError), or undefined for anything else. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

/** GitHub's own message of a failed request ("Update is not a fast forward", "Bad credentials"…). */
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'response' in error) {
    const data = (error.response as { data?: unknown } | undefined)?.data;
    if (typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string') return data.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The repository a store lives in, and its facts branch. */
export interface GitHubRepo {
  owner: string;
  repo: string;
  branch: string;
}
