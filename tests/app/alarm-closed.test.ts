// A closed tamper alarm keeps blocking while an untrusted commit it names is still on the facts
// branch (DESIGN §2: facts from untrusted commits never count); once the commit is gone, the
// alarm's marker is cleared and the gates open.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { markedUntrusted, withMarkedUntrusted } from '../../app/src/alarm/alarm-issue.js';
import { generateKeyPair } from '../../src/core/signing/index.js';
import { API, FLOW, expectCheckRun, mockConfig, mockFacts, payload, receive, repoOf, startApp, type CheckRunBody } from './world.js';
import { ALARM_URL, ATTEST_MESSAGE, factsCommit, factsPush, mockAlarmLookup, mockCompare, mockOpenAlarmLookup, passedTrail, trustingConfig, type IssueBody } from './push-world.js';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

const ci = generateKeyPair('ci');
const CONFIG = trustingConfig([ci.publicKey]);
const FORGED = 'f0'.repeat(20);
const OTHER = 'e1'.repeat(20);

describe('the alarm marker', () => {
  it('lists each untrusted commit once, adds to what is there, and is dropped when none are left', () => {
    const body = withMarkedUntrusted('### alarm', [FORGED, FORGED]);
    expect(markedUntrusted(body)).toEqual([FORGED]);
    const more = withMarkedUntrusted(body, [...markedUntrusted(body), OTHER]);
    expect(markedUntrusted(more)).toEqual([FORGED, OTHER]);
    expect(more.startsWith('### alarm')).toBe(true);
    const cleared = withMarkedUntrusted(more, []);
    expect(markedUntrusted(cleared)).toEqual([]);
    expect(cleared).not.toContain('factstore:untrusted');
    expect(markedUntrusted('<!-- factstore:untrusted not-a-sha -->')).toEqual([]);
  });
});

describe('a closed tamper alarm', () => {
  const suite = payload('check_suite.requested');
  const at = repoOf(suite);
  const sha = (suite.check_suite as { head_sha: string }).head_sha;
  const trail = { b1: passedTrail().map((f) => (f.kind === 'trail' ? { ...f, commit: sha } : f)) };
  const closed = { number: 77, html_url: ALARM_URL, body: withMarkedUntrusted('### Factstore: the facts branch factstore has commits not signed by a trusted key', [FORGED]) };
  const compare = `/repos/${at.owner}/${at.repo}/compare/${FORGED}...factstore`;

  it('still blocks while the untrusted commit it names is on the facts branch', async () => {
    const app = await startApp();
    const scope = nock(API);
    const runs: CheckRunBody[] = [];
    mockConfig(scope, at, CONFIG);
    mockAlarmLookup(scope, at, undefined, [closed]);
    scope.get(compare).query({ per_page: '1' }).reply(200, { status: 'ahead', ahead_by: 3, behind_by: 0 });
    mockFacts(scope, at, sha, trail);
    expectCheckRun(scope, at, runs);
    await receive(app, 'check_suite.requested', suite);
    expect(scope.pendingMocks()).toEqual([]);
    expect(runs[0]).toMatchObject({ name: `Factstore gate / ${FLOW}`, conclusion: 'failure', output: { title: 'GATE_BLOCKED' } });
    expect(runs[0]?.output.text).toContain(`Tamper alarm ${ALARM_URL} was closed, but the untrusted commit ${FORGED.slice(0, 12)} it names is still on factstore`);
  });

  it.each([
    ['the branch was restored without it', 200, { status: 'diverged', ahead_by: 1, behind_by: 4 }],
    ['the commit is gone from the repository', 404, { message: 'Not Found' }],
  ])('opens the gates once %s, and clears the marker so later gates need not ask', async (_label, status, answer) => {
    const app = await startApp();
    const scope = nock(API);
    const runs: CheckRunBody[] = [];
    const patched: IssueBody[] = [];
    mockConfig(scope, at, CONFIG);
    mockAlarmLookup(scope, at, undefined, [closed]);
    scope.get(compare).query({ per_page: '1' }).reply(status, answer);
    scope.patch(`/repos/${at.owner}/${at.repo}/issues/77`, (b: IssueBody | string) => (typeof b === 'object' ? patched.push(b) > 0 : true)).reply(200, { number: 77 });
    mockFacts(scope, at, sha, trail);
    expectCheckRun(scope, at, runs);
    await receive(app, 'check_suite.requested', suite);
    expect(scope.pendingMocks()).toEqual([]);
    expect(runs[0]).toMatchObject({ conclusion: 'success', output: { title: 'GATE_ALLOWED' } });
    expect(markedUntrusted(patched[0]?.body)).toEqual([]);
    expect(patched[0]?.body).toContain('### Factstore: the facts branch factstore has commits not signed by a trusted key');
  });

  it('a new untrusted commit reported on an open alarm is added to its marker', async () => {
    const app = await startApp();
    const scope = nock(API);
    const where = repoOf(factsPush());
    const unsigned = await factsCommit(ATTEST_MESSAGE);
    const comments: IssueBody[] = [];
    const patched: IssueBody[] = [];
    mockConfig(scope, where, CONFIG);
    mockCompare(scope, where, [unsigned], []);
    mockOpenAlarmLookup(scope, where, { number: 77, html_url: ALARM_URL, body: closed.body });
    scope.post(`/repos/${where.owner}/${where.repo}/issues/77/comments`, (b: IssueBody) => comments.push(b) > 0).reply(201, { id: 1 });
    scope.patch(`/repos/${where.owner}/${where.repo}/issues/77`, (b: IssueBody | string) => (typeof b === 'object' ? patched.push(b) > 0 : true)).reply(200, { number: 77 });
    await receive(app, 'push', factsPush());
    expect(scope.pendingMocks()).toEqual([]);
    expect(comments[0]?.body).toContain(unsigned.sha);
    expect(markedUntrusted(patched[0]?.body)).toEqual([FORGED, unsigned.sha]);
  });
});
