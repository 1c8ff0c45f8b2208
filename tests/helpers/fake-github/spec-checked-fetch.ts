/**
 * The same check for clients tested against nock rather than the fake: a `fetch` for Octokit's
 * `request.fetch` that checks each request to the API against GitHub's OpenAPI description, answers
 * what GitHub would refuse as the fake does, and records it, so the test fails (the `afterEach` of
 * `spec-violations-setup.ts`) even when the client swallows the error. Other requests go to
 * `globalThis.fetch` (nock's) untouched.
 */
import { specCheck, type SpecViolation } from './spec-check.js';
import { liveFakes, type ViolationSource } from './spec-violations.js';

class Recorder implements ViolationSource {
  readonly violations: SpecViolation[] = [];
  private reported = 0;

  constructor(readonly url: string) {}

  takeUnreported(): SpecViolation[] {
    const fresh = this.violations.slice(this.reported);
    this.reported = this.violations.length;
    return fresh;
  }
}

const recorders = new Map<string, Recorder>();

function bodyOf(body: unknown): unknown {
  if (typeof body !== 'string' || body.trim() === '') return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

export function specCheckedFetch(api = 'https://api.github.com'): typeof fetch {
  const base = new URL(api);
  let recorder = recorders.get(base.href);
  if (recorder === undefined) {
    recorder = new Recorder(`${base.href} (through specCheckedFetch)`);
    recorders.set(base.href, recorder);
    liveFakes().add(recorder);
  }
  const record = recorder;
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const prefix = base.pathname.replace(/\/$/, '');
    if (url.origin === base.origin && url.pathname.startsWith(prefix)) {
      const violation = specCheck().check(method, url.pathname.slice(prefix.length), url.searchParams, bodyOf(init?.body));
      if (violation !== undefined) {
        record.violations.push(violation);
        const message = `${violation.status === 404 ? 'Not Found' : 'Invalid request.'}\n\n${violation.problems.join('\n')}\n\n(refused as GitHub's OpenAPI description does not allow it)`;
        return Response.json({ message, documentation_url: 'https://docs.github.com/rest', status: String(violation.status) }, { status: violation.status });
      }
    }
    return globalThis.fetch(input, init);
  };
}
