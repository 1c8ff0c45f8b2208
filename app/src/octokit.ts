import { ProbotOctokit } from 'probot';

/** How many times a request refused for a rate limit or a server error is tried again. */
export const RETRIES = 3;

/** The longest wait for a rate limit to lift before the handler reports it instead. */
export const MAX_WAIT_S = 60;

export interface RetryOptions {
  /** waits `ms` (tests pass one that does not) */
  sleep?: (ms: number) => Promise<void>;
  /** the time in milliseconds, against which a rate limit's reset is waited for (tests fix it) */
  now?: () => number;
}

interface Logger {
  warn: (message: string) => void;
}

interface RequestError {
  status?: number;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

interface RequestOptions {
  method: string;
  url: string;
}

type Hooked = { hook: { wrap: (name: 'request', wrapper: (request: (o: RequestOptions) => Promise<unknown>, options: RequestOptions) => Promise<unknown>) => void }; log: Logger };

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long to wait before trying a failed request again, in seconds, or undefined when it must
 * not be retried: GitHub's rate limits (primary: `x-ratelimit-remaining: 0` until
 * `x-ratelimit-reset`; secondary: `retry-after`) and server errors (1, 2, 4 s).
 */
export function retryDelay(error: unknown, attempt: number, nowMs: number): { seconds: number; why: string } | undefined {
  const { status, response } = (typeof error === 'object' && error !== null ? error : {}) as RequestError;
  const headers = response?.headers ?? {};
  if (status === 403 || status === 429) {
    const after = Number(headers['retry-after']);
    if (Number.isFinite(after) && after >= 0) return { seconds: after, why: 'secondary rate limit' };
    if (String(headers['x-ratelimit-remaining']) === '0') {
      const reset = Number(headers['x-ratelimit-reset']);
      return { seconds: Number.isFinite(reset) ? Math.max(0, Math.ceil(reset - nowMs / 1000)) : MAX_WAIT_S, why: 'rate limit' };
    }
    const message = (response?.data as { message?: unknown } | undefined)?.message;
    if (typeof message === 'string' && /secondary rate limit/i.test(message)) return { seconds: MAX_WAIT_S, why: 'secondary rate limit' };
    return undefined;
  }
  if (status !== undefined && status >= 500 && status !== 501) return { seconds: 2 ** attempt, why: `server error ${status}` };
  return undefined;
}

/**
 * GitHub's rate limits and server errors handled in one hook. Probot's default throttling and
 * retry plugins schedule every request through Bottleneck, which costs ~15 ms a request even
 * when GitHub answers at once (measured: 7 → 18 ms per request); a gate makes a dozen requests in
 * a row, so that alone broke the App's latency budget. Writes are not spaced a second apart
 * either: a gate makes four to six, and a second each would make check runs seconds late.
 */
export function retryPlugin(options: RetryOptions = {}): (octokit: unknown) => void {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  return (octokit: unknown) => {
    const o = octokit as Hooked;
    o.hook.wrap('request', async (request, req) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await request(req);
        } catch (e) {
          const delay = attempt < RETRIES ? retryDelay(e, attempt, now()) : undefined;
          if (delay === undefined || delay.seconds > MAX_WAIT_S) throw e;
          o.log.warn(`factstore: ${req.method} ${req.url} met a ${delay.why}; retrying in ${delay.seconds} s (${attempt + 1}/${RETRIES}).`);
          await sleep(delay.seconds * 1000);
        }
      }
    });
  };
}

/** Probot's Octokit with the App's retry handling instead of its throttling and retry plugins. */
export function appOctokit(options: RetryOptions = {}): typeof ProbotOctokit {
  return ProbotOctokit.plugin(retryPlugin(options)).defaults((given: Record<string, unknown>) => ({
    ...given,
    throttle: { ...(given.throttle as object | undefined), enabled: false },
    retry: { enabled: false },
  }));
}
