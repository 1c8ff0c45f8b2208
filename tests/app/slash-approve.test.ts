// /factstore approve|reject in a PR comment: who may, what is recorded, the gate re-run, one reply.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import { trailPath } from '../../src/core/store/layout.js';
import { termIndexPath } from '../../src/core/store/term-index.js';
import { FLOW, mockConfig, receive } from './world.js';
import { HEAD, NOW, appKey, clock, factsAt, mockAppend, mockCommitIndex, mockPull, mockRegate, mockReply, mockTeam, slashConfig, slashScene } from './slash-world.js';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

const B1 = trailPath(FLOW, 'b1');
const started: Fact[] = [
  makeFact({ kind: 'trail', flow: FLOW, trail: 'b1', commit: HEAD, actor: 'ci', ts: '2026-11-23T10:00:00.000Z' }),
  makeFact({ kind: 'attestation', flow: FLOW, trail: 'b1', type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'ci', ts: '2026-11-23T10:01:00.000Z' }),
];

describe('/factstore approve and reject', () => {
  const signer = appKey();

  async function approveAs(login: string, body: string, beforeWrite: (scope: nock.Scope) => void) {
    const { comment, where, number, app, scope, model, written, replies } = await slashScene(body, login, { signer, clock }, { b1: started });
    mockConfig(scope, where, slashConfig(signer));
    mockPull(scope, where, number);
    beforeWrite(scope);
    mockCommitIndex(scope, where, model);
    // the approval's home file, and the index of its approver's name
    mockAppend(scope, where, model, [B1, termIndexPath('actor', login, NOW.toISOString())], written);
    const regate = mockRegate(scope, where, model, number, [B1]);
    mockReply(scope, where, number, replies);
    await receive(app, 'issue_comment.created', comment);
    expect(scope.pendingMocks()).toEqual([]);
    return { written, replies, regate, app };
  }

  it('records an approval by a listed login, signed by the App under the approver\'s name, and the gate passes', async () => {
    const { written, replies, regate } = await approveAs('alice', '/factstore approve payments SBOM checked', () => undefined);
    const facts = factsAt(written[0], B1);
    expect(facts.slice(0, 2)).toEqual(started);
    expect(facts[2]).toEqual(makeFact({ kind: 'approval', flow: FLOW, trail: 'b1', commit: HEAD, decision: 'APPROVED', actor: 'alice', ts: NOW.toISOString(), comment: 'SBOM checked' }));
    expect(written[0]?.author.name).toBe('alice');
    expect(written[0]?.signature).toMatch(/^-----BEGIN SSH SIGNATURE-----/);
    expect(regate.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'success', output: { title: 'GATE_ALLOWED' } });
    // the decision was taken on the approval's commit, and the mark moved to the decision's
    expect(factsAt(regate.decisions[0], B1).at(-1)).toMatchObject({ kind: 'decision', event: 'GATE_ALLOWED', commit: HEAD, factsCommit: written[0]?.sha });
    expect(regate.marks).toMatchObject([{ external_id: regate.decisions[0]?.sha }]);
    expect(regate.breakdowns).toHaveLength(1);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('> `/factstore approve payments SBOM checked`');
    expect(replies[0]).toContain('@alice: your approval of `payments` is recorded on trail `b1`');
    expect(replies[0]).toContain('`payments`: **GATE_ALLOWED**');
  });

  it('records the team of an approver who is a member of a listed team', async () => {
    const { written, replies } = await approveAs('bob', '/factstore approve payments', (scope) => mockTeam(scope, 'acme', 'release-managers', 'bob', 'active'));
    expect(factsAt(written[0], B1)[2]).toMatchObject({ kind: 'approval', decision: 'APPROVED', actor: 'bob', team: '@acme/release-managers' });
    expect(replies[0]).toContain('as a member of `@acme/release-managers`');
  });

  it('records a rejection with its comment, and the gate blocks', async () => {
    const { written, regate } = await approveAs('alice', '/factstore reject payments the SBOM is from another build', () => undefined);
    expect(factsAt(written[0], B1)[2]).toMatchObject({ decision: 'REJECTED', comment: 'the SBOM is from another build' });
    expect(regate.checkRuns[0]).toMatchObject({ conclusion: 'failure', output: { title: 'GATE_BLOCKED' } });
  });

  it('refuses someone who is neither listed nor a member (pending membership included): a reply, nothing written', async () => {
    const { comment, where, number, app, scope, replies } = await slashScene('/factstore approve payments', 'mallory', { signer, clock });
    mockConfig(scope, where, slashConfig(signer));
    mockPull(scope, where, number);
    mockTeam(scope, 'acme', 'release-managers', 'mallory', 'pending');
    mockReply(scope, where, number, replies);
    await receive(app, 'issue_comment.created', comment);
    expect(scope.pendingMocks()).toEqual([]);
    expect(replies[0]).toContain('Refused: mallory is not an approver of flow payments');
    // the team is named, never pinged
    expect(replies[0]).toContain('@&#8203;acme/release-managers');
    expect(replies[0]).not.toMatch(/@acme/);
  });

  it('refuses a rejection without a comment before reading anything', async () => {
    const { comment, where, number, app, scope, replies } = await slashScene('/factstore reject payments', 'alice', { signer, clock });
    scope.post(`/app/installations/${where.installation}/access_tokens`).reply(201, { token: 't', expires_at: '2099-01-01T00:00:00Z' });
    mockReply(scope, where, number, replies);
    await receive(app, 'issue_comment.created', comment);
    expect(scope.pendingMocks()).toEqual([]);
    expect(replies[0]).toContain('a rejection needs a comment');
    expect(replies[0]).toContain('/factstore reject <flow> <comment>');
  });

  it('asks for the trail when the head commit has none yet', async () => {
    const { comment, where, number, app, scope, model, replies } = await slashScene('/factstore approve payments', 'alice', { signer, clock });
    mockConfig(scope, where, slashConfig(signer));
    mockPull(scope, where, number);
    mockCommitIndex(scope, where, model);
    mockReply(scope, where, number, replies);
    await receive(app, 'issue_comment.created', comment);
    expect(scope.pendingMocks()).toEqual([]);
    expect(replies[0]).toContain(`commit ${HEAD.slice(0, 7)} has no trail of flow \`payments\``);
    expect(replies[0]).toContain('factstore trails begin --flow payments');
  });

  it('without a signing key, or with one the config does not trust, replies what the admin must do and writes nothing', async () => {
    for (const [given, config, expected] of [
      [undefined, slashConfig(signer), /runs without a signing key.*FACTSTORE_SIGNING_KEY/],
      [signer, slashConfig(appKey()), /is not under `trust.signers`/],
      // trusted, but as a plain signer: the approval would not count
      [signer, slashConfig(signer).replace(', app: true }', ' }'), /may not record approval facts.*add `app: true` to the App's entry/s],
    ] as const) {
      const { comment, where, number, app, scope, replies } = await slashScene('/factstore approve payments', 'alice', { ...(given !== undefined ? { signer: given } : {}), clock });
      mockConfig(scope, where, config);
      mockPull(scope, where, number);
      mockReply(scope, where, number, replies);
      await receive(app, 'issue_comment.created', comment);
      expect(scope.pendingMocks()).toEqual([]);
      expect(replies[0]).toMatch(expected);
      expect(replies[0]).toContain('Nothing was recorded.');
    }
  });

  it('a failing membership check is not a refusal: logged with what to do, replied, nothing written', async () => {
    const { comment, where, number, app, scope, replies } = await slashScene('/factstore approve payments', 'bob', { signer, clock });
    mockConfig(scope, where, slashConfig(signer));
    mockPull(scope, where, number);
    scope.get('/orgs/acme/teams/release-managers/memberships/bob').reply(403, { message: 'Resource not accessible by integration' });
    mockReply(scope, where, number, replies);
    await expect(receive(app, 'issue_comment.created', comment)).resolves.toBeUndefined();
    expect(scope.pendingMocks()).toEqual([]);
    expect(app.logs.find((l) => l.startsWith('error:'))).toMatch(/GitHub answered 403.*permissions of app\.yml/);
    expect(replies[0]).toContain('The command failed: GitHub answered 403');
  });
});
