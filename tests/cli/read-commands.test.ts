import { describe, expect, it } from 'vitest';
import type { AssertResult, GateResult } from '../../src/core/evaluate/types.js';
import type { Fact } from '../../src/core/model/fact.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { git } from '../helpers/git.js';
import { commitConfig, configText, DIGEST_A, DIGEST_B, factsTip, FLOW, headOf, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

/** Trail t1: artifact A, unit-tests PASSED, vulnerability-scan FAILED, approved by alice. */
async function failedTrail(w: Workspace): Promise<void> {
  await startTrail(w, 't1', DIGEST_A);
  const T = ['--flow', FLOW, '--trail', 't1'];
  expect((await w.fs(['attest', ...T, '--type', 'unit-tests', '--status', 'PASSED'])).code).toBe(0);
  expect((await w.fs(['attest', ...T, '--type', 'vulnerability-scan', '--status', 'FAILED'])).code).toBe(0);
  expect((await w.fs(['approve', ...T], w.asAlice)).code).toBe(0);
}

async function compliantTrail(w: Workspace, trail: string, digest: string): Promise<void> {
  await startTrail(w, trail, digest);
  const T = ['--flow', FLOW, '--trail', trail];
  for (const type of ['unit-tests', 'vulnerability-scan']) expect((await w.fs(['attest', ...T, '--type', type, '--status', 'PASSED'])).code).toBe(0);
  expect((await w.fs(['approve', ...T], w.asAlice)).code).toBe(0);
}

describe('flows', () => {
  it('lists the flows and shows one with its required types', async () => {
    const w = await workspace({ init: false });
    const list = await w.fs(['flows', 'list', '--json']);
    expect(list.code).toBe(0);
    const doc = jsonOf<{ flows: { name: string; require: string[] }[] }>(list, 'flows-list');
    expect(doc.flows.map((f) => f.name)).toEqual([FLOW, 'other-service']);
    const get = await w.fs(['flows', 'get', FLOW, '--json']);
    expect(get.code).toBe(0);
    expect(jsonOf(get, 'flows-get')).toMatchObject({ name: FLOW, require: ['unit-tests', 'vulnerability-scan'], approval: { approvers: ['alice'], min: 1 } });
    expect((await w.fs(['flows', 'list'])).stdout).toMatch(/payment-service\s+requires unit-tests, vulnerability-scan; approval 1 of alice/);
  });
});

describe('trails list and get', () => {
  it('show each trail with its compliance status and facts', async () => {
    const w = await workspace();
    await failedTrail(w);
    await compliantTrail(w, 't2', DIGEST_B);
    const list = await w.fs(['trails', 'list', '--flow', FLOW, '--json']);
    expect(list.code).toBe(0);
    const trails = jsonOf<{ trails: { trail: string; status: string; failed: string[] }[] }>(list, 'trails-list').trails;
    expect(trails.map((t) => [t.trail, t.status])).toEqual([['t2', 'COMPLIANT'], ['t1', 'NON_COMPLIANT']]);
    expect(trails[1]?.failed).toEqual(['vulnerability-scan']);
    expect((await w.fs(['trails', 'list'])).stdout).toMatch(/t1\s+NON_COMPLIANT/);

    const get = await w.fs(['trails', 'get', '--flow', FLOW, '--trail', 't1', '--json']);
    expect(get.code).toBe(0);
    const doc = jsonOf<{ facts: Fact[]; evaluation: { status: string } }>(get, 'trails-get');
    expect(doc.facts.map((f) => f.kind)).toEqual(['trail', 'artifact', 'attestation', 'attestation', 'approval']);
    expect(doc.evaluation.status).toBe('NON_COMPLIANT');
    const missing = await w.fs(['trails', 'get', '--flow', FLOW, '--trail', 'nope']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('trails list');
  });
});

describe('artifacts find', () => {
  it('lists every trail that recorded the digest, and none for an unknown one', async () => {
    const w = await workspace();
    await startTrail(w, 't1', DIGEST_A);
    await startTrail(w, 't2', DIGEST_A);
    const r = await w.fs(['artifacts', 'find', '--sha256', DIGEST_A, '--json']);
    expect(r.code).toBe(0);
    const doc = jsonOf<{ trails: { trail: string; artifacts: { name: string }[] }[] }>(r, 'artifacts-find');
    expect(doc.trails.map((t) => t.trail).sort()).toEqual(['t1', 't2']);
    const none = await w.fs(['artifacts', 'find', '--sha256', DIGEST_B, '--json']);
    expect(none.code).toBe(0);
    expect(jsonOf<{ trails: unknown[] }>(none, 'artifacts-find').trails).toEqual([]);
  });
});

describe('assert', () => {
  it('exits 1 NON_COMPLIANT with the breakdown, 0 COMPLIANT, and 1 for an unknown digest', async () => {
    const w = await workspace();
    await failedTrail(w);
    const bad = await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_A, '--json']);
    expect(bad.code).toBe(1);
    const result = jsonOf<AssertResult>(bad, 'assert');
    expect(result).toMatchObject({ status: 'NON_COMPLIANT', trail: 't1', failedAttestationTypes: ['vulnerability-scan'], missingAttestationTypes: [], approval: { required: true, granted: 1, min: 1 }, trailsConsidered: 1 });
    expect((await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_A])).stdout).toMatch(/^NON_COMPLIANT/);

    await compliantTrail(w, 't2', DIGEST_B);
    const good = await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_B, '--json']);
    expect(good.code).toBe(0);
    expect(jsonOf<AssertResult>(good, 'assert').status).toBe('COMPLIANT');

    const unknown = await w.fs(['assert', '--flow', FLOW, '--sha256', `sha256:${'c'.repeat(64)}`, '--json']);
    expect(unknown.code).toBe(1);
    expect(jsonOf<AssertResult>(unknown, 'assert')).toMatchObject({ trail: null, trailsConsidered: 0 });
  });
});

describe('gate', () => {
  it('decides without writing, and with --record writes one signed decision fact per flow', async () => {
    const w = await workspace();
    await compliantTrail(w, 't2', DIGEST_B);
    const head = headOf(w.repo);
    const tip = factsTip(w.repo);

    const plain = await w.fs(['gate', '--commit', head, '--flow', FLOW, '--json']);
    expect(plain.code).toBe(0);
    const result = jsonOf<GateResult>(plain, 'gate');
    expect(result).toMatchObject({ commit: head, decision: 'GATE_ALLOWED', factsCommit: tip });
    expect(factsTip(w.repo)).toBe(tip);

    // every flow: other-service has no trail for the commit, so the gate blocks
    const all = await w.fs(['gate', '--record', '--json']);
    expect(all.code).toBe(1);
    const recorded = jsonOf<GateResult & { recorded: { commit: string; facts: string[] } }>(all, 'gate');
    expect(recorded.decision).toBe('GATE_BLOCKED');
    expect(recorded.recorded.facts).toHaveLength(2);
    expect(recorded.recorded.commit).toBe(factsTip(w.repo));
    expect(git(w.repo, 'rev-list', '--count', `${tip}..factstore`).trim()).toBe('1');

    const store = new LocalGitStore({ dir: w.repo });
    const decision = (await store.readTrail(FLOW, 't2')).find((f) => f.kind === 'decision');
    expect(decision).toMatchObject({ kind: 'decision', event: 'GATE_ALLOWED', commit: head, factsCommit: tip });
    const loose = await store.readLoose('decision', 'other-service');
    expect(loose).toMatchObject([{ event: 'GATE_BLOCKED', factsCommit: tip }]);

    expect((await w.fs(['gate', '--commit', head, '--flow', FLOW])).stdout).toMatch(/^GATE_ALLOWED/);
  });

  it('--environment gates only the flows of that deployment environment, as deployment protection does', async () => {
    const w = await workspace();
    const config = configText(w.key)
      .replace('    approval: { required: true, approvers: [alice], min: 1 }\n', '    approval: { required: true, approvers: [alice], min: 1 }\n    environments: [production]\n')
      .replace('  other-service:\n    require: [unit-tests]\n', '  other-service:\n    require: [unit-tests]\n    environments: [staging]\n')
      .concat('environments:\n  production: { members: [production-eu, production-us] }\n');
    commitConfig(w.repo, config);
    await compliantTrail(w, 't3', DIGEST_B);
    const eu = await w.fs(['gate', '--environment', 'production-eu', '--record', '--json']);
    expect(eu.code).toBe(0);
    const result = jsonOf<GateResult & { recorded: { facts: string[] } }>(eu, 'gate');
    expect(result.flows.map((f) => [f.flow, f.decision])).toEqual([[FLOW, 'GATE_ALLOWED']]);
    const decision = (await new LocalGitStore({ dir: w.repo }).readTrail(FLOW, 't3')).find((f) => f.kind === 'decision');
    expect(decision).toMatchObject({ event: 'GATE_ALLOWED', environment: 'production-eu', id: result.recorded.facts[0] });
    const staging = await w.fs(['gate', '--environment', 'staging', '--json']);
    expect(staging.code).toBe(1);
    expect(jsonOf<GateResult>(staging, 'gate').flows.map((f) => f.flow)).toEqual(['other-service']);
    const nowhere = await w.fs(['gate', '--environment', 'qa', '--json']);
    expect(jsonOf<GateResult>(nowhere, 'gate').flows).toEqual([]);
  });

  it('blocks a commit whose trail failed', async () => {
    const w = await workspace();
    await failedTrail(w);
    const r = await w.fs(['gate', '--flow', FLOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^GATE_BLOCKED/);
    expect(r.stdout).toContain('vulnerability-scan');
  });
});

describe('log', () => {
  it('prints the audit log newest first, filtered by flow, event, actor, since and limit', async () => {
    const w = await workspace();
    await failedTrail(w);
    const all = await w.fs(['log', '--json']);
    expect(all.code).toBe(0);
    const entries = jsonOf<{ entries: { event: string; actor: string; factsCommit: string }[] }>(all, 'log').entries;
    expect(entries.map((e) => e.event)).toEqual(['APPROVAL_GRANTED', 'ATTESTATION_RECORDED', 'ATTESTATION_RECORDED', 'ARTIFACT_REPORTED', 'TRAIL_STARTED']);
    expect(entries[0]?.factsCommit).toBe(factsTip(w.repo));

    const events = async (args: string[]) => jsonOf<{ entries: { event: string }[] }>(await w.fs(['log', ...args, '--json']), 'log').entries.map((e) => e.event);
    expect(await events(['--event', 'attestation_recorded'])).toEqual(['ATTESTATION_RECORDED', 'ATTESTATION_RECORDED']);
    expect(await events(['--actor', 'alice'])).toEqual(['APPROVAL_GRANTED']);
    expect(await events(['--limit', '2'])).toEqual(['APPROVAL_GRANTED', 'ATTESTATION_RECORDED']);
    expect(await events(['--flow', 'other-service'])).toEqual([]);
    expect(await events(['--since', '2999-01-01'])).toEqual([]);
    expect(await events(['--since', '2000-01-01'])).toHaveLength(5);
    expect((await w.fs(['log'])).stdout).toMatch(/APPROVAL_GRANTED\s+alice\s+payment-service\/t1/);
  });
});
