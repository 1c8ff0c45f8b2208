// Deployment protection: the schema-built `deployment_protection_rule.requested` payload in, GitHub
// mocked with nock, the review sent to the run's callback checked.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import { DEPLOYMENT_EVENT, deploymentPayload, expectReview, runOf, shaOf, type ReviewBody } from './deployment-world.js';
import { mockAppId, mockRootLookup, mockStateRuns } from './facts-mocks.js';
import { API, FLOW, mockConfig, mockFacts, raisedAlarm, receive, repoOf, signedFacts, startApp, trustYaml } from './world.js';

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
  return `${trustYaml()}flows:
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
    await mockFacts(scope, where, sha, { b1: trailFacts(sha, 'PASSED') });
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
    await mockFacts(scope, where, sha, { b1: trailFacts(sha, 'FAILED') });
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
    await mockFacts(scope, where, sha, {});
    expectReview(scope, where, run, reviews);
    await receive(app, DEPLOYMENT_EVENT, body);
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ state: 'rejected' });
    expect(reviews[0]?.comment).toContain(`no trail of flow ${FLOW}`);
  });

  it('rejects an environment no flow gates, without reading facts: nothing vouches for it; gate.allow_unscoped lets it through', async () => {
    for (const [extra, state] of [['', 'rejected'], ['gate: { allow_unscoped: true }\n', 'approved']] as const) {
      const app = await startApp();
      const scope = nock(API);
      const reviews: ReviewBody[] = [];
      const staging = deploymentPayload({ environment: 'staging' });
      mockConfig(scope, where, configFor('[production]', `${GROUPS}${extra}`));
      expectReview(scope, where, run, reviews);
      await receive(app, DEPLOYMENT_EVENT, staging);
      expect(scope.pendingMocks()).toEqual([]);
      expect(reviews[0]).toMatchObject({ environment_name: 'staging', state });
      expect(reviews[0]?.comment).toContain('no flow of .github/factstore.yml gates staging');
    }
  });

  it('gates a member of a logical environment with the flows of the group', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    mockConfig(scope, where, configFor('[production]', GROUPS));
    await mockFacts(scope, where, sha, { b1: trailFacts(sha, 'FAILED') });
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
    // no decision is taken, so the high-water mark stays where it was
    await mockFacts(scope, where, sha, { b1: trailFacts(sha, 'PASSED') }, { mark: false });
    expectReview(scope, where, run, reviews);
    await receive(app, DEPLOYMENT_EVENT, deploymentPayload({ ref: 'feature/quick-fix' }));
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ state: 'rejected' });
    expect(reviews[0]?.comment).toContain(`production is gated by ${FLOW}, but none applies to ${sha.slice(0, 7)} on branch feature/quick-fix`);
  });

  it('does not count a PASSED attestation appended by an unsigned commit, and says so in the answer', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    const [trail, passed] = trailFacts(sha, 'PASSED') as [Fact, Fact];
    const model = await signedFacts({ b1: [trail] });
    const forged = await model.append([passed], undefined);
    mockConfig(scope, where, configFor('[production]'));
    await mockFacts(scope, where, sha, {}, { model });
    expectReview(scope, where, run, reviews);
    await receive(app, DEPLOYMENT_EVENT, body);
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ state: 'rejected' });
    expect(reviews[0]?.comment).toContain(`Not counted: 1 fact ignored: added by commit ${forged.slice(0, 7)}, unsigned`);
    expect(reviews[0]?.comment).toContain(`${FLOW}: GATE_BLOCKED`);
  });

  it('rejects while the tamper alarm is open, naming it, whatever the evidence says; nothing is recorded, the mark stays', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    const alarm = raisedAlarm();
    mockConfig(scope, where, configFor('[production]'));
    await mockFacts(scope, where, sha, { b1: trailFacts(sha, 'PASSED') }, { state: { alarm: { open: true, raised: [alarm] } }, mark: false });
    expectReview(scope, where, run, reviews);
    await receive(app, DEPLOYMENT_EVENT, body);
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ state: 'rejected' });
    expect(reviews[0]?.comment).toContain('Tamper alarm open on the facts branch factstore: force-pushed by mallory');
    expect(reviews[0]?.comment).toContain(`alarm fact ${alarm.id.slice(0, 12)}`);
    expect(reviews[0]?.comment).toContain('/factstore clear-alarm');
  });

  it('rejects when the tamper alarm cannot be read: it never reads as none', async () => {
    const app = await startApp();
    const scope = nock(API);
    const reviews: ReviewBody[] = [];
    const model = await signedFacts({ b1: trailFacts(sha, 'PASSED') });
    mockConfig(scope, where, configFor('[production]'));
    // the mark (with the alarm) is read before the tip, so the tip is never asked for
    mockRootLookup(scope, where, model);
    mockAppId(scope);
    scope.get(`/repos/${where.owner}/${where.repo}/commits/${model.root ?? ''}/check-runs`).query(true).reply(403, { message: 'Resource not accessible by integration' });
    expectReview(scope, where, run, reviews);
    await receive(app, DEPLOYMENT_EVENT, body);
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ state: 'rejected' });
    expect(reviews[0]?.comment).toContain('tamper alarm and high-water mark of the facts branch factstore could not be read');
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
    const model = await signedFacts({});
    mockRootLookup(scope, where, model);
    mockAppId(scope);
    mockStateRuns(scope, where, model);
    scope.get(`/repos/${where.owner}/${where.repo}/branches/factstore`).reply(403, { message: 'Resource not accessible by integration' });
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
