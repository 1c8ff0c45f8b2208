import { describe, expect, it } from 'vitest';
import { trailFacts } from './facts.js';
import { commands } from './runner.js';
import { FLOW, REPO, world } from './world.js';

describe('talking to the GitHub API', () => {
  it('honours GITHUB_API_URL, GitHub Enterprise\'s /api/v3 included', async () => {
    const w = await world();
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED' }, { GITHUB_API_URL: `${w.gh.url}/api/v3`, GITHUB_SERVER_URL: 'https://ghe.acme.example' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(trailFacts(w.gh, FLOW, w.sha).map((f) => f.kind)).toEqual(['trail', 'attestation']);
    expect(r.summary).toContain('(https://ghe.acme.example/acme/app/commit/');
    expect(trailFacts(w.gh, FLOW, w.sha)[1]?.context?.serverUrl).toBe('https://ghe.acme.example');
  });

  it('waits out a secondary rate limit and retries', async () => {
    const w = await world();
    w.gh.failNext(2, { status: 403, rateLimit: true, retryAfter: 1, method: 'POST', path: '/git/trees' });
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED' });
    expect(r.code).toBe(0);
    expect(commands(r.stdout, 'warning').map((c) => c.message)).toEqual([
      expect.stringContaining("GitHub's secondary rate limit was reached on POST"),
      expect.stringContaining("GitHub's secondary rate limit was reached on POST"),
    ]);
    expect(w.gh.requests.filter((q) => q.injected === true).length).toBe(2);
    expect(w.gh.ref(REPO, 'heads/factstore')).toBe(r.outputs['facts-commit']);
  });

  it('gives up after a bounded number of rate-limited tries, writing nothing', async () => {
    const w = await world();
    w.gh.failNext(10, { status: 403, rateLimit: true, retryAfter: 1, method: 'POST', path: '/git/trees' });
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED' });
    expect(r.code).toBe(1);
    expect(w.gh.requests.filter((q) => q.injected === true).length).toBe(4);
    expect(commands(r.stdout, 'error')[0]?.message).toContain('secondary rate limit');
    expect(w.gh.ref(REPO, 'heads/factstore')).toBeUndefined();
  });
});
