// What the gate says and what it passes on: the wording of unscoped and blocked decisions, the
// scope of a trail without artifacts, and the policy engine, team check and author it hands down.
import { describe, expect, it } from 'vitest';
import { gateCommit } from '../../src/core/evaluate/gate-commit.js';
import type { PolicyEvaluator } from '../../src/core/evaluate/policies.js';
import { commitOf, config, digestOf, FakeStore, FLOW, flowConfig, minute, TrailBuilder } from './helpers.js';

const commit = commitOf('feature');
const now = new Date(minute(60));
const payments = flowConfig({ branches: ['main'] });

function trail(name = 'build-1', start = 0): TrailBuilder {
  const t = new TrailBuilder(name, start);
  t.begin(commit);
  return t;
}

describe('gateCommit: what it says', () => {
  it('names where a commit no flow applies to was judged: branches, environment, both, neither', async () => {
    const store = new FakeStore();
    const say = async (input: { branches?: string[]; environment?: string }) =>
      (await gateCommit({ store, config: config([flowConfig({ branches: ['main'], environments: ['production'] })]), commit, now, ...input })).details;
    const tail = ', so nothing vouches for it: blocked. Add its branch or environment to a flow, or set gate.allow_unscoped: true to let such commits through';
    expect(await say({ branches: [] })).toBe(`no flow applies to this commit (on no branch)${tail}`);
    expect(await say({ branches: ['dev', 'feature'] })).toBe(`no flow applies to this commit (on dev, feature)${tail}`);
    expect(await say({ environment: 'qa' })).toBe(`no flow applies to this commit (deployed to qa)${tail}`);
    expect(await say({ branches: ['dev'], environment: 'qa' })).toBe(`no flow applies to this commit (on dev, deployed to qa)${tail}`);
    const noFlows = await gateCommit({ store, config: config([]), commit, now });
    expect([noFlows.decision, noFlows.details]).toEqual(['GATE_BLOCKED', `no flow applies to this commit${tail}`]);
  });

  it('an unknown flow, when the config has none, says how to add one', async () => {
    await expect(gateCommit({ store: new FakeStore(), config: config([]), commit, flow: 'payments', now })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'flow payments is not in the config; known flows: none (add one under `flows:`)',
    });
  });

  it('lists every blocking flow, and every allowing one with its bypass', async () => {
    const docs = flowConfig({ name: 'docs', require: ['build'] });
    const blocked = await gateCommit({ store: new FakeStore(), config: config([payments, docs]), commit, now });
    expect(blocked.details).toBe(
      `blocked by ${FLOW} (no trail of flow ${FLOW} for commit ${commit.slice(0, 7)}: start one with \`factstore trails begin\`), docs (no trail of flow docs for commit ${commit.slice(0, 7)}: start one with \`factstore trails begin\`)`,
    );
    const ok = trail().passAll();
    const build = new TrailBuilder('build-1', 0, 'docs');
    build.begin(commit);
    build.attest('build', 'FAILED');
    build.bypass('alice', 'incident-hotfix', minute(120));
    const cfg = config([payments, docs], { bypass: { actors: ['alice'], reasons: { 'incident-hotfix': '' }, maxTtl: '1d' } });
    const allowed = await gateCommit({ store: new FakeStore().add(ok, build), config: cfg, commit, now });
    expect(allowed.details).toBe(`allowed by ${FLOW}, docs (by incident-hotfix bypass of alice)`);
    // a reason the taxonomy leaves without text is named alone
    expect(allowed.flows[1]?.details).toBe(`bypass by alice (incident-hotfix, expires ${minute(120)}) overrides: Failed required attestations: build`);
  });

  it('with no facts branch, reads with no facts commit and names none', async () => {
    const store = new FakeStore();
    store.tipCommit = undefined;
    const result = await gateCommit({ store, config: config([payments]), commit, now });
    expect(result.factsCommit).toBeNull();
    expect(store.readAt).toEqual([undefined]);
  });
});

describe('gateCommit: scope and what it hands down', () => {
  it('judges a trail that recorded no artifact as a whole, whatever digests its attestations name', async () => {
    const t = trail();
    t.attest('unit-tests', 'PASSED', { artifact: digestOf('api') });
    t.attest('vulnerability-scan', 'PASSED');
    t.attest('sbom', 'PASSED', { artifact: digestOf('worker') });
    const result = await gateCommit({ store: new FakeStore().add(t), config: config([payments]), commit, now });
    expect(result.decision).toBe('GATE_ALLOWED');
    expect(result.flows[0]?.evaluation).not.toHaveProperty('artifact');
  });

  it('hands the policy engine to every evaluation', async () => {
    const seen: string[] = [];
    const evaluator: PolicyEvaluator = {
      evaluate(name) {
        seen.push(name);
        return { allow: false, reasons: ['not on Fridays'] };
      },
    };
    const flow = flowConfig({ branches: ['main'], policies: ['weekday'] });
    const result = await gateCommit({
      store: new FakeStore().add(trail().passAll()),
      config: config([flow], { policies: { weekday: { jq: 'false' } } }),
      commit,
      now,
      policyEvaluator: evaluator,
    });
    expect(seen).toEqual(['weekday']);
    expect(result.flows[0]?.details).toBe('Policy weekday denied: not on Fridays');
  });

  it('hands the team check and the event\'s author to the approval rule', async () => {
    const flow = flowConfig({ approval: { required: true, approvers: ['@acme/leads'], min: 1, forbidSelf: true } });
    const t = trail();
    t.passAll();
    t.approve('sam');
    const store = new FakeStore().add(t);
    const cfg = config([flow]);
    const leads = (actor: string, team: string) => actor === 'sam' && team === '@acme/leads';
    expect((await gateCommit({ store, config: cfg, commit, now })).decision).toBe('GATE_BLOCKED');
    expect((await gateCommit({ store, config: cfg, commit, now, isTeamMember: leads })).decision).toBe('GATE_ALLOWED');
    // sam wrote the pull request: their own approval does not count
    const own = await gateCommit({ store, config: cfg, commit, now, isTeamMember: leads, author: 'sam' });
    expect([own.decision, own.flows[0]?.evaluation?.approval.selfApproved]).toEqual(['GATE_BLOCKED', ['sam']]);
  });
});
