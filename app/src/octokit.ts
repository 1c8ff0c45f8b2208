import Bottleneck from 'bottleneck';
import { ProbotOctokit } from 'probot';

/**
 * Writes of one installation go one at a time, without the throttling plugin's default gap of a
 * second between them: one gate event makes four to six writes (the decision commit's tree,
 * commit and ref; a check run per flow; the PR comment), and a second each would make every
 * check run minutes late when a busy repository sends bursts of events. Rate limits, primary and
 * secondary, are still honoured: retried after GitHub's `retry-after`, a bounded number of times.
 */
const WRITES = new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });

/** How many times a request refused for a rate limit is tried again before the handler reports it. */
export const RATE_LIMIT_RETRIES = 3;

interface Logger {
  warn: (message: string) => void;
}

interface LimitedRequest {
  method: string;
  url: string;
}

function onLimit(kind: string) {
  return (after: number, options: LimitedRequest, octokit: { log: Logger }, retryCount: number): boolean => {
    const retrying = retryCount < RATE_LIMIT_RETRIES;
    octokit.log.warn(`factstore: GitHub's ${kind} was reached on ${options.method} ${options.url}; ${retrying ? `retrying in ${after} s` : 'giving up'}.`);
    return retrying;
  };
}

/** Probot's Octokit with the App's throttling: `run(app, { Octokit: appOctokit() })`. */
export function appOctokit(): typeof ProbotOctokit {
  return ProbotOctokit.defaults((options: Record<string, unknown>) => ({
    ...options,
    throttle: {
      ...(options.throttle as object | undefined),
      write: WRITES,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
  }));
}
