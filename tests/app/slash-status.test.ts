// /factstore status, and the comments the App must not answer at all (no request made).
import { readdirSync } from 'node:fs';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import { trailPath } from '../../src/core/store/layout.js';
import { API, FLOW, mockConfig, payload, receive, startApp } from './world.js';
import { HEAD, appKey, clock, mockPull, mockRegate, mockReply, prComment, slashConfig, slashScene } from './slash-world.js';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

describe('/factstore status', () => {
  it('re-runs the gate of the PR\'s head commit and replies with each flow\'s decision', async () => {
    const signer = appKey();
    const b1 = [
      makeFact({ kind: 'trail', flow: FLOW, trail: 'b1', commit: HEAD, actor: 'ci', ts: '2026-11-23T10:00:00.000Z' }),
      makeFact({ kind: 'attestation', flow: FLOW, trail: 'b1', type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'ci', ts: '2026-11-23T10:01:00.000Z' }),
    ];
    const { comment, where, number, app, scope, model, replies } = await slashScene('Where are we?\n/factstore status', 'Codertocat', { signer, clock }, { b1 });
    mockConfig(scope, where, slashConfig(signer));
    mockPull(scope, where, number);
    const regate = mockRegate(scope, where, model, number, [trailPath(FLOW, 'b1')]);
    mockReply(scope, where, number, replies);
    await receive(app, 'issue_comment.created', comment);
    expect(scope.pendingMocks()).toEqual([]);
    expect(regate.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure', output: { title: 'GATE_BLOCKED' } });
    expect(regate.breakdowns).toHaveLength(1);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('> `/factstore status`');
    expect(replies[0]).toContain(`Gate of ${HEAD.slice(0, 7)}:\n- \`payments\`: **GATE_BLOCKED**: Approval 0/1`);
  });
});

describe('comments the App leaves alone', () => {
  /** An installation token interceptor that must still be pending: the App asked GitHub nothing. */
  async function expectNoRequest(body: Record<string, unknown>): Promise<void> {
    const app = await startApp({ signer: appKey(), clock });
    const scope = nock(API).post(/\/app\/installations\/\d+\/access_tokens/).reply(201, { token: 't', expires_at: '2099-01-01T00:00:00Z' });
    await receive(app, 'issue_comment.created', body);
    expect(scope.pendingMocks()).toHaveLength(1);
    expect(app.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
  }

  it('ignores a bot\'s command (the App\'s own replies among them)', async () => {
    await expectNoRequest(prComment('<!-- factstore:reply -->\n/factstore approve payments', 'factstore[bot]', { type: 'Bot' }));
  });

  it('ignores a command on an issue that is not a pull request', async () => {
    await expectNoRequest(prComment('/factstore approve payments', 'alice', { onIssue: true }));
  });

  it('ignores a PR comment with no command', async () => {
    await expectNoRequest(prComment('LGTM, but see /factstore docs', 'alice'));
  });

  const examples = readdirSync(new URL('../fixtures/webhooks/examples/', import.meta.url)).filter((f) => f.startsWith('issue_comment.created.'));
  it('has issue_comment.created examples to run (an empty list would run no test below)', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  it.each(examples)('ignores the webhook example %s as it is', async (file) => {
    await expectNoRequest(payload(file.replace(/\.json$/, '')));
  });
});
