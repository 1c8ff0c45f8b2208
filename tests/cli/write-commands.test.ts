import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config/load-config.js';
import type { Fact } from '../../src/core/model/fact.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { evidencePath } from '../../src/core/store/layout.js';
import { git, tempDir, tempRepo, testKey, verifyCommitWithGit } from '../helpers/git.js';
import { cli, DIGEST_A, factsTip, FLOW, headOf, jsonOf, startTrail, workspace } from './helpers.js';

describe('keygen', () => {
  it('writes a 0600 key and its .pub, prints the allowed-signers line, and never overwrites', async () => {
    const dir = tempDir();
    const r = await cli(['keygen', '--out', 'k/ci-key', '--comment', 'ci@acme', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = jsonOf<{ privateKeyFile: string; publicKey: string; allowedSigner: string; principal: string }>(r, 'keygen');
    const file = path.join(dir, 'k', 'ci-key');
    expect(doc.privateKeyFile).toBe(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // the folder it created is private too (as ssh-keygen makes ~/.ssh)
    expect(statSync(path.join(dir, 'k')).mode & 0o777).toBe(0o700);
    expect(readFileSync(`${file}.pub`, 'utf8').trim()).toBe(doc.publicKey);
    expect(sshSigner(readFileSync(file, 'utf8')).publicKey).toBe(doc.publicKey);
    expect(doc.principal).toBe('ci@acme');
    expect(doc.allowedSigner).toMatch(/^ci@acme namespaces="git" ssh-ed25519 AAAA/);

    const human = await cli(['--actor', 'release-bot', 'keygen', '--out', 'other'], { cwd: dir });
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^release-bot namespaces="git" ssh-ed25519 /m);
    expect(human.stdout).toContain('trust.signers');

    const again = await cli(['keygen', '--out', 'k/ci-key'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(`${file}.pub`, 'utf8').trim()).toBe(doc.publicKey);
  });
});

describe('init', () => {
  it('creates the orphan facts branch and a valid starter config, then changes nothing when run again', async () => {
    const repo = tempRepo();
    const k = testKey('ci@acme');
    const env = { FACTSTORE_SIGNING_KEY: k.privateKey, FACTSTORE_ACTOR: 'ci' };
    const r = await cli(['init', '--json'], { cwd: repo, env });
    expect(r.code).toBe(0);
    const doc = jsonOf<{ created: boolean; commit: string; configWritten: boolean; trusted: boolean; next: string[] }>(r, 'init');
    expect(doc).toMatchObject({ created: true, configWritten: true, trusted: false });
    expect(doc.commit).toBe(factsTip(repo));
    expect(git(repo, 'rev-list', '--count', 'factstore').trim()).toBe('1');
    expect(verifyCommitWithGit(repo, doc.commit, [k.signer]).status).toBe(0);
    expect(doc.next.join('\n')).toContain(k.publicKey);
    // the line to trust the key names the principal keygen printed for it (its comment), not the actor
    expect(doc.next.join('\n')).toContain(`- { principal: ci@acme, key: "${k.publicKey}" }`);
    const written = readFileSync(path.join(repo, '.github', 'factstore.yml'), 'utf8');
    expect(() => parseConfig(written, 'starter')).not.toThrow();

    const again = await cli(['init'], { cwd: repo, env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already exists');
    expect(factsTip(repo)).toBe(doc.commit);
  });
});

describe('global flags', () => {
  it('--store, --config, --key, --branch and --actor work before or after the command, from any directory', async () => {
    const w = await workspace({ init: false });
    const keyFile = path.join(tempDir(), 'ci.key');
    writeFileSync(keyFile, w.key.privateKey, { mode: 0o600 });
    const where = ['--store', w.repo, '--config', path.join(w.repo, '.github', 'factstore.yml'), '--key', keyFile];
    const elsewhere = tempDir();
    const before = await cli([...where, '--branch', 'facts/audit', '--actor', 'bot', 'trails', 'begin', '--flow', FLOW, '--trail', 'b1', '--json'], { cwd: elsewhere });
    expect(before.code).toBe(0);
    expect(jsonOf<Fact>(before, 'trails-begin').actor).toBe('bot');
    const after = await cli(['attest', '--flow', FLOW, '--trail', 'b1', '--type', 'unit-tests', '--status', 'PASSED', ...where, '--branch', 'facts/audit'], { cwd: elsewhere });
    expect(after.code).toBe(0);
    expect(git(w.repo, 'rev-list', '--count', 'facts/audit').trim()).toBe('2');
    expect(factsTip(w.repo)).toBe('');
  });
});

describe('recording facts', () => {
  it('trails begin defaults the commit to HEAD and the trail to the commit; re-running it is a no-op', async () => {
    const w = await workspace();
    const head = headOf(w.repo);
    const r = await w.fs(['trails', 'begin', '--flow', FLOW, '--git-branch', 'main', '--author', 'dev', '--description', 'first', '--json']);
    expect(r.code).toBe(0);
    const fact = jsonOf<Fact>(r, 'trails-begin');
    expect(fact).toMatchObject({ kind: 'trail', flow: FLOW, trail: head, commit: head, gitBranch: 'main', author: 'dev', actor: 'ci' });
    const tip = factsTip(w.repo);
    expect(git(w.repo, 'log', '-1', '--format=%an', 'factstore').trim()).toBe('ci');

    const again = await w.fs(['trails', 'begin', '--flow', FLOW, '--json']);
    expect(again.code).toBe(0);
    expect(jsonOf<Fact>(again, 'trails-begin').id).toBe(fact.id);
    expect(factsTip(w.repo)).toBe(tip);

    const clash = await w.fs(['trails', 'begin', '--flow', FLOW, '--trail', head, '--commit', 'c'.repeat(40)]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('already started');
    expect(factsTip(w.repo)).toBe(tip);
  });

  it('artifacts create records a digest given or fingerprinted from a file', async () => {
    const w = await workspace();
    await startTrail(w, 't1');
    const r = await w.fs(['artifacts', 'create', '--flow', FLOW, '--trail', 't1', '--name', 'app', '--tag', '1.0', '--registry', 'ghcr.io/acme', '--sha256', DIGEST_A.toUpperCase().replace('SHA256:', ''), '--json']);
    expect(r.code).toBe(0);
    expect(jsonOf<Fact>(r, 'artifacts-create')).toMatchObject({ kind: 'artifact', artifact: DIGEST_A, name: 'app', tag: '1.0', registry: 'ghcr.io/acme' });

    writeFileSync(path.join(w.repo, 'app.bin'), 'binary\n');
    const f = await w.fs(['artifacts', 'create', '--flow', FLOW, '--trail', 't1', '--name', 'bin', '--file', 'app.bin', '--json']);
    expect(f.code).toBe(0);
    expect(jsonOf<Fact>(f, 'artifacts-create').artifact).toBe(`sha256:${sha256('binary\n')}`);
  });

  it('attest stores evidence bytes content-addressed and prints the recorded fact', async () => {
    const w = await workspace();
    await startTrail(w, 't1', DIGEST_A);
    writeFileSync(path.join(w.repo, 'report.xml'), '<testsuite tests="1"/>\n');
    const r = await w.fs([
      'attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--status', 'passed', '--evidence', 'report.xml',
      '--format', 'junit', '--artifact', DIGEST_A, '--details', 'ok', '--evidence-url', 'https://ci.example.com/runs/1', '--json',
    ]);
    expect(r.code).toBe(0);
    const fact = jsonOf<Extract<Fact, { kind: 'attestation' }>>(r, 'attest');
    const digest = `sha256:${sha256('<testsuite tests="1"/>\n')}`;
    expect(fact).toMatchObject({ kind: 'attestation', type: 'unit-tests', status: 'PASSED', artifact: DIGEST_A, details: 'ok' });
    expect(fact.evidence).toEqual([
      { name: 'report.xml', sha256: digest, size: 23, format: 'junit', summary: { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0 } },
    ]);
    expect(git(w.repo, 'show', `factstore:${evidencePath(digest)}`)).toBe('<testsuite tests="1"/>\n');

    const raw = await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'vulnerability-scan', '--status', 'FAILED', '--evidence', 'report.xml', '--format', 'raw', '--json']);
    expect(jsonOf<Extract<Fact, { kind: 'attestation' }>>(raw, 'attest').evidence[0]).toEqual({ name: 'report.xml', sha256: digest, size: 23, format: 'raw' });
  });

  it('attest with an idempotency key records once however often it runs', async () => {
    const w = await workspace();
    await startTrail(w, 't1');
    const args = ['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--status', 'PASSED', '--idempotency-key', 'run-7', '--json'];
    const first = jsonOf<Fact>(await w.fs(args), 'attest');
    const tip = factsTip(w.repo);
    const second = await w.fs(args, {});
    expect(second.code).toBe(0);
    expect(jsonOf<Fact>(second, 'attest')).toEqual(first);
    expect(factsTip(w.repo)).toBe(tip);
  });

  it('approve records APPROVED, or REJECTED with --reject, by a listed approver; anyone else is refused', async () => {
    const w = await workspace();
    await startTrail(w, 't1');
    const ok = await w.fs(['approve', '--flow', FLOW, '--trail', 't1', '--comment', 'fine', '--json'], w.asAlice);
    expect(ok.code).toBe(0);
    expect(jsonOf<Fact>(ok, 'approve')).toMatchObject({ kind: 'approval', decision: 'APPROVED', actor: 'alice', comment: 'fine' });
    const refused = await w.fs(['approve', '--flow', FLOW, '--trail', 't1', '--reject', '--comment', 'no']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('ci is not an approver of flow payment-service');
    expect(refused.stdout).toBe('');
    const no = await w.fs(['--actor', 'Alice', 'approve', '--flow', FLOW, '--trail', 't1', '--reject', '--comment', 'flaky e2e', '--json'], w.asAlice);
    expect(no.code).toBe(0);
    expect(jsonOf<Fact>(no, 'approve')).toMatchObject({ decision: 'REJECTED', actor: 'Alice', comment: 'flaky e2e' });
    expect(git(w.repo, 'rev-list', '--count', 'factstore').trim()).toBe('4');
  });

  it('approve refuses to sign an approval with a key that has no authority for the approver: the CI key cannot approve for alice', async () => {
    const w = await workspace();
    await startTrail(w, 't1');
    const tip = factsTip(w.repo);
    const forged = await w.fs(['--actor', 'alice', 'approve', '--flow', FLOW, '--trail', 't1']);
    expect(forged.code).toBe(2);
    expect(forged.stderr).toContain("ci@acme's key may not record approval facts");
    expect(forged.stderr).toContain("sign with alice's own key");
    expect(factsTip(w.repo)).toBe(tip);
    // alice's key speaks for alice only
    const forBob = await w.fs(['--actor', 'bob', 'approve', '--flow', FLOW, '--trail', 't1'], { ...w.asAlice, FACTSTORE_ACTOR: 'bob' });
    expect(forBob.code).toBe(2);
  });
});

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
