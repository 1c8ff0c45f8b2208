// The tamper alarm: a force-push, a deletion or an untrusted commit on the facts branch opens (or
// updates) one issue, and every gate is blocked while it is open.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { markedUntrusted } from '../../app/src/alarm/alarm-issue.js';
import { generateKeyPair, sshSigner } from '../../src/core/signing/index.js';
import { API, FLOW, TIP, expectCheckRun, mockConfig, mockFacts, payload, receive, repoOf, startApp, type CheckRunBody } from './world.js';
import {
  ALARM_URL, ATTEST_MESSAGE, BEFORE, DECISION_MESSAGE, GATED, expectAlarmComment, expectAlarmOpened, factsCommit, factsPush, mockAlarmLookup, mockCompare, mockPulls,
  mockTrailAt, passedTrail, trailFile, trustingConfig, type IssueBody,
} from './push-world.js';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

const ci = generateKeyPair('ci');
const ciSigner = sshSigner(ci.privateKey);
const stranger = sshSigner(generateKeyPair('stranger').privateKey);
const CONFIG = trustingConfig([ci.publicKey]);
const where = repoOf(factsPush());

describe('the tamper alarm', () => {
  it('a force-push opens the alarm issue, and the check runs of the trails it touched are blocked and name it', async () => {
    const app = await startApp();
    const scope = nock(API);
    const issues: IssueBody[] = [];
    const runs: CheckRunBody[] = [];
    mockConfig(scope, where, CONFIG);
    mockCompare(scope, where, [await factsCommit(ATTEST_MESSAGE, ciSigner)], [trailFile()]);
    expectAlarmOpened(scope, where, issues);
    mockTrailAt(scope, where, passedTrail());
    mockPulls(scope, where, GATED, []);
    mockFacts(scope, where, GATED, { b1: passedTrail() });
    expectCheckRun(scope, where, runs);
    await receive(app, 'push', factsPush({ forced: true }));
    expect(scope.pendingMocks()).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ title: 'Factstore: the facts branch factstore was force-pushed', labels: ['factstore-tamper'] });
    expect(issues[0]?.body).toContain(`from \`${BEFORE}\` to \`${TIP}\``);
    expect(issues[0]?.body).toContain('`Codertocat`');
    expect(issues[0]?.body).toContain(`factstore verify --branch factstore --checkpoint ${BEFORE}`);
    expect(issues[0]?.body).toContain('Close this issue');
    // the evidence passed; the alarm blocks it all the same, and says why
    expect(runs[0]).toMatchObject({ name: `Factstore gate / ${FLOW}`, head_sha: GATED, conclusion: 'failure', output: { title: 'GATE_BLOCKED' } });
    expect(runs[0]?.output.text).toContain(ALARM_URL);
    expect(app.logs.some((l) => l.startsWith('warn:') && l.includes('force-pushed'))).toBe(true);
  });

  it('a second incident is a comment on the open issue, not another issue', async () => {
    const app = await startApp();
    const scope = nock(API);
    const comments: IssueBody[] = [];
    mockConfig(scope, where, CONFIG);
    mockCompare(scope, where, [], []);
    expectAlarmComment(scope, where, comments);
    await receive(app, 'push', factsPush({ forced: true }));
    expect(scope.pendingMocks()).toEqual([]);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('force-pushed');
  });

  it('an unsigned commit and one signed by an untrusted key raise it; a trusted one is not named', async () => {
    const app = await startApp();
    const scope = nock(API);
    const issues: IssueBody[] = [];
    const trusted = await factsCommit(ATTEST_MESSAGE, ciSigner);
    const unsigned = await factsCommit('factstore: ATTESTATION_RECORDED payments/b1 unit-tests PASSED\n\nno key\n');
    // looks like the App's own decision: the loop guard does not spare it the check
    const foreign = await factsCommit(DECISION_MESSAGE, stranger);
    mockConfig(scope, where, CONFIG);
    mockCompare(scope, where, [trusted, unsigned, foreign], []);
    expectAlarmOpened(scope, where, issues);
    await receive(app, 'push', factsPush());
    expect(scope.pendingMocks()).toEqual([]);
    expect(issues[0]?.title).toBe('Factstore: the facts branch factstore has commits not signed by a trusted key');
    const body = issues[0]?.body ?? '';
    expect(body).toContain(`Commit \`${unsigned.sha}\``);
    expect(body).toMatch(new RegExp(`${unsigned.sha}.*\\*\\*unsigned\\*\\*`));
    expect(body).toMatch(new RegExp(`${foreign.sha}.*\\*\\*untrusted\\*\\*.*${stranger.fingerprint.replace(/[+/]/g, '.')}`));
    expect(body.replace(/<!-- factstore:untrusted [0-9a-f ]* -->/, '')).not.toContain(trusted.sha);
    expect(body).not.toContain('--checkpoint');
    // the issue keeps the untrusted commits, so that closing it cannot let them count
    expect(markedUntrusted(body)).toEqual([unsigned.sha, foreign.sha]);
  });

  it('commits signed by trusted keys raise nothing', async () => {
    const app = await startApp();
    const scope = nock(API);
    mockConfig(scope, where, CONFIG);
    mockCompare(scope, where, [await factsCommit(ATTEST_MESSAGE, ciSigner), await factsCommit(DECISION_MESSAGE, ciSigner)], []);
    await receive(app, 'push', factsPush());
    expect(scope.pendingMocks()).toEqual([]);
    expect(app.logs.filter((l) => /^(error|warn):/.test(l) && !l.includes('FACTSTORE_SIGNING_KEY'))).toEqual([]);
  });

  it('a deletion raises it, naming the tip that was lost', async () => {
    const app = await startApp();
    const scope = nock(API);
    const issues: IssueBody[] = [];
    mockConfig(scope, where, CONFIG);
    expectAlarmOpened(scope, where, issues);
    await receive(app, 'push', factsPush({ deleted: true, after: '0'.repeat(40) }));
    expect(scope.pendingMocks()).toEqual([]);
    expect(issues[0]?.title).toBe('Factstore: the facts branch factstore was deleted');
    expect(issues[0]?.body).toContain(`its tip was \`${BEFORE}\``);
  });

  it('an issue that cannot be opened still blocks the gates of the push, and the log says what to do', async () => {
    const app = await startApp();
    const scope = nock(API);
    const runs: CheckRunBody[] = [];
    mockConfig(scope, where, CONFIG);
    mockCompare(scope, where, [await factsCommit(ATTEST_MESSAGE)], [trailFile()]);
    scope.get(`/repos/${where.owner}/${where.repo}/issues`).query(true).reply(403, { message: 'Resource not accessible by integration' });
    mockTrailAt(scope, where, passedTrail());
    mockPulls(scope, where, GATED, []);
    mockFacts(scope, where, GATED, { b1: passedTrail() });
    expectCheckRun(scope, where, runs);
    await receive(app, 'push', factsPush());
    expect(scope.pendingMocks()).toEqual([]);
    expect(runs[0]).toMatchObject({ conclusion: 'failure', output: { title: 'GATE_BLOCKED' } });
    expect(runs[0]?.output.text).toContain('Tamper alarm');
    expect(app.logs.find((l) => l.startsWith('error:'))).toMatch(/alarm issue could not be written.*403.*issues: write/s);
  });

  it('while the alarm is open, a gate from any event is blocked and names it', async () => {
    const suite = payload('check_suite.requested');
    const at = repoOf(suite);
    const sha = (suite.check_suite as { head_sha: string }).head_sha;
    const app = await startApp();
    const scope = nock(API);
    const runs: CheckRunBody[] = [];
    mockConfig(scope, at, CONFIG);
    mockAlarmLookup(scope, at, { number: 77, html_url: ALARM_URL });
    mockFacts(scope, at, sha, { b1: passedTrail().map((f) => (f.kind === 'trail' ? { ...f, commit: sha } : f)) });
    expectCheckRun(scope, at, runs);
    await receive(app, 'check_suite.requested', suite);
    expect(scope.pendingMocks()).toEqual([]);
    expect(runs[0]).toMatchObject({ head_sha: sha, conclusion: 'failure', output: { title: 'GATE_BLOCKED' } });
    expect(runs[0]?.output.text).toContain(`Tamper alarm open: ${ALARM_URL}`);
    expect(runs[0]?.output.text).toContain('factstore verify');
  });
});
