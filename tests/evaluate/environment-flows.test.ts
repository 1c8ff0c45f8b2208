import { describe, expect, it } from 'vitest';
import { flowGatesEnvironment, flowsForEnvironment } from '../../src/core/evaluate/environment-flows.js';
import { gateCommit } from '../../src/core/evaluate/gate-commit.js';
import { commitOf, config, FakeStore, flowConfig, minute, TrailBuilder } from './helpers.js';

const groups = { production: { members: ['production-eu', 'production-us'] } };
const everywhere = flowConfig({ name: 'lint' });
const prodOnly = flowConfig({ name: 'payments', environments: ['production'] });
const stagingOnly = flowConfig({ name: 'preview', environments: ['staging'] });
const euOnly = flowConfig({ name: 'gdpr', environments: ['production-eu'] });
const withGroups = config([everywhere, prodOnly, stagingOnly, euOnly], { environments: groups });

describe('flowGatesEnvironment', () => {
  it('a flow without environments gates every environment', () => {
    expect(flowGatesEnvironment(everywhere, 'anything', {})).toBe(true);
  });

  it('a flow gates the environments it lists, and no other', () => {
    expect(flowGatesEnvironment(stagingOnly, 'staging', {})).toBe(true);
    expect(flowGatesEnvironment(stagingOnly, 'production', {})).toBe(false);
    expect(flowGatesEnvironment(stagingOnly, 'staging-2', {})).toBe(false);
  });

  it('a flow listing a logical environment gates each of its members, and the name itself', () => {
    expect(flowGatesEnvironment(prodOnly, 'production-eu', groups)).toBe(true);
    expect(flowGatesEnvironment(prodOnly, 'production-us', groups)).toBe(true);
    expect(flowGatesEnvironment(prodOnly, 'production', groups)).toBe(true);
    expect(flowGatesEnvironment(prodOnly, 'production-ap', groups)).toBe(false);
  });

  it('membership is one level deep: a member is an environment, not another group', () => {
    const nested = { everything: { members: ['production'] }, ...groups };
    const flow = flowConfig({ environments: ['everything'] });
    expect(flowGatesEnvironment(flow, 'production', nested)).toBe(true);
    expect(flowGatesEnvironment(flow, 'production-eu', nested)).toBe(false);
  });

  it('compares names case-insensitively, as GitHub does for environment names', () => {
    expect(flowGatesEnvironment(prodOnly, 'Production-EU', groups)).toBe(true);
    expect(flowGatesEnvironment(flowConfig({ environments: ['Staging'] }), 'staging', {})).toBe(true);
    expect(flowGatesEnvironment(flowConfig({ environments: ['PRODUCTION'] }), 'production-us', groups)).toBe(true);
  });
});

describe('flowsForEnvironment', () => {
  it('lists the flows that gate the environment, in config order', () => {
    expect(flowsForEnvironment(withGroups, 'production-eu').map((f) => f.name)).toEqual(['lint', 'payments', 'gdpr']);
    expect(flowsForEnvironment(withGroups, 'production-us').map((f) => f.name)).toEqual(['lint', 'payments']);
    expect(flowsForEnvironment(withGroups, 'staging').map((f) => f.name)).toEqual(['lint', 'preview']);
  });

  it('is empty when every flow is limited to other environments', () => {
    expect(flowsForEnvironment(config([prodOnly, stagingOnly], { environments: groups }), 'qa')).toEqual([]);
  });
});

describe('gateCommit with an environment', () => {
  const commit = commitOf('release');
  const now = new Date(minute(60));

  function passing(flow: string): TrailBuilder {
    const t = new TrailBuilder(`build-${flow}`, 0, flow);
    t.begin(commit, { gitBranch: 'main' });
    t.passAll();
    return t;
  }

  it('gates only the flows of that environment', async () => {
    const store = new FakeStore().add(passing('payments'));
    const result = await gateCommit({ store, config: withGroups, commit, now, environment: 'production-us' });
    expect(result.flows.map((f) => [f.flow, f.decision])).toEqual([
      ['lint', 'GATE_BLOCKED'],
      ['payments', 'GATE_ALLOWED'],
    ]);
    expect(result.decision).toBe('GATE_BLOCKED');
  });

  it('allows when the flows of that environment allow, whatever the others say', async () => {
    const store = new FakeStore().add(passing('payments'));
    const onlyProd = config([prodOnly, stagingOnly], { environments: groups });
    const result = await gateCommit({ store, config: onlyProd, commit, now, environment: 'production-eu' });
    expect(result.flows.map((f) => [f.flow, f.decision])).toEqual([['payments', 'GATE_ALLOWED']]);
    expect(result.decision).toBe('GATE_ALLOWED');
  });

  it('blocks a deployment no flow gates (unless gate.allow_unscoped); without an environment, every flow applies', async () => {
    const store = new FakeStore();
    const onlyProd = config([prodOnly, stagingOnly], { environments: groups });
    const none = await gateCommit({ store, config: onlyProd, commit, now, environment: 'qa' });
    expect(none).toMatchObject({ decision: 'GATE_BLOCKED', flows: [] });
    expect(none.details).toMatch(/^no flow applies to this commit \(deployed to qa\), so nothing vouches for it: blocked/);
    const open = await gateCommit({ store, config: { ...onlyProd, gate: { allowUnscoped: true } }, commit, now, environment: 'qa' });
    expect(open.decision).toBe('GATE_ALLOWED');
    const all = await gateCommit({ store, config: onlyProd, commit, now });
    expect(all.flows.map((f) => f.flow)).toEqual(['payments', 'preview']);
  });

  it('with a flow named, gates it only if it gates the environment', async () => {
    const store = new FakeStore();
    const onlyProd = config([prodOnly, stagingOnly], { environments: groups });
    const named = await gateCommit({ store, config: onlyProd, commit, now, flow: 'preview', environment: 'production-eu' });
    expect(named.flows).toEqual([]);
    const matching = await gateCommit({ store, config: onlyProd, commit, now, flow: 'preview', environment: 'staging' });
    expect(matching.flows.map((f) => f.flow)).toEqual(['preview']);
  });
});
