// "Review custom deployment protection rules for a workflow run" (GitHub Docs, workflow runs): an
// App answers the rule a run waits on; the fake keeps the answer for the test to read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient, type ApiCall } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';

const RUN = '/repos/acme/app/actions/runs';
let gh: FakeGitHub;
let api: ApiCall;

beforeAll(async () => {
  gh = await startFakeGitHub({ now: () => new Date('2026-11-23T10:00:00.500Z') });
  gh.createRepo('acme/app');
  gh.putFiles('acme/app', 'main', { 'README.md': 'app\n' });
  gh.addToken('no-deployments', { contents: 'write', checks: 'write' });
  api = restClient(gh.url, gh.token);
});
afterAll(() => gh.close());

describe('custom deployment protection reviews', () => {
  it('answers 204 with no body and records the review, once per waiting environment', async () => {
    gh.awaitDeploymentProtection('acme/app', 101, 'production');
    gh.awaitDeploymentProtection('acme/app', 101, 'staging');
    const r = await api('POST', `${RUN}/101/deployment_protection_rule`, { environment_name: 'Production', state: 'rejected', comment: 'tests missing' });
    expect(r.status).toBe(204);
    expect(r.raw.length).toBe(0);
    expect(gh.deploymentReviews('acme/app')).toEqual([{ runId: 101, environment: 'production', state: 'rejected', comment: 'tests missing', login: 'fake-bot', created_at: '2026-11-23T10:00:00Z' }]);
    expect((await api('POST', `${RUN}/101/deployment_protection_rule`, { environment_name: 'staging', state: 'approved' })).status).toBe(204);
    expect(gh.deploymentReviews('acme/app').map((v) => [v.environment, v.state, v.comment])).toEqual([['production', 'rejected', 'tests missing'], ['staging', 'approved', '']]);
    expect(gh.requests.filter((q) => q.operation === 'actions.reviewCustomGatesForRun').map((q) => q.status)).toEqual([204, 204]);
  });

  it('refuses a second answer, an environment the run does not wait on, and an unknown run', async () => {
    gh.awaitDeploymentProtection('acme/app', 102, 'production');
    expect((await api('POST', `${RUN}/102/deployment_protection_rule`, { environment_name: 'production', state: 'approved' })).status).toBe(204);
    const again = await api('POST', `${RUN}/102/deployment_protection_rule`, { environment_name: 'production', state: 'approved' });
    expect(again.status).toBe(422);
    expect(again.data).toMatchObject({ message: 'No pending custom deployment requests in workflow run `102` to approve or reject' });
    expect((await api('POST', `${RUN}/102/deployment_protection_rule`, { environment_name: 'qa', state: 'approved' })).status).toBe(422);
    expect((await api('POST', `${RUN}/999/deployment_protection_rule`, { environment_name: 'production', state: 'approved' })).status).toBe(404);
  });

  it('validates the body as GitHub does and needs "Deployments: write"', async () => {
    gh.awaitDeploymentProtection('acme/app', 103, 'production');
    expect((await api('POST', `${RUN}/103/deployment_protection_rule`, { environment_name: 'production', state: 'waiting' })).status).toBe(422);
    expect((await api('POST', `${RUN}/103/deployment_protection_rule`, { state: 'approved' })).status).toBe(422);
    expect((await api('POST', `${RUN}/103/deployment_protection_rule`, { environment_name: 'production', state: 'approved', comment: 7 })).status).toBe(422);
    expect(gh.takeSpecViolations().map((v) => v.operation)).toEqual(Array(3).fill('actions/review-custom-gates-for-run'));
    const forbidden = await restClient(gh.url, 'no-deployments')('POST', `${RUN}/103/deployment_protection_rule`, { environment_name: 'production', state: 'approved' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.data).toMatchObject({ message: 'Resource not accessible by integration' });
    expect((await restClient(gh.url, undefined)('POST', `${RUN}/103/deployment_protection_rule`, { environment_name: 'production', state: 'approved' })).status).toBe(404);
    // nothing was answered: the run still waits
    expect(gh.deploymentReviews('acme/app').filter((v) => v.runId === 103)).toEqual([]);
    expect((await api('POST', `${RUN}/103/deployment_protection_rule`, { environment_name: 'production', state: 'approved' })).status).toBe(204);
  });
});
