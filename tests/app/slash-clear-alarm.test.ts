// /factstore clear-alarm: only trust.admins clear the tamper alarm; the clearing is facts signed by
// the App (the raised facts recorded again, one CLEARED each), then the alarm run turns green.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AlarmFact } from '../../src/core/model/fact.js';
import { TAMPER_ALARM_RUN } from '../../src/core/store/github/tamper-alarm-run.js';
import { loosePath } from '../../src/core/store/layout.js';
import { parseSlashComment } from '../../app/src/slash/parse-slash-command.js';
import { expectStateRun, mockAppend, mockAppId, mockRootLookup, mockStateRuns, mockTip, writtenFacts, type StateRunBody, type Written } from './facts-mocks.js';
import type { FactsModel } from './facts-model.js';
import { API, APP_SIGNER, mockConfig, raisedAlarm, receive, signedFacts, startApp } from './world.js';
import { clock, mockReply, mockTeam, prComment, pullNumberOf, slashConfig, whereOf } from './slash-world.js';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

const COMMENT = 'restored from the backup of 2026-11-22; factstore verify is clean';
const raised = raisedAlarm();
const FILE = loosePath(raised);

interface Scene {
  scope: nock.Scope;
  where: ReturnType<typeof whereOf>;
  number: number;
  model: FactsModel;
  replies: string[];
  written: Written[];
  runs: StateRunBody[];
  receive: () => Promise<string[]>;
}

/** A clear-alarm comment on an issue (the alarm issue, say) by `login`, with the alarm `open` or not. */
async function scene(login: string, options: { open?: boolean; config?: string; body?: string; onBranch?: AlarmFact[] } = {}): Promise<Scene> {
  const comment = prComment(options.body ?? `/factstore clear-alarm ${COMMENT}`, login, { onIssue: true });
  const app = await startApp({ signer: APP_SIGNER, clock });
  const scope = nock(API);
  const where = whereOf(comment);
  const model = await signedFacts({});
  if (options.onBranch !== undefined) await model.append(options.onBranch, APP_SIGNER);
  const s: Scene = { scope, where, number: pullNumberOf(comment), model, replies: [], written: [], runs: [], receive: () => Promise.resolve([]) };
  mockConfig(scope, where, options.config ?? slashConfig(APP_SIGNER));
  s.receive = async () => {
    await receive(app, 'issue_comment.created', comment);
    return app.logs;
  };
  return s;
}

/** The alarm read: the first commit, the App's id, its state runs. */
function mockAlarm(s: Scene, open = true): void {
  mockRootLookup(s.scope, s.where, s.model);
  mockAppId(s.scope);
  mockStateRuns(s.scope, s.where, s.model, { alarm: { open, raised: [raised] } });
}

describe('/factstore clear-alarm', () => {
  it('an admin clears it on the alarm issue: the raised fact recorded again on the restored branch, a CLEARED fact, in one commit signed by the App; the run turns green', async () => {
    const s = await scene('alice');
    mockAlarm(s);
    mockTip(s.scope, s.where, s.model);
    mockAppend(s.scope, s.where, s.model, [FILE], s.written);
    expectStateRun(s.scope, s.where, s.model, TAMPER_ALARM_RUN, s.runs);
    mockReply(s.scope, s.where, s.number, s.replies);
    await s.receive();
    expect(s.scope.pendingMocks()).toEqual([]);
    expect(s.written).toHaveLength(1);
    const facts = writtenFacts(s.written[0], FILE);
    expect(facts).toEqual([raised, expect.objectContaining({ kind: 'alarm', event: 'TAMPER_ALARM_CLEARED', branch: 'factstore', clears: raised.id, comment: COMMENT, actor: 'alice', ts: clock().toISOString() })]);
    expect(s.written[0]?.signature).toMatch(/^-----BEGIN SSH SIGNATURE-----/);
    expect(s.written[0]?.author.name).toBe('alice');
    expect(s.runs).toMatchObject([{ name: TAMPER_ALARM_RUN, conclusion: 'success', external_id: s.written[0]?.sha, output: { title: 'Cleared by alice' } }]);
    expect(JSON.parse(s.runs[0]?.output.text ?? '')).toEqual({ raised: [] });
    expect(s.replies[0]).toContain('@alice: the tamper alarm of `factstore` is cleared: 1 alarm cleared, 1 of its fact recorded again on the restored branch');
  });

  it('records the raised fact only once when the branch still has it (same id, skipped)', async () => {
    const s = await scene('alice', { onBranch: [raised] });
    mockAlarm(s);
    mockTip(s.scope, s.where, s.model);
    mockAppend(s.scope, s.where, s.model, [FILE], s.written);
    expectStateRun(s.scope, s.where, s.model, TAMPER_ALARM_RUN, s.runs);
    mockReply(s.scope, s.where, s.number, s.replies);
    await s.receive();
    expect(s.scope.pendingMocks()).toEqual([]);
    expect(writtenFacts(s.written[0], FILE).map((f) => f.event)).toEqual(['TAMPER_ALARM_RAISED', 'TAMPER_ALARM_CLEARED']);
    expect(s.replies[0]).not.toContain('recorded again');
  });

  it('a member of an admin team may clear it (membership asked of GitHub)', async () => {
    const s = await scene('sam');
    mockTeam(s.scope, 'acme', 'security', 'sam', 'active');
    mockAlarm(s);
    mockTip(s.scope, s.where, s.model);
    mockAppend(s.scope, s.where, s.model, [FILE], s.written);
    expectStateRun(s.scope, s.where, s.model, TAMPER_ALARM_RUN, s.runs);
    mockReply(s.scope, s.where, s.number, s.replies);
    await s.receive();
    expect(s.scope.pendingMocks()).toEqual([]);
    expect(s.runs[0]).toMatchObject({ conclusion: 'success' });
  });

  it('refuses anyone else: answered and logged, the alarm not even read, nothing written', async () => {
    const s = await scene('mallory');
    mockTeam(s.scope, 'acme', 'security', 'mallory', 404);
    mockReply(s.scope, s.where, s.number, s.replies);
    const logs = await s.receive();
    expect(s.scope.pendingMocks()).toEqual([]);
    expect(s.replies[0]).toContain('Refused: mallory may not clear the tamper alarm: only `trust.admins`');
    expect(s.replies[0]).toContain('Nothing was recorded.');
    expect(logs.find((l) => l.startsWith('warn:') && l.includes('mallory tried to clear the tamper alarm'))).toBeDefined();
  });

  it('says so when no alarm is open', async () => {
    const s = await scene('alice');
    mockAlarm(s, false);
    mockReply(s.scope, s.where, s.number, s.replies);
    await s.receive();
    expect(s.scope.pendingMocks()).toEqual([]);
    expect(s.replies[0]).toContain('No tamper alarm is open on the facts branch `factstore`');
  });

  it('writes nothing when the App\'s key lacks app: true, and says what to add', async () => {
    const s = await scene('alice', { config: slashConfig(APP_SIGNER).replace(', app: true }', ' }') });
    mockAlarm(s);
    mockReply(s.scope, s.where, s.number, s.replies);
    await s.receive();
    expect(s.scope.pendingMocks()).toEqual([]);
    expect(s.replies[0]).toMatch(/may not record alarm facts.*add `app: true`.*Nothing was recorded\./s);
  });

  it('needs a comment saying why the branch can be trusted again', () => {
    expect(parseSlashComment('/factstore clear-alarm')).toMatchObject({ kind: 'invalid', problem: expect.stringContaining('clear-alarm needs a comment') as string });
    expect(parseSlashComment('/factstore clear-alarm  restored,  verified')).toMatchObject({ command: { name: 'clear-alarm', comment: 'restored,  verified' } });
  });

  it('is the only command answered on an issue that is not a pull request', async () => {
    const app = await startApp({ signer: APP_SIGNER, clock });
    const scope = nock(API).post(/\/app\/installations\/\d+\/access_tokens/).reply(201, { token: 't', expires_at: '2099-01-01T00:00:00Z' });
    await receive(app, 'issue_comment.created', prComment('/factstore status', 'alice', { onIssue: true }));
    expect(scope.pendingMocks()).toHaveLength(1);
  });
});
