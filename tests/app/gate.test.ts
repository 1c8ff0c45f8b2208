// The gate check runs: real webhook payloads in, GitHub mocked with nock, request bodies checked.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import { mockAppId, mockRootLookup, mockStateRuns } from './facts-mocks.js';
import { CONFIG, FLOW, API, expectCheckRun, mockConfig, mockFacts, payload, receive, repoOf, signedFacts, startApp, type CheckRunBody } from './world.js';
import { unansweredRequests } from './unanswered-requests.js';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

function trailFacts(commit: string, status: 'PASSED' | 'FAILED'): Fact[] {
  return [
    makeFact({ kind: 'trail', flow: FLOW, trail: 'b1', commit, actor: 'ci', ts: '2026-11-23T10:00:00.000Z' }),
    makeFact({ kind: 'attestation', flow: FLOW, trail: 'b1', type: 'unit-tests', status, evidence: [], actor: 'ci', ts: '2026-11-23T10:01:00.000Z' }),
  ];
}

describe('gate check runs', () => {
  const suite = payload('check_suite.requested');
  const where = repoOf(suite);
  const sha = (suite.check_suite as { head_sha: string }).head_sha;

  it('blocks a commit with no trail: one failing check run named after the flow', async () => {
    const app = await startApp();
    const scope = nock(API);
    const bodies: CheckRunBody[] = [];
    mockConfig(scope, where, CONFIG);
    await mockFacts(scope, where, sha, {});
    expectCheckRun(scope, where, bodies);
    await receive(app, 'check_suite.requested', suite);
    expect(scope.pendingMocks()).toEqual([]);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ name: `Factstore gate / ${FLOW}`, head_sha: sha, status: 'completed', conclusion: 'failure', output: { title: 'GATE_BLOCKED' } });
    expect(bodies[0]?.output.text).toContain('no trail');
    expect(bodies[0]?.output.summary).toContain(FLOW);
  });

  it('allows a commit whose trail has every required attestation passed', async () => {
    const app = await startApp();
    const scope = nock(API);
    const bodies: CheckRunBody[] = [];
    mockConfig(scope, where, CONFIG);
    await mockFacts(scope, where, sha, { b1: trailFacts(sha, 'PASSED') });
    expectCheckRun(scope, where, bodies);
    await receive(app, 'check_suite.requested', suite);
    expect(scope.pendingMocks()).toEqual([]);
    expect(bodies[0]).toMatchObject({ name: `Factstore gate / ${FLOW}`, head_sha: sha, conclusion: 'success', output: { title: 'GATE_ALLOWED' } });
    expect(bodies[0]?.output.summary).toContain('unit-tests');
  });

  it('blocks on a failed attestation, and a check_run re-request gates its own commit', async () => {
    const rerun = payload('check_run.rerequested');
    const runWhere = repoOf(rerun);
    const runSha = (rerun.check_run as { head_sha: string }).head_sha;
    const app = await startApp();
    const scope = nock(API);
    const bodies: CheckRunBody[] = [];
    mockConfig(scope, runWhere, CONFIG);
    await mockFacts(scope, runWhere, runSha, { b1: trailFacts(runSha, 'FAILED') });
    expectCheckRun(scope, runWhere, bodies);
    await receive(app, 'check_run.rerequested', rerun);
    expect(scope.pendingMocks()).toEqual([]);
    expect(bodies[0]).toMatchObject({ head_sha: runSha, conclusion: 'failure', output: { title: 'GATE_BLOCKED' } });
  });

  it('reads the facts of facts.repo when the config names another repository', async () => {
    const app = await startApp();
    const scope = nock(API);
    const bodies: CheckRunBody[] = [];
    mockConfig(scope, where, `facts:\n  repo: acme/facts\n${CONFIG}`);
    await mockFacts(scope, { owner: 'acme', repo: 'facts' }, sha, { b1: trailFacts(sha, 'PASSED') });
    expectCheckRun(scope, where, bodies);
    await receive(app, 'check_suite.requested', suite);
    expect(scope.pendingMocks()).toEqual([]);
    expect(bodies[0]).toMatchObject({ head_sha: sha, conclusion: 'success' });
  });

  it('does nothing in a repository without .github/factstore.yml', async () => {
    const app = await startApp();
    const scope = nock(API);
    mockConfig(scope, where, undefined);
    await receive(app, 'check_suite.requested', suite);
    expect(scope.pendingMocks()).toEqual([]);
    expect(app.logs.some((l) => l.startsWith('debug:') && l.includes('no .github/factstore.yml'))).toBe(true);
  });

  it('logs an invalid config with what to fix, and creates no check run', async () => {
    const app = await startApp();
    const scope = nock(API);
    mockConfig(scope, where, 'flows:\n  payments:\n    require: unit-tests\n');
    await receive(app, 'check_suite.requested', suite);
    expect(scope.pendingMocks()).toEqual([]);
    expect(app.logs.find((l) => l.startsWith('error:'))).toMatch(/factstore: gating .* failed: .*\.github\/factstore\.yml.*\/flows\/payments\/require.*must be a list/s);
  });

  it('a GitHub failure is caught and logged, never thrown out of receive', async () => {
    const app = await startApp();
    const scope = nock(API);
    mockConfig(scope, where, CONFIG);
    // the App's state runs are read; the facts branch itself is refused
    const model = await signedFacts({});
    mockRootLookup(scope, where, model);
    mockAppId(scope);
    mockStateRuns(scope, where, model);
    scope.get(`/repos/${where.owner}/${where.repo}/branches/factstore`).reply(403, { message: 'Resource not accessible by integration' });
    await expect(receive(app, 'check_suite.requested', suite)).resolves.toBeUndefined();
    expect(scope.pendingMocks()).toEqual([]);
    expect(app.logs.find((l) => l.startsWith('error:'))).toContain('Resource not accessible by integration');
  });

  it('acknowledges an event it does not act on quietly: no request at all', async () => {
    const app = await startApp();
    const requests = unansweredRequests();
    try {
      await expect(receive(app, 'pull_request.closed', payload('pull_request.closed'))).resolves.toBeUndefined();
    } finally {
      requests.stop();
    }
    expect(requests.seen).toEqual([]);
    expect(app.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
  });
});
