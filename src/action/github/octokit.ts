import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { FactstoreError } from '../../core/errors.js';
import type { GitHubRequest } from '../../core/store/github/github-request.js';

/**
 * Writes go one at a time, without the throttling plugin's default gap of a second between them:
 * that gap is GitHub's advice for clients making many writes, and an attest step makes three or
 * four (tree, commit, ref; a blob per evidence file), so it would spend seconds waiting. Secondary
 * rate limits, should they come, are still honoured and retried below.
 */
const WRITES = new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });

/** How many times a request refused for a rate limit is tried again before the step fails. */
const RATE_LIMIT_RETRIES = 3;

/**
 * `octokit.request` of a client for the REST API at `apiUrl` (GITHUB_API_URL: GitHub Enterprise
 * works as github.com), retrying server errors and, a bounded number of times, rate limits.
 */
export function gitHubRequest(token: string | undefined, apiUrl: string): GitHubRequest {
  if (token === undefined) {
    throw new FactstoreError('CONFIG', 'the `token` input is empty: leave it out to use the workflow\'s github.token, or pass a token with Contents read and write on the facts repository.');
  }
  const octokit = getOctokit(
    token,
    {
      baseUrl: apiUrl,
      retry: { retries: 3 },
      throttle: {
        write: WRITES,
        onRateLimit: (after: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`factstore: GitHub's rate limit was reached on ${options.method} ${options.url}; ${retryCount < RATE_LIMIT_RETRIES ? `retrying in ${after} s` : 'giving up'}.`);
          return retryCount < RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (after: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`factstore: GitHub's secondary rate limit was reached on ${options.method} ${options.url}; ${retryCount < RATE_LIMIT_RETRIES ? `retrying in ${after} s` : 'giving up'}.`);
          return retryCount < RATE_LIMIT_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
  return (route, parameters) => octokit.request(route, parameters);
}
