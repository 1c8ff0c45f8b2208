// Deployment protection: the schema-built `deployment_protection_rule.requested` payload in, GitHub
// mocked with nock, the review sent to the run's callback checked.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import { DEPLOYMENT_EVENT, deploymentPayload, expectReview, mockAlarmLookup, runOf, shaOf, type ReviewBody } from './deployment-world.js';
import { API, FLOW, mockConfig, mockFacts, receive, repoOf, startApp } from './world.js';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

const GROUPS = `environments:
  production:
    members: [production-eu, production-us]
`;

function configFor(environments: string, extra = ''): string {
  return `flows:
  ${FLOW}:
    require: [unit-tests]
    environments: ${environments}
${extra}types:
  unit-tests: {}
`;
}

function trailFacts(commit: string, status: 'PASSED' | 'FAILED'): Fact[] {
  return [
    makeFact({ kind: 'trail', flow: FLOW, trail: 'b1', commit, gitBranch: 'main', actor: 'ci', ts: '2026-11-23T10:00:00.000Z' }),
    makeFact({ kind: 'attestation', flow: FLOW, trail: 'b1', type: 'unit-tests', status, evidence: [], actor: 'ci', ts: '2026-11-23T10:01:00.000Z' }),
  ];
}

const errors = (logs: string[]): string[] => logs.filter((l) => l.startsWith('error:'));

describe('deployment protection', () => {
  const body = deploymentPayload();
  const where = repoOf(body);
  const sha = shaOf(body);
  const run = runOf(body);

  it('approves a deployment whose commit passes the flows of its environment', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    mockConfig(scope, where, configFor('[production]'));
    mockAlarmLookup(scope, where);
    mockFacts(scope, where, sha, { b1: trailFacts(sha, 'PASSED') });
    expectReview(scope, where, run, reviews);
    await receive(app, DEPLOYMENT_EVENT, body);
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ environment_name: 'production', state: 'approved' });
    expect(reviews[0]?.comment).toBe(`Factstore: GATE_ALLOWED for production at ${sha.slice(0, 7)}.\n${FLOW}: GATE_ALLOWED: All required attestations passed`);
    expect(errors(app.logs)).toEqual([]);
  });

  it('rejects a deployment whose commit a flow blocks, with the reasons', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    mockConfig(scope, where, configFor('[]'));
    mockAlarmLookup(scope, where);
    mockFacts(scope, where, sha, { b1: trailFacts(sha, 'FAILED') });
    expectReview(scope, where, run, reviews);
    await receive(app, DEPLOYMENT_EVENT, body);
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ environment_name: 'production', state: 'rejected' });
    expect(reviews[0]?.comment).toMatch(new RegExp(`^Factstore: GATE_BLOCKED for production at ${sha.slice(0, 7)}\\.\\n${FLOW}: GATE_BLOCKED: .*unit-tests`));
  });

  it('rejects a commit with no trail: nothing vouches for it', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    mockConfig(scope, where, configFor('[production]'));
    mockAlarmLookup(scope, where);
    mockFacts(scope, where, sha, {});
    expectReview(scope, where, run, reviews);
    await receive(app, DEPLOYMENT_EVENT, body);
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ state: 'rejected' });
    expect(reviews[0]?.comment).toContain(`no trail of flow ${FLOW}`);
  });

  it('approves an environment no flow gates, saying there is nothing to enforce, without reading facts', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    const staging = deploymentPayload({ environment: 'staging' });
    mockConfig(scope, where, configFor('[production]', GROUPS));
    expectReview(scope, where, run, reviews);
    await receive(app, DEPLOYMENT_EVENT, staging);
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ environment_name: 'staging', state: 'approved' });
    expect(reviews[0]?.comment).toContain('no flow of .github/factstore.yml gates staging, so there is nothing to enforce');
  });

  it('gates a member of a logical environment with the flows of the group', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    mockConfig(scope, where, configFor('[production]', GROUPS));
    mockAlarmLookup(scope, where);
    mockFacts(scope, where, sha, { b1: trailFacts(sha, 'FAILED') });
    expectReview(scope, where, run, reviews);
    await receive(app, DEPLOYMENT_EVENT, deploymentPayload({ environment: 'production-eu' }));
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ environment_name: 'production-eu', state: 'rejected' });
    expect(reviews[0]?.comment).toContain(`${FLOW}: GATE_BLOCKED`);
  });

  it('rejects when the environment is gated but the deployed branch is outside every gating flow', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    mockConfig(scope, where, configFor('[production]').replace('    environments', '    branches: [main]\n    environments'));
    mockAlarmLookup(scope, where);
    mockFacts(scope, where, sha, { b1: trailFacts(sha, 'PASSED') });
    expectReview(scope, where, run, reviews);
    await receive(app, DEPLOYMENT_EVENT, deploymentPayload({ ref: 'feature/quick-fix' }));
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ state: 'rejected' });
    expect(reviews[0]?.comment).toContain(`production is gated by ${FLOW}, but none applies to ${sha.slice(0, 7)} on branch feature/quick-fix`);
  });

  it('rejects while the tamper alarm is open, naming it, whatever the evidence says', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    const alarm = 'https://github.com/octo-org/octo-repo/issues/77';
    mockConfig(scope, where, configFor('[production]'));
    mockAlarmLookup(scope, where, { number: 77, html_url: alarm });
    mockFacts(scope, where, sha, { b1: trailFacts(sha, 'PASSED') });
    expectReview(scope, where, run, reviews);
    await receive(app, DEPLOYMENT_EVENT, body);
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ state: 'rejected' });
    expect(reviews[0]?.comment).toContain(`${FLOW}: GATE_BLOCKED: Tamper alarm open: ${alarm}`);
    expect(reviews[0]?.comment).toContain('(the evidence said: All required attestations passed)');
  });

  it('rejects in a repository without .github/factstore.yml, saying to add it', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    mockConfig(scope, where, undefined);
    expectReview(scope, where, run, reviews);
    await receive(app, DEPLOYMENT_EVENT, body);
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ state: 'rejected', environment_name: 'production' });
    expect(reviews[0]?.comment).toContain('has no .github/factstore.yml on main');
    expect(reviews[0]?.comment).toContain('add one');
  });

  it('rejects when GitHub fails during the evaluation, with what to do', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    mockConfig(scope, where, configFor('[production]'));
    mockAlarmLookup(scope, where);
    scope.get(`/repos/${where.owner}/${where.repo}/git/ref/heads%2Ffactstore`).reply(403, { message: 'Resource not accessible by integration' });
    expectReview(scope, where, run, reviews);
    await expect(receive(app, DEPLOYMENT_EVENT, body)).resolves.toBeUndefined();
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ state: 'rejected' });
    expect(reviews[0]?.comment).toMatch(/^Factstore could not evaluate this deployment, so it is rejected: .*Resource not accessible by integration/);
    expect(reviews[0]?.comment.length).toBeLessThanOrEqual(1024);
    expect(errors(app.logs).join('\n')).toContain('gating the deployment of octo-org/octo-repo to production failed');
  });

  it('rejects an invalid config with the path to fix', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    mockConfig(scope, where, `flows:\n  ${FLOW}:\n    require: unit-tests\n`);
    expectReview(scope, where, run, reviews);
    await receive(app, DEPLOYMENT_EVENT, body);
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ state: 'rejected' });
    expect(reviews[0]?.comment).toContain(`/flows/${FLOW}/require`);
  });

  it('logs what to do when GitHub refuses the answer, and does not throw', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    mockConfig(scope, where, configFor('[staging]'));
    expectReview(scope, where, run, reviews, 403);
    await expect(receive(app, DEPLOYMENT_EVENT, body)).resolves.toBeUndefined();
    expect(scope.pendingMocks()).toEqual([]);
    expect(errors(app.logs).join('\n')).toContain('`deployments: write`');
  });

  it.each([
    ['another host', `https://attacker.example/repos/octo-org/octo-repo/actions/runs/${run}/deployment_protection_rule`],
    ['plain http', `http://api.github.com/repos/octo-org/octo-repo/actions/runs/${run}/deployment_protection_rule`],
    ['another repository', `https://api.github.com/repos/octo-org/other-repo/actions/runs/${run}/deployment_protection_rule`],
    ['another endpoint', 'https://api.github.com/repos/octo-org/octo-repo/issues/1/comments'],
    ['a query', `https://api.github.com/repos/octo-org/octo-repo/actions/runs/${run}/deployment_protection_rule?x=1`],
    ['credentials', `https://user:pw@api.github.com/repos/octo-org/octo-repo/actions/runs/${run}/deployment_protection_rule`],
    ['not an address', 'deployment_protection_rule'],
  ])('sends nothing at all for a forged callback (%s) and logs an error', async (_, callbackUrl) => {
    const app = await startApp();
    const scope = nock(API);
    const elsewhere = nock('https://attacker.example').post(/.*/).reply(204);
    await receive(app, DEPLOYMENT_EVENT, deploymentPayload({ callbackUrl }));
    expect(scope.isDone()).toBe(true);
    expect(elsewhere.isDone()).toBe(false);
    const logged = errors(app.logs);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('refused to answer the deployment of octo-org/octo-repo to production');
    expect(logged[0]).toContain('Nothing was sent');
  });
});
