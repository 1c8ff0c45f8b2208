// The tamper alarm: a force-push or a deletion of the facts branch is recorded as a
// TAMPER_ALARM_RAISED fact signed by the App, kept open in the App's own check run, told in the
// `factstore-tamper` issue; untrusted commits are only reported. Every gate reads the run.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AlarmFact } from '../../src/core/model/fact.js';
import { TAMPER_ALARM_RUN } from '../../src/core/store/github/tamper-alarm-run.js';
import { ALARM_KEY, commitIndexPath, loosePath, trailPath } from '../../src/core/store/layout.js';
import { generateKeyPair, sshSigner } from '../../src/core/signing/index.js';
import { expectStateRun, mockAppend, mockAppId, mockFile, mockFileWithHistory, mockGateReads, mockRootLookup, mockStateRuns, mockTip, writtenFacts, type StateRunBody, type Written } from './facts-mocks.js';
import { API, APP_SIGNER, CI_SIGNER, CONFIG, FLOW, expectCheckRun, mockConfig, payload, raisedAlarm, receive, repoOf, signedFacts, startApp, type CheckRunBody } from './world.js';
import {
  ATTEST_MESSAGE, BEFORE, DECISION_MESSAGE, GATED, expectAlarmComment, expectAlarmOpened, factsCommit, factsPush, mockCompare, mockPulls, mockTrailAt,
  passedTrail, trailFile, type IssueBody,
} from './push-world.js';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

const NOW = new Date('2026-11-23T12:00:00.000Z');
const clock = (): Date => NOW;
const stranger = sshSigner(generateKeyPair('stranger').privateKey);
const where = repoOf(factsPush());
const ALARM_FILE = loosePath({ kind: 'alarm', ts: NOW.toISOString() } as AlarmFact);

/** The RAISED facts a state run holds. */
const raisedIn = (run: StateRunBody | undefined): AlarmFact[] => (JSON.parse(run?.output.text ?? '{"raised":[]}') as { raised: AlarmFact[] }).raised;

describe('the tamper alarm', () => {
  it('a force-push: a RAISED fact signed by the App, the alarm run failed, the issue opened, and the touched trail\'s gate blocked naming it; nothing else recorded, the mark stays', async () => {
    const app = await startApp({ signer: APP_SIGNER, clock });
    const scope = nock(API);
    const issues: IssueBody[] = [];
    const written: Written[] = [];
    const alarmRuns: StateRunBody[] = [];
    const runs: CheckRunBody[] = [];
    const model = await signedFacts({ b1: passedTrail() });
    const pushed = model.tip ?? '';
    mockConfig(scope, where, CONFIG);
    mockCompare(scope, where, [await factsCommit(ATTEST_MESSAGE, CI_SIGNER)], [trailFile()], BEFORE, pushed);
    mockTip(scope, where, model);
    mockAppend(scope, where, model, [ALARM_FILE], written);
    expectAlarmOpened(scope, where, issues);
    // the state is kept on the first commit of the history before the push
    mockRootLookup(scope, where, model, BEFORE);
    mockAppId(scope);
    mockStateRuns(scope, where, model);
    expectStateRun(scope, where, model, TAMPER_ALARM_RUN, alarmRuns);
    mockTrailAt(scope, where, passedTrail(), pushed);
    mockPulls(scope, where, GATED, []);
    mockGateReads(scope, where, model, GATED, { rootKnown: true, identityKnown: true, state: () => ({ alarm: { open: true, raised: raisedIn(alarmRuns[0]) } }) });
    expectCheckRun(scope, where, runs);
    await receive(app, 'push', factsPush({ forced: true, after: pushed }));
    expect(scope.pendingMocks()).toEqual([]);

    const [raised] = writtenFacts(written[0], ALARM_FILE);
    expect(raised).toMatchObject({ kind: 'alarm', event: 'TAMPER_ALARM_RAISED', branch: 'factstore', actor: 'factstore[bot]', ts: NOW.toISOString(), incidents: [{ kind: 'force-push', commit: pushed, detail: `force-pushed by Codertocat from ${BEFORE} to ${pushed}` }] });
    expect(written[0]?.signature).toMatch(/^-----BEGIN SSH SIGNATURE-----/);
    expect(Object.keys(written[0]?.files ?? {}).every((p) => p.startsWith(`loose/alarm/${ALARM_KEY}/`))).toBe(true);
    expect(alarmRuns).toHaveLength(1);
    expect(alarmRuns[0]).toMatchObject({ conclusion: 'failure', external_id: raised?.id, output: { title: 'Factstore: the facts branch factstore was force-pushed' } });
    expect(raisedIn(alarmRuns[0])).toEqual([raised]);
    expect(issues[0]).toMatchObject({ title: 'Factstore: the facts branch factstore was force-pushed', labels: ['factstore-tamper'] });
    expect(issues[0]?.body).toContain(`from \`${BEFORE}\` to \`${pushed}\``);
    expect(issues[0]?.body).toContain(`fact \`${String(raised?.id).slice(0, 12)}\``);
    expect(issues[0]?.body).toContain(`factstore verify --branch factstore --checkpoint ${BEFORE}`);
    expect(issues[0]?.body).toContain('/factstore clear-alarm');
    expect(issues[0]?.body).toContain('closing the issue changes nothing');
    // the evidence passed; the alarm blocks it all the same, and names it
    expect(runs[0]).toMatchObject({ name: `Factstore gate / ${FLOW}`, head_sha: GATED, conclusion: 'failure', output: { title: 'GATE_BLOCKED' } });
    expect(runs[0]?.output.text).toContain(`Tamper alarm open on the facts branch factstore: force-pushed by Codertocat from ${BEFORE} to ${pushed} (alarm fact ${String(raised?.id).slice(0, 12)}`);
    expect(written).toHaveLength(1);
    expect(app.logs.some((l) => l.startsWith('warn:') && l.includes('force-pushed'))).toBe(true);
  });

  it('a second force-push while one is open: the run keeps both alarms, the issue gets a comment', async () => {
    const app = await startApp({ signer: APP_SIGNER, clock });
    const scope = nock(API);
    const comments: IssueBody[] = [];
    const written: Written[] = [];
    const alarmRuns: StateRunBody[] = [];
    const model = await signedFacts({ b1: passedTrail() });
    const first = raisedAlarm();
    mockConfig(scope, where, CONFIG);
    mockCompare(scope, where, [], [], BEFORE, model.tip ?? '');
    mockTip(scope, where, model);
    mockAppend(scope, where, model, [ALARM_FILE], written);
    expectAlarmComment(scope, where, comments);
    mockRootLookup(scope, where, model, BEFORE);
    mockAppId(scope);
    mockStateRuns(scope, where, model, { alarm: { open: true, raised: [first] } });
    expectStateRun(scope, where, model, TAMPER_ALARM_RUN, alarmRuns);
    await receive(app, 'push', factsPush({ forced: true, after: model.tip }));
    expect(scope.pendingMocks()).toEqual([]);
    expect(raisedIn(alarmRuns[0]).map((f) => f.id)).toEqual([first.id, writtenFacts(written[0], ALARM_FILE)[0]?.id]);
    expect(alarmRuns[0]?.output.summary).toContain('2 tamper alarms are open');
    expect(comments[0]?.body).toContain('force-pushed');
  });

  it('a deletion: no branch to record on, so the run on the first commit (found from the lost tip) keeps the fact', async () => {
    const app = await startApp({ signer: APP_SIGNER, clock });
    const scope = nock(API);
    const issues: IssueBody[] = [];
    const alarmRuns: StateRunBody[] = [];
    const model = await signedFacts({ b1: passedTrail() });
    const root = model.root ?? '';
    model.tip = undefined;
    mockConfig(scope, where, CONFIG);
    mockTip(scope, where, model);
    expectAlarmOpened(scope, where, issues);
    mockRootLookup(scope, where, model, BEFORE, root);
    mockAppId(scope);
    mockStateRuns(scope, where, model, {}, root);
    expectStateRun(scope, where, model, TAMPER_ALARM_RUN, alarmRuns, root);
    await receive(app, 'push', factsPush({ deleted: true, after: '0'.repeat(40) }));
    expect(scope.pendingMocks()).toEqual([]);
    expect(issues[0]?.title).toBe('Factstore: the facts branch factstore was deleted');
    expect(issues[0]?.body).toContain(`its tip was \`${BEFORE}\``);
    expect(raisedIn(alarmRuns[0])).toMatchObject([{ event: 'TAMPER_ALARM_RAISED', incidents: [{ kind: 'deletion', commit: BEFORE }] }]);
  });

  it('untrusted commits are reported in the issue but block nothing: no fact, no alarm run, the gate counts only trusted facts', async () => {
    const app = await startApp({ clock });
    const scope = nock(API);
    const issues: IssueBody[] = [];
    const runs: CheckRunBody[] = [];
    const model = await signedFacts({ b1: passedTrail() });
    const trusted = await factsCommit(ATTEST_MESSAGE, CI_SIGNER);
    const unsigned = await factsCommit('factstore: ATTESTATION_RECORDED payments/b1 unit-tests PASSED\n\nno key\n');
    // looks like the App's own decision: the loop guard does not spare it the check
    const foreign = await factsCommit(DECISION_MESSAGE, stranger);
    mockConfig(scope, where, CONFIG);
    mockCompare(scope, where, [trusted, unsigned, foreign], [trailFile()], BEFORE, model.tip ?? '');
    expectAlarmOpened(scope, where, issues);
    mockTrailAt(scope, where, passedTrail(), model.tip ?? '');
    mockPulls(scope, where, GATED, []);
    mockGateReads(scope, where, model, GATED);
    expectStateRun(scope, where, model, 'Factstore high-water mark', []);
    expectCheckRun(scope, where, runs);
    await receive(app, 'push', factsPush({ after: model.tip }));
    expect(scope.pendingMocks()).toEqual([]);
    expect(issues[0]?.title).toBe('Factstore: the facts branch factstore has commits not signed by a trusted key');
    const body = issues[0]?.body ?? '';
    expect(body).toMatch(new RegExp(`${unsigned.sha}.*\\*\\*unsigned\\*\\*`));
    expect(body).toMatch(new RegExp(`${foreign.sha}.*\\*\\*untrusted\\*\\*.*${stranger.fingerprint.replace(/[+/]/g, '.')}`));
    expect(body).not.toContain(trusted.sha);
    expect(body).not.toContain('--checkpoint');
    expect(body).toContain('They do not block the gates');
    expect(runs[0]).toMatchObject({ head_sha: GATED, conclusion: 'success', output: { title: 'GATE_ALLOWED' } });
  });

  it('commits signed by trusted keys raise nothing', async () => {
    const app = await startApp();
    const scope = nock(API);
    mockConfig(scope, where, CONFIG);
    mockCompare(scope, where, [await factsCommit(ATTEST_MESSAGE, CI_SIGNER), await factsCommit(DECISION_MESSAGE, CI_SIGNER)], []);
    await receive(app, 'push', factsPush());
    expect(scope.pendingMocks()).toEqual([]);
    expect(app.logs.filter((l) => /^(error|warn):/.test(l) && !l.includes('FACTSTORE_SIGNING_KEY'))).toEqual([]);
  });

  it('an App key without app: true records no alarm fact (it would not count) and says what to add; the run still blocks', async () => {
    const app = await startApp({ signer: APP_SIGNER, clock });
    const scope = nock(API);
    const alarmRuns: StateRunBody[] = [];
    const model = await signedFacts({});
    const config = CONFIG.replace(', app: true }', ' }');
    mockConfig(scope, where, config);
    mockCompare(scope, where, [], [], BEFORE, model.tip ?? '');
    expectAlarmOpened(scope, where, []);
    mockRootLookup(scope, where, model, BEFORE);
    mockAppId(scope);
    mockStateRuns(scope, where, model);
    expectStateRun(scope, where, model, TAMPER_ALARM_RUN, alarmRuns);
    await receive(app, 'push', factsPush({ forced: true, after: model.tip }));
    expect(scope.pendingMocks()).toEqual([]);
    expect(app.logs.find((l) => l.includes('tamper alarm fact is not recorded'))).toMatch(/may not record alarm facts.*add `app: true`/s);
    expect(alarmRuns[0]).toMatchObject({ conclusion: 'failure' });
  });
});

describe('a gate while the alarm is open', () => {
  const suite = payload('check_suite.requested');
  const at = repoOf(suite);
  const sha = (suite.check_suite as { head_sha: string }).head_sha;
  const trail = { b1: passedTrail().map((f) => (f.kind === 'trail' ? { ...f, commit: sha } : f)) };

  it('is blocked from any event and names the alarm; nothing is recorded and the mark stays', async () => {
    const app = await startApp({ signer: APP_SIGNER, clock });
    const scope = nock(API);
    const runs: CheckRunBody[] = [];
    const alarm = raisedAlarm();
    mockConfig(scope, at, CONFIG);
    mockGateReads(scope, at, await signedFacts(trail), sha, { state: { alarm: { open: true, raised: [alarm] } } });
    expectCheckRun(scope, at, runs);
    await receive(app, 'check_suite.requested', suite);
    expect(scope.pendingMocks()).toEqual([]);
    expect(runs[0]).toMatchObject({ head_sha: sha, conclusion: 'failure', output: { title: 'GATE_BLOCKED' } });
    expect(runs[0]?.output.text).toContain('Tamper alarm open on the facts branch factstore: force-pushed by mallory');
    expect(runs[0]?.output.text).toContain(`alarm fact ${alarm.id.slice(0, 12)}`);
  });

  it('is blocked when the alarm run cannot be read: it never reads as none', async () => {
    const app = await startApp({ clock });
    const scope = nock(API);
    const runs: CheckRunBody[] = [];
    const model = await signedFacts(trail);
    mockConfig(scope, at, CONFIG);
    // the mark (with the alarm) is read before the tip, so the tip is never asked for
    mockRootLookup(scope, at, model);
    mockAppId(scope);
    scope.get(`/repos/${at.owner}/${at.repo}/commits/${model.root ?? ''}/check-runs`).query(true).reply(403, { message: 'Resource not accessible by integration' });
    expectCheckRun(scope, at, runs);
    await receive(app, 'check_suite.requested', suite);
    expect(scope.pendingMocks()).toEqual([]);
    expect(runs[0]).toMatchObject({ conclusion: 'failure', output: { title: 'GATE_BLOCKED' } });
    expect(runs[0]?.output.text).toContain('the tamper alarm and high-water mark of the facts branch factstore could not be read');
    expect(runs[0]?.output.text).toContain('Resource not accessible by integration');
  });

  it('is blocked when the alarm run holds no readable alarm', async () => {
    const app = await startApp({ clock });
    const scope = nock(API);
    const runs: CheckRunBody[] = [];
    const model = await signedFacts(trail);
    mockConfig(scope, at, CONFIG);
    mockTip(scope, at, model);
    mockRootLookup(scope, at, model);
    mockAppId(scope);
    scope
      .get(`/repos/${at.owner}/${at.repo}/commits/${model.root ?? ''}/check-runs`)
      .query(true)
      .reply(200, { total_count: 1, check_runs: [{ id: 9, name: TAMPER_ALARM_RUN, conclusion: 'failure', output: { text: 'edited by hand' } }] });
    mockFile(scope, at, model, commitIndexPath(sha));
    mockFileWithHistory(scope, at, model, trailPath(FLOW, 'b1'));
    expectCheckRun(scope, at, runs);
    await receive(app, 'check_suite.requested', suite);
    expect(scope.pendingMocks()).toEqual([]);
    expect(runs[0]).toMatchObject({ conclusion: 'failure', output: { title: 'GATE_BLOCKED' } });
    expect(runs[0]?.output.text).toContain('holds no readable list of alarms');
  });
});
