// The evaluation rules of DESIGN §4 at their edges: pending and overridden attestations, `retries:
// latest` with nothing decided, bypasses just inside max_ttl or about another commit, approvals
// repeated, the one-sentence verdict with several of each, and an unknown digest with no approval.
import { describe, expect, it } from 'vitest';
import type { BypassConfig } from '../../src/core/config/config.js';
import { assertArtifact } from '../../src/core/evaluate/assert-artifact.js';
import { findActiveBypass } from '../../src/core/evaluate/bypass.js';
import { evaluateTrail } from '../../src/core/evaluate/evaluate-trail.js';
import { evaluatePolicies, NO_POLICY_ENGINE } from '../../src/core/evaluate/policies.js';
import { buildTrailDocument } from '../../src/core/evaluate/trail-document.js';
import { commitOf, digestOf, FakeStore, FLOW, flowConfig, idOf, minute, TrailBuilder } from './helpers.js';

const commit = commitOf('feature');

describe('required types', () => {
  it('a PENDING attestation followed by a PASSED one: PASSED, not pending', () => {
    const t = new TrailBuilder('b');
    t.attest('unit-tests', 'PENDING');
    t.attest('unit-tests', 'PASSED');
    const [type] = evaluateTrail({ flow: flowConfig({ require: ['unit-tests'] }), trail: 'b', facts: t.facts }).types;
    expect(type).toEqual({ type: 'unit-tests', status: 'PASSED', decidedBy: idOf(t, 1), pending: false, superseded: [], evidence: [] });
  });

  it('the deciding attestation\'s override is shown, as a copy', () => {
    const t = new TrailBuilder('b');
    const override = { reason: 'flaky runner, re-run by hand', verdict: 'FAILED' as const };
    t.attest('unit-tests', 'PASSED', { override });
    const [type] = evaluateTrail({ flow: flowConfig({ require: ['unit-tests'] }), trail: 'b', facts: t.facts }).types;
    expect(type?.override).toEqual(override);
    expect(type?.override).not.toBe((t.facts[0] as { override?: unknown }).override);
  });

  it('retries: latest with no attestation, or a PENDING one last: MISSING', () => {
    const flow = flowConfig({ require: ['unit-tests', 'sbom'], retries: 'latest' });
    const t = new TrailBuilder('b');
    t.attest('unit-tests', 'FAILED');
    t.attest('unit-tests', 'PENDING');
    const e = evaluateTrail({ flow, trail: 'b', facts: t.facts });
    expect(e.types).toEqual([
      { type: 'unit-tests', status: 'MISSING', decidedBy: idOf(t, 1), pending: true, superseded: [idOf(t, 0)], evidence: [] },
      { type: 'sbom', status: 'MISSING', pending: false, superseded: [], evidence: [] },
    ]);
    expect([e.missing, e.details]).toEqual([['unit-tests', 'sbom'], 'Missing required attestations: unit-tests (pending), sbom']);
  });
});

describe('the one-sentence verdict', () => {
  it('lists every missing, failed and rejecting one, and every reason of a denying policy', () => {
    const flow = flowConfig({
      require: ['a', 'b', 'c', 'd'],
      approval: { required: true, approvers: ['alice', 'bob'], min: 1, forbidSelf: false },
      policies: ['p'],
    });
    const t = new TrailBuilder('b');
    t.attest('c', 'FAILED');
    t.attest('d', 'FAILED');
    t.approve('alice', 'REJECTED');
    t.approve('bob', 'REJECTED');
    const e = evaluateTrail({
      flow,
      trail: 'b',
      facts: t.facts,
      policies: { p: { jq: 'false' } },
      policyEvaluator: { evaluate: () => ({ allow: false, reasons: ['unsigned', 'too old'] }) },
    });
    expect(e.details).toBe('Missing required attestations: a, b; failed: c, d; approval 0/1, rejected by alice, bob; policy p denied: unsigned, too old');
  });
});

describe('policies', () => {
  const doc = () => buildTrailDocument({ flow: flowConfig(), trail: 'b', facts: [] });

  it('without an engine every policy is a violation that says so', () => {
    expect(NO_POLICY_ENGINE).toBe('no policy engine available');
    expect(evaluatePolicies(['p', 'p'], undefined, undefined, doc)).toEqual([{ policy: 'p', reasons: ['no policy engine available'] }]);
  });

  it('with an engine but no policies in the config, each named policy is undefined', () => {
    const engine = { evaluate: () => ({ allow: true, reasons: [] }) };
    expect(evaluatePolicies(['p'], undefined, engine, doc)).toEqual([{ policy: 'p', reasons: ['policy p is not defined: add it under `policies:` in the config'] }]);
  });
});

describe('bypasses', () => {
  const bypass: BypassConfig = { actors: ['alice', '@acme/sre'], reasons: { 'incident-hotfix': 'Sev1 fix' }, maxTtl: '1d' };
  const now = new Date(minute(10));
  const active = (build: (t: TrailBuilder) => void, context: Partial<Parameters<typeof findActiveBypass>[1]> = {}) => {
    const t = new TrailBuilder('b');
    build(t);
    return findActiveBypass(t.facts, { bypass, commit, now, ...context });
  };

  it('counts one that lasts exactly max_ttl', () => {
    // granted at minute 0, for one day
    const granted = active((t) => t.bypass('alice', 'incident-hotfix', new Date(Date.parse(minute(0)) + 86_400_000).toISOString()));
    expect(granted?.actor).toBe('alice');
    expect(active((t) => t.bypass('alice', 'incident-hotfix', new Date(Date.parse(minute(0)) + 86_400_001).toISOString()))).toBeUndefined();
  });

  it('ignores one granted for another commit, and counts one granted for this commit', () => {
    const t = new TrailBuilder('b');
    const other = t.bypass('alice', 'incident-hotfix', minute(100));
    const facts = [{ ...other, commit: commitOf('other') }];
    expect(findActiveBypass(facts, { bypass, commit, now })).toBeUndefined();
    expect(findActiveBypass([{ ...other, commit }], { bypass, commit, now })?.id).toBe(other.id);
  });

  it('a login recorded as the team never counts as a listed team', () => {
    expect(active((t) => t.bypass('mallory', 'incident-hotfix', minute(100), 'BYPASS_GRANTED', 'alice'))).toBeUndefined();
    expect(active((t) => t.bypass('sam', 'incident-hotfix', minute(100), 'BYPASS_GRANTED', '@ACME/sre'))?.actor).toBe('sam');
  });

  it('the newest of several in force wins', () => {
    const newest = active((t) => {
      t.bypass('alice', 'incident-hotfix', minute(200));
      t.bypass('alice', 'incident-hotfix', minute(100));
    });
    expect(newest?.expires).toBe(minute(100));
  });
});

describe('approvals', () => {
  const flow = flowConfig({ approval: { required: true, approvers: ['alice', '@acme/leads'], min: 1, forbidSelf: true } });
  const evaluate = (build: (t: TrailBuilder) => void) => {
    const t = new TrailBuilder('b');
    t.begin(commit, { author: 'bob' });
    build(t);
    return evaluateTrail({ flow, trail: 'b', facts: t.facts }).approval;
  };

  it('names an outsider and the author once, however often they approve', () => {
    const approval = evaluate((t) => {
      t.approve('mallory');
      t.approve('mallory', 'APPROVED', 'again');
      t.approve('bob');
      t.approve('bob', 'APPROVED', 'again');
    });
    expect([approval.ignored, approval.selfApproved, approval.granted]).toEqual([['mallory'], ['bob'], 0]);
  });

  it('a login recorded as the team never counts as a listed team', () => {
    expect(evaluate((t) => t.approve('mallory', 'APPROVED', undefined, 'alice')).granted).toBe(0);
    expect(evaluate((t) => t.approve('sam', 'APPROVED', undefined, '@acme/leads')).approvedBy).toEqual(['sam']);
  });

  it('a flow without an approval rule counts nobody', () => {
    const t = new TrailBuilder('b');
    t.approve('alice');
    expect(evaluateTrail({ flow: flowConfig(), trail: 'b', facts: t.facts }).approval).toMatchObject({ required: false, granted: 0, min: 0, ignored: ['alice'] });
  });
});

describe('assertArtifact at its edges', () => {
  const image = digestOf('image');

  it('an unknown digest of a flow without an approval rule needs no approval', async () => {
    const result = await assertArtifact({ store: new FakeStore(), flow: flowConfig(), digest: image });
    expect([result.status, result.approval]).toEqual(['NON_COMPLIANT', { required: false, granted: 0, min: 0 }]);
  });

  it('hands the team check to the approval rule', async () => {
    const t = new TrailBuilder('b');
    t.artifact(image);
    t.passAll();
    t.approve('sam');
    const flow = flowConfig({ approval: { required: true, approvers: ['@acme/leads'], min: 1, forbidSelf: true } });
    const store = new FakeStore().add(t);
    expect((await assertArtifact({ store, flow, digest: image })).status).toBe('NON_COMPLIANT');
    const leads = await assertArtifact({ store, flow, digest: image, isTeamMember: (a, team) => a === 'sam' && team === '@acme/leads' });
    expect([leads.status, leads.trail, leads.flow]).toEqual(['COMPLIANT', 'b', FLOW]);
  });
});
