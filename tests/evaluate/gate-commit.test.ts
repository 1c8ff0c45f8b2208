import { describe, expect, it } from 'vitest';
import type { BypassConfig } from '../../src/core/config/config.js';
import { evaluateTrail } from '../../src/core/evaluate/evaluate-trail.js';
import { gateCommit } from '../../src/core/evaluate/gate-commit.js';
import type { GateResult } from '../../src/core/evaluate/types.js';
import { commitOf, config, digestOf, FakeStore, FLOW, flowConfig, minute, TrailBuilder } from './helpers.js';

const commit = commitOf('feature');
const short = commit.slice(0, 7);
const now = new Date(minute(60));
const payments = flowConfig({ branches: ['main'] });
const docs = flowConfig({ name: 'docs-site', require: ['build'] });
const bypassConfig: BypassConfig = {
  actors: ['alice', '@acme/sre'],
  reasons: { 'incident-hotfix': 'Sev1 fix', 'pre-existing-main-blocker': 'Failure also on main' },
  maxTtl: '30d',
};

function failingTrail(branch = 'main'): TrailBuilder {
  const t = new TrailBuilder('build-7');
  t.begin(commit, { gitBranch: branch });
  t.attest('unit-tests', 'PASSED');
  t.attest('vulnerability-scan', 'FAILED');
  t.attest('sbom', 'PASSED');
  return t;
}

describe('gateCommit', () => {
  it('blocks a flow with no trail for the commit and reads everything at the tip', async () => {
    const store = new FakeStore();
    const result = await gateCommit({ store, config: config([payments]), commit, now });
    expect(result).toEqual<GateResult>({
      commit,
      decision: 'GATE_BLOCKED',
      flows: [
        {
          flow: FLOW,
          decision: 'GATE_BLOCKED',
          trail: null,
          details: `no trail of flow ${FLOW} for commit ${short}: start one with \`factstore trails begin\``,
        },
      ],
      factsCommit: commitOf('facts-tip'),
      details: `blocked by ${FLOW} (no trail of flow ${FLOW} for commit ${short}: start one with \`factstore trails begin\`)`,
    });
    expect(store.readAt).toEqual([commitOf('facts-tip')]);
  });

  it('takes the branch from the event, never from a trail fact: a trail begun on feature-x and merged into main is gated', async () => {
    const store = new FakeStore().add(failingTrail('feature-x'));
    const onMain = await gateCommit({ store, config: config([payments]), commit, branches: ['refs/heads/main'], now });
    expect(onMain.flows.map((f) => [f.flow, f.decision])).toEqual([[FLOW, 'GATE_BLOCKED']]);
    // the branch unknown: every flow applies
    const unknown = await gateCommit({ store, config: config([payments]), commit, now });
    expect(unknown.flows.map((f) => [f.flow, f.decision])).toEqual([[FLOW, 'GATE_BLOCKED']]);
  });

  it('blocks a commit no flow applies to, unless gate.allow_unscoped says otherwise', async () => {
    const store = new FakeStore().add(failingTrail('feature-x'));
    const unscoped = await gateCommit({ store, config: config([payments]), commit, branches: ['feature-x'], now });
    expect(unscoped).toEqual<GateResult>({
      commit,
      decision: 'GATE_BLOCKED',
      flows: [],
      factsCommit: commitOf('facts-tip'),
      details:
        'no flow applies to this commit (on feature-x), so nothing vouches for it: blocked. Add its branch or environment to a flow, or set gate.allow_unscoped: true to let such commits through',
    });
    const allowed = await gateCommit({ store, config: config([payments], { gate: { allowUnscoped: true } }), commit, branches: ['feature-x'], now });
    expect([allowed.decision, allowed.details]).toEqual(['GATE_ALLOWED', 'no flow applies to this commit (on feature-x): allowed, as gate.allow_unscoped says']);

    // A flow without branches applies everywhere: docs-site has no trail, so it blocks.
    const both = await gateCommit({ store, config: config([payments, docs]), commit, branches: ['feature-x'], now });
    expect(both.flows.map((f) => [f.flow, f.decision, f.trail])).toEqual([['docs-site', 'GATE_BLOCKED', null]]);
  });

  it('allows when every applicable flow is compliant', async () => {
    const t = new TrailBuilder('build-8');
    t.begin(commit, { gitBranch: 'main' });
    t.passAll();
    const store = new FakeStore().add(t);
    const result = await gateCommit({ store, config: config([payments]), commit, flow: FLOW, now });
    const evaluation = evaluateTrail({ flow: payments, trail: 'build-8', facts: t.facts, policies: {} });
    expect(result).toEqual<GateResult>({
      commit,
      decision: 'GATE_ALLOWED',
      flows: [{ flow: FLOW, decision: 'GATE_ALLOWED', trail: 'build-8', evaluation, details: 'All required attestations passed' }],
      factsCommit: commitOf('facts-tip'),
      details: `allowed by ${FLOW}`,
    });
  });

  it('takes the best trail of the flow for the commit: a new trail recovers a failed one', async () => {
    const failed = failingTrail();
    const rerun = new TrailBuilder('build-7-retry', 20);
    rerun.begin(commit, { gitBranch: 'main' });
    rerun.passAll();
    const store = new FakeStore().add(failed, rerun);

    const result = await gateCommit({ store, config: config([payments]), commit, now });

    expect(result.flows.map((f) => [f.flow, f.decision, f.trail])).toEqual([[FLOW, 'GATE_ALLOWED', 'build-7-retry']]);
    expect(store.readAt).toEqual(Array<string>(3).fill(commitOf('facts-tip')));
  });

  it('evaluates a trail with artifacts per artifact and reports the worst', async () => {
    const api = digestOf('api');
    const worker = digestOf('worker');
    const t = new TrailBuilder('build-9');
    t.begin(commit);
    t.artifact(api, 'api');
    t.artifact(worker, 'worker');
    t.attest('unit-tests', 'PASSED');
    t.attest('vulnerability-scan', 'PASSED');
    t.attest('sbom', 'PASSED', { artifact: api }); // the worker has no SBOM
    const store = new FakeStore().add(t);

    const result = await gateCommit({ store, config: config([payments]), commit, now });

    const evaluation = evaluateTrail({ flow: payments, trail: 'build-9', facts: t.facts, artifact: worker, policies: {} });
    expect(result.flows).toEqual([
      {
        flow: FLOW,
        decision: 'GATE_BLOCKED',
        trail: 'build-9',
        evaluation,
        details: `artifact ${worker}: Missing required attestations: sbom`,
      },
    ]);
    expect(result.decision).toBe('GATE_BLOCKED');
  });

  it('lets an active bypass turn a block into an allow, and says so', async () => {
    const t = failingTrail();
    const granted = t.bypass('alice', 'incident-hotfix', minute(120));
    const store = new FakeStore().add(t);

    const result = await gateCommit({ store, config: config([payments], { bypass: bypassConfig }), commit, now });

    const evaluation = evaluateTrail({ flow: payments, trail: 'build-7', facts: t.facts, policies: {} });
    const bypassText = `bypass by alice (incident-hotfix: Sev1 fix, expires ${minute(120)})`;
    expect(result).toEqual<GateResult>({
      commit,
      decision: 'GATE_ALLOWED',
      flows: [
        {
          flow: FLOW,
          decision: 'GATE_ALLOWED',
          trail: 'build-7',
          evaluation,
          bypass: { id: granted.id, actor: 'alice', reason: 'incident-hotfix', expires: minute(120) },
          details: `${bypassText} overrides: Failed required attestations: vulnerability-scan`,
        },
      ],
      factsCommit: commitOf('facts-tip'),
      details: `allowed by ${FLOW} (by incident-hotfix bypass of alice)`,
    });
  });

  it('accepts a bypass from a team member through isTeamMember', async () => {
    const t = failingTrail();
    t.bypass('sam', 'pre-existing-main-blocker', minute(90));
    const store = new FakeStore().add(t);
    const cfg = config([payments], { bypass: bypassConfig });

    const outsider = await gateCommit({ store, config: cfg, commit, now });
    expect(outsider.decision).toBe('GATE_BLOCKED');
    const member = await gateCommit({ store, config: cfg, commit, now, isTeamMember: (a, team) => a === 'sam' && team === '@acme/sre' });
    expect([member.decision, member.flows[0]?.bypass?.actor]).toEqual(['GATE_ALLOWED', 'sam']);
  });

  it('accepts a bypass recorded with a listed team (membership checked when granted), while the team stays listed', async () => {
    const t = failingTrail();
    t.bypass('sam', 'incident-hotfix', minute(90), 'BYPASS_GRANTED', '@acme/sre');
    const store = new FakeStore().add(t);
    const listed = await gateCommit({ store, config: config([payments], { bypass: bypassConfig }), commit, now });
    expect([listed.decision, listed.flows[0]?.bypass?.actor]).toEqual(['GATE_ALLOWED', 'sam']);
    const delisted = await gateCommit({ store, config: config([payments], { bypass: { ...bypassConfig, actors: ['alice'] } }), commit, now });
    expect(delisted.decision).toBe('GATE_BLOCKED');
    const other = failingTrail();
    other.bypass('sam', 'incident-hotfix', minute(90), 'BYPASS_GRANTED', '@acme/marketing');
    expect((await gateCommit({ store: new FakeStore().add(other), config: config([payments], { bypass: bypassConfig }), commit, now })).decision).toBe('GATE_BLOCKED');
  });

  it.each([
    ['expired', 'alice', 'incident-hotfix', minute(60)],
    ['by an actor not allowed', 'mallory', 'incident-hotfix', minute(120)],
    ['with a reason outside the taxonomy', 'alice', 'friday-deploy', minute(120)],
    ['that asks for longer than max_ttl (30d), checked at evaluation', 'alice', 'incident-hotfix', '9999-12-31T00:00:00.000Z'],
  ])('ignores a bypass %s', async (_label, actor, reason, expires) => {
    const t = failingTrail();
    t.bypass(actor, reason, expires);
    const store = new FakeStore().add(t);
    const result = await gateCommit({ store, config: config([payments], { bypass: bypassConfig }), commit, now });
    expect(result.flows.map((f) => [f.decision, f.bypass, f.details])).toEqual([
      ['GATE_BLOCKED', undefined, 'Failed required attestations: vulnerability-scan'],
    ]);
    expect(result.decision).toBe('GATE_BLOCKED');
  });

  it('ignores refused bypasses and bypasses when the config has no bypass section', async () => {
    const t = failingTrail();
    t.bypass('alice', 'incident-hotfix', minute(120), 'BYPASS_REFUSED');
    const refused = await gateCommit({ store: new FakeStore().add(t), config: config([payments], { bypass: bypassConfig }), commit, now });
    expect(refused.decision).toBe('GATE_BLOCKED');

    const u = failingTrail();
    u.bypass('alice', 'incident-hotfix', minute(120));
    const noSection = await gateCommit({ store: new FakeStore().add(u), config: config([payments]), commit, now });
    expect(noSection.decision).toBe('GATE_BLOCKED');
  });

  it('names the known flows when asked for an unknown one', async () => {
    await expect(
      gateCommit({ store: new FakeStore(), config: config([payments, docs]), commit, flow: 'nope', now }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'flow nope is not in the config; known flows: payment-service, docs-site',
    });
  });

  it('rejects a commit that is not 40 hex', async () => {
    await expect(gateCommit({ store: new FakeStore(), config: config([payments]), commit: 'abc1234', now })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
  });
});
