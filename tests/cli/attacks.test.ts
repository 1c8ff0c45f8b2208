// Each attack that once made a blocked release pass, tried again as someone with push access to the
// facts branch (and the CI key, where the attack needs it). None may open the gate: assert and gate
// exit 1 (and say what they left out) or 3 (and name the tampering).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/model/fact.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { trailPath } from '../../src/core/store/layout.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { git, testKey } from '../helpers/git.js';
import { tamperFile } from '../helpers/tamper.js';
import { configText, commitConfig, DIGEST_A, factsTip, FLOW, headOf, jsonOf, workspace, type Workspace } from './helpers.js';

const T = ['--flow', FLOW, '--trail', 't1'];

/**
 * Release t1 of HEAD: artifact A, unit-tests PASSED, vulnerability-scan FAILED (or PASSED, when only
 * the rejection should block), alice REJECTED.
 */
async function blocked(scan: 'FAILED' | 'PASSED' = 'FAILED'): Promise<Workspace & { commit: string }> {
  const w = await workspace();
  const commit = headOf(w.repo);
  for (const args of [
    ['trails', 'begin', ...T, '--author', 'dave'],
    ['artifacts', 'create', ...T, '--name', 'app', '--sha256', DIGEST_A],
    ['attest', ...T, '--type', 'unit-tests', '--status', 'PASSED'],
    ['attest', ...T, '--type', 'vulnerability-scan', '--status', scan],
  ]) expect((await w.fs(args)).code).toBe(0);
  expect((await w.fs(['approve', ...T, '--reject', '--comment', 'not this one'], w.asAlice)).code).toBe(0);
  return { ...w, commit };
}

/** A new trail t2 for the same commit and digest that passes everything, as facts. */
function passingTrail(commit: string, approver = 'alice'): Fact[] {
  const ts = new Date(Date.now() - 60_000).toISOString();
  const base = { flow: FLOW, trail: 't2', ts };
  return [
    makeFact({ ...base, kind: 'trail', commit, actor: 'ci' }),
    makeFact({ ...base, kind: 'artifact', artifact: DIGEST_A, name: 'app', actor: 'ci' }),
    makeFact({ ...base, kind: 'attestation', type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'ci' }),
    makeFact({ ...base, kind: 'attestation', type: 'vulnerability-scan', status: 'PASSED', evidence: [], actor: 'ci' }),
    makeFact({ ...base, kind: 'approval', decision: 'APPROVED', actor: approver }),
  ];
}

/** Writes facts in one commit signed by `privateKey`, the way Factstore writes them (any key). */
async function writeSigned(repo: string, privateKey: string, facts: Fact[]): Promise<string> {
  const store = new LocalGitStore({ dir: repo, signer: sshSigner(privateKey), gitBinary: 'git' });
  const r = await store.append({ facts });
  store.close();
  return r.commit ?? '';
}

async function expectStillBlocked(w: Workspace & { commit: string }, ignored: RegExp): Promise<void> {
  const assert = await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_A, '--json']);
  expect(assert.code).toBe(1);
  const doc = jsonOf<{ status: string; trust: { ignored: { detail: string }[] } }>(assert, 'assert');
  expect(doc.status).toBe('NON_COMPLIANT');
  expect(doc.trust.ignored.map((i) => i.detail).join('\n')).toMatch(ignored);
  const text = await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_A]);
  expect(text.stdout).toMatch(/not counted: \d+ facts? ignored: added by commit [0-9a-f]{7}/);
  const gate = await w.fs(['gate', '--commit', w.commit, '--git-branch', 'main']);
  expect(gate.code).toBe(1);
  expect(gate.stdout).toContain('GATE_BLOCKED');
}

describe('attacks on the facts branch do not open the gate', () => {
  it('an unsigned commit adding a passing trail for the same commit and digest', async () => {
    const w = await blocked();
    const facts = passingTrail(w.commit);
    tamperFile(w.repo, 'factstore', trailPath(FLOW, 't2'), facts.map((f) => `${JSON.stringify(f)}\n`).join(''));
    // its index lines too, so every lookup finds it
    const index = `index/artifacts/${'a'.repeat(2)}/${'a'.repeat(64)}.ndjson`;
    tamperFile(w.repo, 'factstore', index, `${git(w.repo, 'show', `factstore:${index}`)}${JSON.stringify({ flow: FLOW, trail: 't2' })}\n`);
    await expectStillBlocked(w, /^unsigned/m);
    // the listing commands leave it out and say so; the audit log shows it as not counted
    const list = await w.fs(['trails', 'list', '--json']);
    expect(jsonOf<{ trails: { trail: string }[] }>(list, 'trails-list').trails.map((t) => t.trail)).toEqual(['t1']);
    const custody = await w.fs(['compliance', 'artifact', DIGEST_A, '--json']);
    expect(custody.code).toBe(1);
    expect(JSON.stringify(jsonOf(custody, 'compliance-artifact'))).not.toContain('"trail":"t2"');
    const log = jsonOf<{ entries: { trail?: string; counts: boolean; notCounted?: { reason: string } }[] }>(await w.fs(['log', '--json']), 'log');
    expect(log.entries.filter((e) => e.trail === 't2').map((e) => [e.counts, e.notCounted?.reason])).toEqual(Array(5).fill([false, 'unsigned']));
  });

  it('the same facts signed with a key that trust.signers does not list', async () => {
    const w = await blocked();
    await writeSigned(w.repo, testKey('mallory@evil').privateKey, passingTrail(w.commit));
    await expectStillBlocked(w, /which trust\.signers does not list/);
  });

  it('an approval "by alice" signed with the CI key: refused when written, ignored when forged', async () => {
    const w = await blocked('PASSED');
    const refused = await w.fs(['--actor', 'alice', 'approve', ...T]);
    expect(refused.code).toBe(2);
    await writeSigned(w.repo, w.key.privateKey, [makeFact({ kind: 'approval', flow: FLOW, trail: 't1', decision: 'APPROVED', actor: 'alice', ts: new Date(Date.now() - 1000).toISOString() })]);
    await expectStillBlocked(w, /ci@acme's key may not record approval facts/);
  });

  it('an approval dated 2099 that would hide alice\'s later rejection', async () => {
    const w = await blocked('PASSED');
    const { ALICE } = await import('./helpers.js');
    await writeSigned(w.repo, ALICE.privateKey, [makeFact({ kind: 'approval', flow: FLOW, trail: 't1', decision: 'APPROVED', actor: 'alice', ts: '2099-01-01T00:00:00.000Z' })]);
    await expectStillBlocked(w, /dated 2099-01-01T00:00:00\.000Z, later than the commit that added it/);
  });

  it('a CI-key-signed bypass that never expires, where max_ttl is 24h', async () => {
    const w = await blocked();
    commitConfig(w.repo, configText(w.key, 'bypass: { actors: [alice], reasons: { incident-hotfix: Sev1 }, max_ttl: 24h }\n'));
    await writeSigned(w.repo, w.key.privateKey, [
      makeFact({ kind: 'bypass', flow: FLOW, trail: 't1', commit: w.commit, event: 'BYPASS_GRANTED', reason: 'incident-hotfix', expires: '9999-12-31T00:00:00.000Z', actor: 'alice', ts: new Date(Date.now() - 1000).toISOString() }),
    ]);
    const gate = await w.fs(['gate', '--commit', w.commit, '--git-branch', 'main', '--json']);
    expect(gate.code).toBe(1);
    expect(JSON.stringify(jsonOf(gate, 'gate'))).toContain("ci@acme's key may not record bypass facts");
    // alice's own key with the same never-ending bypass: counted, but max_ttl still holds at evaluation
    const { ALICE } = await import('./helpers.js');
    await writeSigned(w.repo, ALICE.privateKey, [
      makeFact({ kind: 'bypass', flow: FLOW, trail: 't1', commit: w.commit, event: 'BYPASS_GRANTED', reason: 'incident-hotfix', expires: '9999-12-31T00:00:00.000Z', actor: 'alice', ts: new Date(Date.now() - 500).toISOString() }),
    ]);
    expect((await w.fs(['gate', '--commit', w.commit, '--git-branch', 'main'])).code).toBe(1);
  });

  it('alice approving her own change does not count (forbid_self), and the breakdown says why', async () => {
    const w = await workspace();
    expect((await w.fs(['trails', 'begin', ...T, '--author', 'alice'])).code).toBe(0);
    expect((await w.fs(['artifacts', 'create', ...T, '--name', 'app', '--sha256', DIGEST_A])).code).toBe(0);
    for (const type of ['unit-tests', 'vulnerability-scan']) expect((await w.fs(['attest', ...T, '--type', type, '--status', 'PASSED'])).code).toBe(0);
    expect((await w.fs(['approve', ...T], w.asAlice)).code).toBe(0);
    const assert = await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_A, '--markdown']);
    expect(assert.code).toBe(1);
    expect(assert.stdout).toContain("not counted (the change's author): alice");
  });

  it('rolling the facts branch back before the FAILED attestation and the rejection, after a decision', async () => {
    const w = await blocked();
    const tip = factsTip(w.repo);
    const before = git(w.repo, 'rev-list', '--skip=3', '-1', 'factstore').trim();
    expect((await w.fs(['gate', '--commit', w.commit, '--git-branch', 'main'])).code).toBe(1);
    git(w.repo, 'update-ref', 'refs/heads/factstore', before);
    for (const args of [['assert', '--flow', FLOW, '--sha256', DIGEST_A], ['gate', '--commit', w.commit, '--git-branch', 'main'], ['trails', 'get', ...T]]) {
      const r = await w.fs(args);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/the facts branch was rolled back: its tip [0-9a-f]{40} is older than the newest facts commit a decision was taken on/);
    }
    const verify = await w.fs(['verify', '--json']);
    expect(verify.code).toBe(3);
    expect(jsonOf<{ problems: { code: string }[] }>(verify, 'verify').problems.map((p) => p.code)).toContain('HIGH_WATER_NOT_ANCESTOR');
    // restoring the branch restores the decisions
    git(w.repo, 'update-ref', 'refs/heads/factstore', tip);
    expect((await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_A])).code).toBe(1);
  });

  it('git replace of the trail blob', async () => {
    const w = await blocked();
    const path = trailPath(FLOW, 't1');
    const blob = git(w.repo, 'rev-parse', `factstore:${path}`).trim();
    const forged = passingTrail(w.commit).map((f) => `${JSON.stringify({ ...f, trail: 't1' })}\n`).join('');
    const replacement = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: w.repo, input: forged }).toString().trim();
    git(w.repo, 'replace', blob, replacement);
    for (const args of [['assert', '--flow', FLOW, '--sha256', DIGEST_A], ['gate', '--commit', w.commit, '--git-branch', 'main']]) {
      const r = await w.fs(args);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(`object ${blob} of the facts branch is replaced`);
    }
    const verify = await w.fs(['verify', '--json']);
    expect(verify.code).toBe(3);
    expect(jsonOf<{ problems: { code: string }[] }>(verify, 'verify').problems.map((p) => p.code)).toContain('REPLACED_OBJECT');
  });

  it('a commit that removes the FAILED attestation line', async () => {
    const w = await blocked();
    const path = trailPath(FLOW, 't1');
    const lines = git(w.repo, 'show', `factstore:${path}`).split('\n').filter((l) => !l.includes('"FAILED"'));
    tamperFile(w.repo, 'factstore', path, lines.join('\n'));
    const r = await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_A]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/were changed or removed later/);
  });

  it('a trail begun on feature-y and fast-forwarded into main: the branch comes from where the commit is, not from the trail', async () => {
    const w = await workspace();
    commitConfig(w.repo, configText(w.key).replace('    approval: { required: true, approvers: [alice], min: 1 }\n', '    approval: { required: true, approvers: [alice], min: 1 }\n    branches: [main]\n'));
    git(w.repo, 'checkout', '-q', '-b', 'feature-y');
    git(w.repo, '-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '--allow-empty', '-m', 'feature');
    const commit = headOf(w.repo);
    expect((await w.fs(['trails', 'begin', ...T, '--commit', commit, '--git-branch', 'feature-y'])).code).toBe(0);
    git(w.repo, 'checkout', '-q', 'main');
    git(w.repo, 'merge', '-q', '--ff-only', 'feature-y');
    const gate = await w.fs(['gate', '--commit', commit, '--json']);
    expect(gate.code).toBe(1);
    expect(jsonOf<{ flows: { flow: string; decision: string }[] }>(gate, 'gate').flows).toContainEqual(expect.objectContaining({ flow: FLOW, decision: 'GATE_BLOCKED' }));
  });

  it('a commit on a branch no flow applies to is blocked unless the config allows unscoped commits', async () => {
    const w = await workspace();
    const scoped = configText(w.key).replace(/    require: \[unit-tests\]\n/, '    require: [unit-tests]\n    branches: [main]\n').replace('    approval: { required: true, approvers: [alice], min: 1 }\n', '    approval: { required: true, approvers: [alice], min: 1 }\n    branches: [main]\n');
    commitConfig(w.repo, scoped);
    const commit = headOf(w.repo);
    const gate = await w.fs(['gate', '--commit', commit, '--git-branch', 'docs']);
    expect(gate.code).toBe(1);
    expect(gate.stdout).toContain('no flow applies to this commit (on docs), so nothing vouches for it: blocked');
    commitConfig(w.repo, `${scoped}gate: { allow_unscoped: true }\n`);
    expect((await w.fs(['gate', '--commit', commit, '--git-branch', 'docs'])).code).toBe(0);
  });
});
