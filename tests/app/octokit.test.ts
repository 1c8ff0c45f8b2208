// The App's Octokit: rate limits are retried after GitHub's retry-after (1 s here: 0 would mean
// the plugin's 60 s fallback) a bounded number of times.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appOctokit, RATE_LIMIT_RETRIES } from '../../app/src/octokit.js';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

const API = 'https://api.github.com';
const secondaryLimit = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' };

function client(): InstanceType<ReturnType<typeof appOctokit>> {
  const Octokit = appOctokit();
  return new Octokit({ auth: { token: 'test-token' } });
}

describe('the App’s Octokit', () => {
  it('retries a write refused by a secondary rate limit, after GitHub’s retry-after', async () => {
    const scope = nock(API)
      .post('/repos/acme/app/check-runs')
      .reply(403, secondaryLimit, { 'retry-after': '1' })
      .post('/repos/acme/app/check-runs')
      .reply(201, { id: 7 });
    const r = await client().request('POST /repos/{owner}/{repo}/check-runs', { owner: 'acme', repo: 'app', name: 'x', head_sha: 'a'.repeat(40) });
    expect(r.data).toEqual({ id: 7 });
    expect(scope.pendingMocks()).toEqual([]);
  });

  it(`gives up after ${RATE_LIMIT_RETRIES} retries and reports GitHub's answer`, async () => {
    const scope = nock(API).post('/repos/acme/app/check-runs').times(RATE_LIMIT_RETRIES + 1).reply(403, secondaryLimit, { 'retry-after': '1' });
    await expect(client().request('POST /repos/{owner}/{repo}/check-runs', { owner: 'acme', repo: 'app', name: 'x', head_sha: 'a'.repeat(40) })).rejects.toMatchObject({ status: 403 });
    expect(scope.pendingMocks()).toEqual([]);
  });
});
