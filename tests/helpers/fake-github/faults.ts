/**
 * Injected failures for retry tests: server errors, and GitHub's secondary rate limit (403 or 429
 * with `retry-after`, "You have exceeded a secondary rate limit…", x-ratelimit-remaining not 0).
 */
import { ApiError } from './http-kit.js';

export interface FaultOptions {
  status: number;
  /** answer as the secondary rate limit does */
  rateLimit?: boolean;
  /** seconds, for `retry-after` (rate limits; default 1) */
  retryAfter?: number;
  message?: string;
  /** only requests of this method (GET, PATCH…) */
  method?: string;
  /** only requests whose path (decoded, without query) matches */
  path?: string | RegExp;
  /** the request takes effect, then the failure is answered (a write whose answer was lost) */
  applied?: boolean;
}

interface Fault extends FaultOptions {
  remaining: number;
}

const SECONDARY =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.';

const STATUS_TEXT: Record<number, string> = { 500: 'Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

export class Faults {
  private readonly queue: Fault[] = [];

  add(count: number, options: FaultOptions): void {
    if (count > 0) this.queue.push({ ...options, remaining: count });
  }

  clear(): void {
    this.queue.length = 0;
  }

  /** The next fault for this request, consumed; undefined when none applies. */
  take(method: string, path: string): Fault | undefined {
    const i = this.queue.findIndex((f) => matches(f, method, path));
    const fault = this.queue[i];
    if (fault === undefined) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.queue.splice(i, 1);
    return fault;
  }
}

function matches(f: FaultOptions, method: string, path: string): boolean {
  if (f.method !== undefined && f.method.toUpperCase() !== method) return false;
  if (f.path === undefined) return true;
  return typeof f.path === 'string' ? path.includes(f.path) : f.path.test(path);
}

export function faultError(f: FaultOptions): ApiError {
  if (f.rateLimit === true) {
    const headers = { 'retry-after': String(f.retryAfter ?? 1), 'x-ratelimit-remaining': '4990' };
    return new ApiError(f.status, f.message ?? SECONDARY, 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits', headers);
  }
  return new ApiError(f.status, f.message ?? STATUS_TEXT[f.status] ?? 'Server Error');
}
