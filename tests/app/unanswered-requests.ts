// Kept apart from world.ts: importing nock (a value, not a type) switches its interception on for
// the whole test file, which the tests against the fake GitHub (real HTTP) must not have.
import nock from 'nock';

/**
 * Every request no interceptor answered ("METHOD url"), from now until `stop()`: a test that must
 * make no request asserts this list empty (a scope with no interceptor is "done" whatever happens).
 */
export function unansweredRequests(): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const listener = (req: Request): void => {
    seen.push(`${req.method} ${req.url}`);
  };
  nock.emitter.on('no match', listener);
  return { seen, stop: () => nock.emitter.removeListener('no match', listener) };
}
