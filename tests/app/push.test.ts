// Facts arriving later: a push to the facts branch re-evaluates the commits whose trails it touched.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API, CI_SIGNER, CONFIG, FLOW, expectCheckRun, mockConfig, mockConfigRead, mockFacts, payload, raisedAlarm, receive, repoOf, signedFacts, startApp, type CheckRunBody } from './world.js';
import {
  AFTER, ATTEST_MESSAGE, BEFORE, DECISION_MESSAGE, GATED, expectCommentEdited, factsCommit, factsPush, mockCompare, mockPulls, mockTrailAt,
  passedTrail, trailFile, type IssueBody,
} from './push-world.js';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

const ciSigner = CI_SIGNER;
const where = repoOf(factsPush());

describe('a push to the facts branch', () => {
  it('re-evaluates the commit of the trail it touched: a new check run, its PR comment edited', async () => {
    const app = await startApp();
    const scope = nock(API);
    const runs: CheckRunBody[] = [];
    const comments: IssueBody[] = [];
    const model = await signedFacts({ b1: passedTrail() });
    const tip = model.tip ?? '';
    mockConfig(scope, where, CONFIG);
    mockCompare(scope, where, [await factsCommit(ATTEST_MESSAGE, ciSigner)], [trailFile(), { filename: 'FACTSTORE.json', status: 'modified' }], BEFORE, tip);
    mockTrailAt(scope, where, passedTrail(), tip);
    // PR 6 moved on to another head: its comment follows that head, not this commit
    mockPulls(scope, where, GATED, [{ number: 5, state: 'open', headSha: GATED }, { number: 6, state: 'open', headSha: 'f'.repeat(40) }, { number: 4, state: 'closed', headSha: GATED }]);
    const { marks } = await mockFacts(scope, where, GATED, {}, { model });
    expectCheckRun(scope, where, runs);
    expectCommentEdited(scope, where, 5, comments);
    await receive(app, 'push', factsPush({ after: tip }));
    expect(scope.pendingMocks()).toEqual([]);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ name: `Factstore gate / ${FLOW}`, head_sha: GATED, conclusion: 'success', output: { title: 'GATE_ALLOWED' } });
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('GATE_ALLOWED');
    expect(marks).toMatchObject([{ external_id: tip }]);
    expect(app.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
  });

  it('re-evaluates nothing when it holds only gate decisions, whose signatures are still checked', async () => {
    const app = await startApp();
    const scope = nock(API);
    mockConfig(scope, where, CONFIG);
    mockCompare(scope, where, [await factsCommit(DECISION_MESSAGE, ciSigner), await factsCommit(DECISION_MESSAGE.replace('ALLOWED', 'BLOCKED'), ciSigner)], [trailFile()]);
    await receive(app, 'push', factsPush());
    expect(scope.pendingMocks()).toEqual([]);
    expect(app.logs.filter((l) => /^(error|warn):/.test(l) && !l.includes('FACTSTORE_SIGNING_KEY'))).toEqual([]);
    expect(app.logs.some((l) => l.includes('only gate decisions'))).toBe(true);
  });

  it('lists every commit of the branch when the push creates the facts branch, and the files of its root', async () => {
    const app = await startApp();
    const scope = nock(API);
    const tip = await factsCommit(ATTEST_MESSAGE, ciSigner);
    mockConfig(scope, where, CONFIG);
    scope.get(`/repos/${where.owner}/${where.repo}/commits`).query({ sha: AFTER, per_page: '100', page: '1' }).reply(200, [{ ...tip, sha: AFTER, parents: [] }]);
    scope.get(`/repos/${where.owner}/${where.repo}/commits/${AFTER}`).reply(200, { ...tip, files: [{ filename: 'FACTSTORE.json', status: 'added' }] });
    await receive(app, 'push', factsPush({ before: '0'.repeat(40), created: true }));
    expect(scope.pendingMocks()).toEqual([]);
    expect(app.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
  });

  it('re-evaluates under an alarm already open: the check run is blocked and names it, the mark stays', async () => {
    const app = await startApp();
    const scope = nock(API);
    const bodies: CheckRunBody[] = [];
    const model = await signedFacts({ b1: passedTrail() });
    const tip = model.tip ?? '';
    const alarm = raisedAlarm();
    mockConfig(scope, where, CONFIG);
    mockCompare(scope, where, [await factsCommit(ATTEST_MESSAGE, ciSigner)], [trailFile()], BEFORE, tip);
    mockTrailAt(scope, where, passedTrail(), tip);
    mockPulls(scope, where, GATED, []);
    await mockFacts(scope, where, GATED, {}, { model, state: { alarm: { open: true, raised: [alarm] } }, mark: false });
    expectCheckRun(scope, where, bodies);
    await receive(app, 'push', factsPush({ after: tip }));
    expect(scope.pendingMocks()).toEqual([]);
    expect(bodies[0]).toMatchObject({ head_sha: GATED, conclusion: 'failure', output: { title: 'GATE_BLOCKED' } });
    expect(bodies[0]?.output.text).toContain(`Tamper alarm open on the facts branch factstore: force-pushed by mallory from ${'e'.repeat(40)} to ${'f'.repeat(40)} (alarm fact ${alarm.id.slice(0, 12)}`);
  });
});

describe('pushes that are not to the facts branch', () => {
  it('every push example (tags, the default branch) is acknowledged without a request', async () => {
    const app = await startApp();
    const scope = nock(API);
    for (const n of [0, 1, 2, 3, 4, 5, 6]) await receive(app, 'push', payload(`push.${n}`));
    expect(scope.pendingMocks()).toEqual([]);
    expect(scope.isDone()).toBe(true);
    expect(app.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
  });

  it('another branch costs the config read and nothing more, with or without a config', async () => {
    const app = await startApp();
    const scope = nock(API);
    mockConfig(scope, where, undefined);
    await receive(app, 'push', factsPush({ ref: 'refs/heads/feature' }));
    expect(scope.pendingMocks()).toEqual([]);

    const next = nock(API);
    mockConfigRead(next, where, CONFIG);
    await receive(app, 'push', factsPush({ ref: 'refs/heads/feature' }));
    expect(next.pendingMocks()).toEqual([]);
    expect(app.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
  });

  it('a branch named like the facts branch of a config whose facts live in another repository is not watched', async () => {
    const app = await startApp();
    const scope = nock(API);
    mockConfig(scope, where, `facts:\n  repo: acme/facts\n${CONFIG}`);
    await receive(app, 'push', factsPush({ forced: true }));
    expect(scope.pendingMocks()).toEqual([]);
    expect(app.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
  });
});
