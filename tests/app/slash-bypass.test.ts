// /factstore bypass in a PR comment: granted (and honoured by the gate until its TTL), or refused and recorded.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config/load-config.js';
import { gateCommit } from '../../src/core/evaluate/gate-commit.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import { commitIndexPath, trailPath } from '../../src/core/store/layout.js';
import { termIndexPath } from '../../src/core/store/term-index.js';
import { FLOW, mockConfig, receive } from './world.js';
import { BYPASS, HEAD, HEAD_REF, NOW, appKey, clock, factsAt, mockAppend, mockCommitIndex, mockPull, mockRegate, mockReply, mockTeam, slashConfig, slashScene } from './slash-world.js';

const TIP = 'a'.repeat(40);

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

const DAY = 86_400_000;
const B1 = trailPath(FLOW, 'b1');
const failing: Fact[] = [
  makeFact({ kind: 'trail', flow: FLOW, trail: 'b1', commit: HEAD, actor: 'ci', ts: '2026-11-23T10:00:00.000Z' }),
  makeFact({ kind: 'attestation', flow: FLOW, trail: 'b1', type: 'unit-tests', status: 'FAILED', evidence: [], actor: 'ci', ts: '2026-11-23T10:01:00.000Z' }),
];

describe('/factstore bypass', () => {
  const signer = appKey();
  const config = slashConfig(signer, BYPASS);

  it('grants an allow-listed actor\'s bypass: a trail started for the head commit holds it, and the gate passes', async () => {
    const { comment, where, number, app, scope, model, written, replies } = await slashScene('/factstore bypass payments incident-hotfix --ttl 7d --evidence https://status.example.com/incidents/42 sev1 on checkout', 'Alice', { signer, clock });
    const home = trailPath(FLOW, HEAD);
    // the App's entry may start a trail for the commit (kinds:), or the trail would not count
    mockConfig(scope, where, config.replace(', app: true }', ', app: true, kinds: [decision, approval, bypass, alarm, trail] }'));
    mockPull(scope, where, number);
    mockCommitIndex(scope, where, model);
    // the commit's index, read above at the same facts commit, is not asked again
    mockAppend(scope, where, model, [home, termIndexPath('trail', HEAD, NOW.toISOString())], written);
    const regate = mockRegate(scope, where, model, number, [home]);
    mockReply(scope, where, number, replies);
    await receive(app, 'issue_comment.created', comment);
    expect(scope.pendingMocks()).toEqual([]);

    const expires = new Date(NOW.getTime() + 7 * DAY).toISOString();
    const facts = factsAt(written[0], home);
    expect(facts).toEqual([
      makeFact({ kind: 'trail', flow: FLOW, trail: HEAD, commit: HEAD, gitBranch: HEAD_REF, actor: 'Alice', ts: NOW.toISOString() }),
      makeFact({ kind: 'bypass', flow: FLOW, trail: HEAD, commit: HEAD, event: 'BYPASS_GRANTED', reason: 'incident-hotfix', expires, evidenceUrl: 'https://status.example.com/incidents/42', comment: 'sev1 on checkout', actor: 'Alice', ts: NOW.toISOString() }),
    ]);
    expect(written[0]?.files[commitIndexPath(HEAD)]).toBe(`${JSON.stringify({ flow: FLOW, trail: HEAD })}\n`);
    expect(regate.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'success', output: { title: 'GATE_ALLOWED' } });
    expect(regate.checkRuns[0]?.output.text ?? regate.checkRuns[0]?.output.summary).toMatch(/bypass/i);
    expect(factsAt(regate.decisions[0], home).at(-1)).toMatchObject({ kind: 'decision', event: 'GATE_ALLOWED', bypass: facts[1]?.id });
    expect(replies[0]).toContain(`@Alice: bypass of \`payments\` for ${HEAD.slice(0, 7)} granted for \`incident-hotfix\` until ${expires}`);
    expect(replies[0]).toContain('**GATE_ALLOWED**: bypass by Alice');

    // DESIGN §4: the same facts open the gate until the TTL, and block it again after
    const grant = facts[1];
    const store = { tip: () => Promise.resolve(TIP), trailsForCommit: () => Promise.resolve([{ flow: FLOW, trail: HEAD }]), readTrail: () => Promise.resolve(facts) };
    const gateAt = (now: Date) => gateCommit({ store, config: parseConfig(config, 'factstore.yml'), commit: HEAD, now });
    const before = await gateAt(new Date(NOW.getTime() + 7 * DAY - 1000));
    expect(before.decision).toBe('GATE_ALLOWED');
    expect(before.flows[0]?.bypass?.id).toBe(grant?.id);
    const after = await gateAt(new Date(NOW.getTime() + 7 * DAY + 1000));
    expect(after.decision).toBe('GATE_BLOCKED');
    expect(after.flows[0]?.bypass).toBeUndefined();
  });

  it('records nothing when the head commit has no trail and the App\'s key may not start one: the CI must', async () => {
    const { comment, where, number, app, scope, model, replies } = await slashScene('/factstore bypass payments incident-hotfix --ttl 7d', 'alice', { signer, clock });
    mockConfig(scope, where, config);
    mockPull(scope, where, number);
    mockCommitIndex(scope, where, model);
    mockReply(scope, where, number, replies);
    await receive(app, 'issue_comment.created', comment);
    expect(scope.pendingMocks()).toEqual([]);
    expect(replies[0]).toContain(`Nothing was recorded: commit ${HEAD.slice(0, 7)} has no trail of flow \`payments\` yet, and the App may not start one`);
    expect(replies[0]).toContain('may not record trail facts');
  });

  it('grants a member of a listed team, recording the team so every surface honours it without asking GitHub', async () => {
    const { comment, where, number, app, scope, model, written, replies } = await slashScene('/factstore bypass payments incident-hotfix --ttl 1d', 'sam', { signer, clock }, { b1: failing });
    mockConfig(scope, where, config);
    mockPull(scope, where, number);
    mockTeam(scope, 'acme', 'sre', 'sam', 'active');
    mockCommitIndex(scope, where, model);
    mockAppend(scope, where, model, [B1], written);
    const regate = mockRegate(scope, where, model, number, [B1]);
    mockReply(scope, where, number, replies);
    await receive(app, 'issue_comment.created', comment);
    expect(scope.pendingMocks()).toEqual([]);
    const facts = factsAt(written[0], B1);
    expect(facts[2]).toMatchObject({ kind: 'bypass', event: 'BYPASS_GRANTED', actor: 'sam', team: '@acme/sre', trail: 'b1' });
    expect(regate.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'success' });
    // the core gate, with no team check at all, counts the recorded team
    const store = { tip: () => Promise.resolve(TIP), trailsForCommit: () => Promise.resolve([{ flow: FLOW, trail: 'b1' }]), readTrail: () => Promise.resolve(facts) };
    expect((await gateCommit({ store, config: parseConfig(config, 'factstore.yml'), commit: HEAD, now: NOW })).decision).toBe('GATE_ALLOWED');
  });

  const refusals: { why: string; login: string; body: string; config: string; team?: boolean; refusal: RegExp }[] = [
    { why: 'an actor not on the list nor in its team', login: 'mallory', body: '/factstore bypass payments incident-hotfix --ttl 1d', config, team: true, refusal: /^mallory may not bypass the gate \(bypass\.actors: alice, @acme\/sre\)/ },
    { why: 'a reason outside the taxonomy', login: 'alice', body: '/factstore bypass payments because --ttl 1d', config, refusal: /^because is not a bypass reason of the config; known reasons: pre-existing-main-blocker, incident-hotfix/ },
    { why: 'a TTL over max_ttl', login: 'alice', body: '/factstore bypass payments incident-hotfix --ttl 31d', config, refusal: /^--ttl 31d is longer than bypass\.max_ttl \(30d\)/ },
    { why: 'a config without bypass', login: 'alice', body: '/factstore bypass payments incident-hotfix --ttl 1d', config: slashConfig(signer), refusal: /^the config has no bypass section/ },
  ];

  for (const r of refusals) {
    it(`refuses ${r.why}: a reply, and a BYPASS_REFUSED fact on the head commit's trail`, async () => {
      const { comment, where, number, app, scope, model, written, replies } = await slashScene(r.body, r.login, { signer, clock }, { b1: failing });
      mockConfig(scope, where, r.config);
      mockPull(scope, where, number);
      if (r.team === true) mockTeam(scope, 'acme', 'sre', r.login, 404);
      mockCommitIndex(scope, where, model);
      mockAppend(scope, where, model, [B1], written);
      mockReply(scope, where, number, replies);
      await receive(app, 'issue_comment.created', comment);
      expect(scope.pendingMocks()).toEqual([]);
      const refused = factsAt(written[0], B1)[2];
      expect(refused).toMatchObject({ kind: 'bypass', event: 'BYPASS_REFUSED', flow: FLOW, trail: 'b1', commit: HEAD, actor: r.login, ts: NOW.toISOString() });
      expect(refused && 'refusal' in refused ? refused.refusal : '').toMatch(r.refusal);
      expect(refused && 'expires' in refused).toBe(false);
      expect(replies[0]).toContain('Refused: ');
      expect(replies[0]).toContain('The refusal is recorded');
      expect(replies[0]).not.toMatch(/@acme/);
    });
  }

  it('records a refusal as a loose fact of the flow when the head commit has no trail', async () => {
    const { comment, where, number, app, scope, model, written, replies } = await slashScene('/factstore bypass payments incident-hotfix --ttl 90d', 'alice', { signer, clock });
    const loose = `loose/bypass/${FLOW}/2026-11.ndjson`;
    mockConfig(scope, where, config);
    mockPull(scope, where, number);
    mockCommitIndex(scope, where, model);
    mockAppend(scope, where, model, [loose], written);
    mockReply(scope, where, number, replies);
    await receive(app, 'issue_comment.created', comment);
    expect(scope.pendingMocks()).toEqual([]);
    expect(factsAt(written[0], loose)).toEqual([
      makeFact({ kind: 'bypass', flow: FLOW, commit: HEAD, event: 'BYPASS_REFUSED', reason: 'incident-hotfix', refusal: '--ttl 90d is longer than bypass.max_ttl (30d): ask for 30d or less.', actor: 'alice', ts: NOW.toISOString() }),
    ]);
    expect(replies).toHaveLength(1);
  });

  it('answers a malformed command with what was wrong and the syntax, reading nothing', async () => {
    const { comment, where, number, app, scope, replies } = await slashScene('/factstore bypass payments incident-hotfix --ttl 7days', 'alice', { signer, clock });
    scope.post(`/app/installations/${where.installation}/access_tokens`).reply(201, { token: 't', expires_at: '2099-01-01T00:00:00Z' });
    mockReply(scope, where, number, replies);
    await receive(app, 'issue_comment.created', comment);
    expect(scope.pendingMocks()).toEqual([]);
    expect(replies[0]).toContain('is not a duration');
    expect(replies[0]).toContain('/factstore bypass <flow> <reason-id> --ttl');
  });
});
