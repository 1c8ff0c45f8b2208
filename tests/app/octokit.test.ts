// The App's Octokit: GitHub's rate limits and server errors are retried after the wait GitHub
// asks for, a bounded number of times; everything else fails at once. The wait itself is
// recorded instead of slept, so the tests say how long the App would wait.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_WAIT_S, RETRIES, appOctokit } from '../../app/src/octokit.js';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

const API = 'https://api.github.com';
const ROUTE = '/repos/acme/app/check-runs';
const secondaryLimit = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' };

/** The App's clock in these tests: 2026-11-23T10:00:00Z. */
const NOW_MS = Date.UTC(2026, 10, 23, 10, 0, 0);

function client(): { octokit: InstanceType<ReturnType<typeof appOctokit>>; waits: number[] } {
  const waits: number[] = [];
  const Octokit = appOctokit({ sleep: (ms) => Promise.resolve(void waits.push(ms)), now: () => NOW_MS });
  return { octokit: new Octokit({ auth: { token: 'test-token' } }), waits };
}

const post = (octokit: InstanceType<ReturnType<typeof appOctokit>>) =>
  octokit.request('POST /repos/{owner}/{repo}/check-runs', { owner: 'acme', repo: 'app', name: 'x', head_sha: 'a'.repeat(40) });

describe('the App’s Octokit', () => {
  it('retries a write refused by a secondary rate limit after GitHub’s retry-after', async () => {
    const scope = nock(API).post(ROUTE).reply(403, secondaryLimit, { 'retry-after': '7' }).post(ROUTE).reply(201, { id: 7 });
    const { octokit, waits } = client();
    expect((await post(octokit)).data).toEqual({ id: 7 });
    expect(waits).toEqual([7000]);
    expect(scope.pendingMocks()).toEqual([]);
  });

  it(`gives up after ${RETRIES} retries and reports GitHub's answer`, async () => {
    const scope = nock(API).post(ROUTE).times(RETRIES + 1).reply(429, secondaryLimit, { 'retry-after': '1' });
    const { octokit, waits } = client();
    await expect(post(octokit)).rejects.toMatchObject({ status: 429 });
    expect(waits).toEqual(Array.from({ length: RETRIES }, () => 1000));
    expect(scope.pendingMocks()).toEqual([]);
  });

  it('waits for the primary rate limit to reset, and for a secondary one named only in the message', async () => {
    // 10:00:05 on the App's clock, which reads 10:00:00.000
    const reset = Date.UTC(2026, 10, 23, 10, 0, 5) / 1000;
    const scope = nock(API)
      .post(ROUTE).reply(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) })
      .post(ROUTE).reply(403, secondaryLimit)
      .post(ROUTE).reply(201, { id: 8 });
    const { octokit, waits } = client();
    expect((await post(octokit)).data).toEqual({ id: 8 });
    expect(waits).toEqual([5000, MAX_WAIT_S * 1000]);
    expect(scope.pendingMocks()).toEqual([]);
  });

  it('retries a server error with a growing wait', async () => {
    const scope = nock(API).post(ROUTE).reply(502, 'Bad Gateway').post(ROUTE).reply(503, 'Unavailable').post(ROUTE).reply(201, { id: 9 });
    const { octokit, waits } = client();
    expect((await post(octokit)).data).toEqual({ id: 9 });
    expect(waits).toEqual([1000, 2000]);
    expect(scope.pendingMocks()).toEqual([]);
  });

  it.each([
    [403, { message: 'Resource not accessible by integration' }, {}],
    [404, { message: 'Not Found' }, {}],
    [422, { message: 'Validation Failed' }, {}],
    [403, secondaryLimit, { 'retry-after': String(MAX_WAIT_S * 60) }],
  ])('does not retry %i (%j) when GitHub does not ask for a bearable wait', async (status, body, headers) => {
    const scope = nock(API).post(ROUTE).reply(status, body, headers);
    const { octokit, waits } = client();
    await expect(post(octokit)).rejects.toMatchObject({ status });
    expect(waits).toEqual([]);
    expect(scope.pendingMocks()).toEqual([]);
  });
});
