// `factstore doctor` on purpose-built broken set-ups: each finds its problem (exit 1) and says what
// to do; a healthy set-up is all OK (exit 0). GitHub is the fake, with its rulesets and protection routes.
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { setBranchRules, setClassicProtection } from '../helpers/fake-github/routes-protection.js';
import { git, tempDir, tempRepo, testKey } from '../helpers/git.js';
import { ALICE, cli, commitConfig, jsonOf, workspace, type CliResult, type Workspace } from './helpers.js';

interface Report {
  ok: boolean;
  network: { used: boolean; note: string };
  checks: { id: string; status: 'OK' | 'PROBLEM' | 'SKIPPED'; message: string; fix?: string }[];
}

const report = (r: CliResult): Report => jsonOf<Report>(r, 'doctor');
const check = (r: CliResult, id: string): Report['checks'][number] => {
  const found = report(r).checks.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no ${id} check in ${r.stdout}`);
  return found;
};
/** The ids of the checks that are PROBLEMs. */
const problems = (r: CliResult): string[] => report(r).checks.filter((c) => c.status === 'PROBLEM').map((c) => c.id);

let w: Workspace;

beforeAll(async () => {
  w = await workspace();
});

const doctor = (args: string[] = [], extra: Record<string, string | undefined> = {}, cwd = w.repo) =>
  cli(['doctor', '--json', ...args], { cwd, env: { ...w.env, PATH: process.env.PATH, ...extra } });

describe('factstore doctor, locally', () => {
  it('a healthy set-up: every local check OK, GitHub SKIPPED and not contacted, exit 0', async () => {
    const r = await doctor();
    expect(r.code).toBe(0);
    expect(report(r).ok).toBe(true);
    expect(report(r).checks.map((c) => [c.id, c.status])).toEqual([
      ['config', 'OK'], ['signing-key', 'OK'], ['facts-branch', 'OK'],
      ['branch-protection', 'SKIPPED'], ['token-permissions', 'SKIPPED'], ['app-installation', 'SKIPPED'],
    ]);
    expect(check(r, 'config').message).toMatch(/committed at HEAD \([0-9a-f]{12}\) is valid \(2 trusted signer\(s\), 2 flow\(s\), facts branch factstore\); the working tree agrees/);
    // what the key may do: the CI key records CI's facts, no person's approval
    expect(check(r, 'signing-key').message).toContain('is trusted as ci@acme (trust.signers[0]): it may record trail, artifact, attestation, snapshot, drift, decision, export facts; no approvals or bypasses');
    expect(report(r).network).toEqual({ used: false, note: 'the network was not used: pass --github, or a token, to check GitHub too' });
    const human = await cli(['doctor'], { cwd: w.repo, env: { ...w.env, PATH: process.env.PATH } });
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^OK {7}config {13}/m);
    expect(human.stdout).toContain('healthy: no problem found');
    expect(human.stdout + human.stderr).not.toContain(w.key.privateKey.split('\n')[1]);
  });

  it("a person's key: its actors' approvals and bypasses", async () => {
    const r = await doctor([], { FACTSTORE_SIGNING_KEY: ALICE.privateKey });
    expect(check(r, 'signing-key').message).toContain('trusted as alice@acme (trust.signers[1]): it may record approval, bypass facts; approvals and bypasses by alice');
  });

  it('a config in the working tree that was never committed', async () => {
    const repo = tempRepo();
    writeFileSync(path.join(repo, 'x'), '');
    commitConfig(repo, 'trust: { signers: [] }\nflows: {}\n');
    git(repo, 'rm', '-q', '--cached', '.github/factstore.yml');
    git(repo, '-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'drop the config');
    const r = await doctor([], {}, repo);
    expect(r.code).toBe(1);
    expect(check(r, 'config')).toMatchObject({
      status: 'PROBLEM',
      message: expect.stringMatching(/^\.github\/factstore\.yml is in the working tree but not committed at HEAD \([0-9a-f]{12}\), and only committed config decides$/) as string,
      fix: 'commit .github/factstore.yml through a reviewed pull request to the default branch',
    });
  });

  it('a working-tree config that differs from the committed one', async () => {
    const repo = tempRepo();
    const key = testKey('ci@acme');
    commitConfig(repo, `trust: { signers: [{ principal: ci@acme, key: "${key.publicKey}" }] }\nflows: {}\n`);
    writeFileSync(path.join(repo, '.github', 'factstore.yml'), 'trust: { signers: [] }\nflows: {}\n');
    const r = await doctor([], { FACTSTORE_SIGNING_KEY: key.privateKey }, repo);
    expect(r.code).toBe(1);
    expect(check(r, 'config')).toMatchObject({ status: 'PROBLEM', fix: 'commit the change through a reviewed pull request to the default branch, or discard it (git checkout -- .github/factstore.yml)' });
    expect(check(r, 'config').message).toContain('in the working tree differs from the config committed at HEAD');
    // the committed config still decides: the key is checked against it
    expect(check(r, 'signing-key').status).toBe('OK');
  });

  it('an invalid config: what is wrong, and to fix and commit it', async () => {
    const repo = tempRepo();
    commitConfig(repo, 'trust: { signers: 5 }\nflows: {}\n');
    const r = await doctor([], {}, repo);
    expect(r.code).toBe(1);
    expect(check(r, 'config').status).toBe('PROBLEM');
    expect(check(r, 'config').message).toMatch(/trust\/signers/);
    expect(check(r, 'config').fix).toBe('fix .github/factstore.yml and commit it through a reviewed pull request to the default branch');
    expect(check(r, 'signing-key')).toMatchObject({ status: 'SKIPPED', message: expect.stringContaining('its trust is not checked, as there is no valid config') as string });
  });

  it('a committed config that is a symbolic link: reported, and the other checks still run', async () => {
    const repo = tempRepo();
    mkdirSync(path.join(repo, '.github'));
    symlinkSync('../README.md', path.join(repo, '.github', 'factstore.yml'));
    git(repo, 'add', '.github/factstore.yml');
    git(repo, '-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'a link');
    const r = await doctor([], {}, repo);
    expect(r.code).toBe(1);
    expect(check(r, 'config')).toMatchObject({ status: 'PROBLEM', message: expect.stringMatching(/is not a plain file \(a symbolic link\): commit the config file itself there\.$/) as string });
    expect(report(r).checks).toHaveLength(6);
  });

  it('a key trust.signers does not list: the line to add, never the private key', async () => {
    const stranger = testKey('mallory');
    const r = await doctor([], { FACTSTORE_SIGNING_KEY: stranger.privateKey });
    expect(r.code).toBe(1);
    expect(problems(r)).toEqual(['signing-key']);
    expect(check(r, 'signing-key').message).toMatch(/^the signing key SHA256:\S+ \(FACTSTORE_SIGNING_KEY\) is not in trust\.signers/);
    expect(check(r, 'signing-key').fix).toContain(`- { principal: NAME, key: "${stranger.publicKey}" }`);
    expect(r.stdout + r.stderr).not.toContain(stranger.privateKey.split('\n')[1]);
  });

  it('a key that does not parse, and a --key file that is not there', async () => {
    const r = await doctor([], { FACTSTORE_SIGNING_KEY: '-----BEGIN OPENSSH PRIVATE KEY-----\nbm90IGEga2V5\n-----END OPENSSH PRIVATE KEY-----\n' });
    expect(r.code).toBe(1);
    expect(check(r, 'signing-key')).toMatchObject({ status: 'PROBLEM', message: expect.stringContaining('(FACTSTORE_SIGNING_KEY) does not parse: The signing key is not an OpenSSH private key') as string });
    const missing = await doctor(['--key', 'nowhere/key']);
    expect(check(missing, 'signing-key')).toMatchObject({ status: 'PROBLEM', message: expect.stringMatching(/nowhere\/key\) cannot be read: ENOENT$/) as string });
  });

  it('--config FILE: only its validity is checked, and it is named as an unreviewed trust root', async () => {
    const file = path.join(tempDir(), 'factstore.yml');
    writeFileSync(file, `trust: { signers: [{ principal: ci@acme, key: "${w.key.publicKey}" }] }\nflows: {}\n`);
    const r = await doctor(['--config', file]);
    expect(r.code).toBe(0);
    expect(check(r, 'config').message).toBe(`${file} is valid (1 trusted signer(s), 0 flow(s), facts branch factstore); given with --config, it is an unreviewed trust root: the committed config was not checked`);
    writeFileSync(file, 'flows: [\n');
    expect(check(await doctor(['--config', file]), 'config')).toMatchObject({ status: 'PROBLEM', fix: `fix ${file}` });
  });

  it('no signing key at all is SKIPPED, not a problem', async () => {
    const r = await doctor([], { FACTSTORE_SIGNING_KEY: undefined });
    expect(r.code).toBe(0);
    expect(check(r, 'signing-key')).toMatchObject({ status: 'SKIPPED', fix: 'pass --key PATH or set FACTSTORE_SIGNING_KEY to check the key that signs facts' });
  });

  it('no facts branch at all', async () => {
    const bare = await workspace({ init: false });
    const r = await doctor([], bare.env, bare.repo);
    expect(r.code).toBe(1);
    expect(problems(r)).toEqual(['facts-branch']);
    expect(check(r, 'facts-branch')).toMatchObject({
      message: 'there is no facts branch factstore, here or as origin/factstore',
      fix: 'if it exists on GitHub, git fetch origin factstore; otherwise the first write (factstore trails begin) creates it',
    });
  });

  it('only origin/factstore (a plain clone): OK, with a note', async () => {
    const clone = path.join(mkdtempSync(path.join(os.tmpdir(), 'factstore-doctor-')), 'app');
    git(path.dirname(clone), 'clone', '-q', w.repo, clone);
    const r = await doctor([], {}, clone);
    expect(r.code).toBe(0);
    expect(check(r, 'config').message).toMatch(/committed at origin\/HEAD/);
    expect(check(r, 'facts-branch')).toMatchObject({ status: 'OK', message: expect.stringMatching(/^the facts are read from origin\/factstore \(at [0-9a-f]{12}\): there is no local branch factstore \(a plain clone\)/) as string });
  });
});

describe('factstore doctor against GitHub (the fake)', () => {
  let gh: FakeGitHub;
  const appKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  let pemFile: string;

  beforeAll(async () => {
    gh = await startFakeGitHub();
    gh.createRepo('acme/app');
    gh.putFiles('acme/app', 'factstore', { 'README.md': 'facts\n' });
    gh.addToken('ghp_readOnly', { contents: 'read' });
    pemFile = path.join(tempDir(), 'app.pem');
    writeFileSync(pemFile, appKey);
  });
  afterAll(() => gh.close());

  const onGitHub = (args: string[] = [], extra: Record<string, string | undefined> = {}) => doctor(['--repo', 'acme/app', ...args], { GITHUB_API_URL: gh.url, GITHUB_TOKEN: gh.token, ...extra });

  it('without --github or a token, GitHub is not contacted', async () => {
    gh.resetRequests();
    const r = await doctor(['--repo', 'acme/app'], { GITHUB_API_URL: gh.url });
    expect(report(r).network.used).toBe(false);
    expect(gh.requests).toEqual([]);
  });

  it('an unprotected facts branch', async () => {
    const r = await onGitHub();
    expect(r.code).toBe(1);
    expect(problems(r)).toEqual(['branch-protection']);
    expect(check(r, 'branch-protection')).toMatchObject({ message: 'acme/app:factstore has no protection against force push or deletion (Branch not protected)' });
    expect(check(r, 'branch-protection').fix).toMatch(/^add a branch ruleset targeting it with "Block force pushes" and "Restrict deletions"/);
    expect(report(r).network).toEqual({ used: true, note: `GitHub was contacted at ${gh.url} about acme/app (a token was given)` });
  });

  it('a ruleset that blocks force push and deletion: OK, without reading classic protection', async () => {
    setBranchRules(gh.repository('acme/app'), 'factstore', ['non_fast_forward', 'deletion']);
    gh.resetRequests();
    const r = await onGitHub(['--github']);
    expect(check(r, 'branch-protection')).toMatchObject({ status: 'OK', message: 'acme/app:factstore is protected against force push and deletion by a ruleset' });
    expect(gh.requests.map((q) => q.operation)).toEqual(['repos.getBranchRules', 'repos.get']);
    expect(r.code).toBe(0);
    setBranchRules(gh.repository('acme/app'), 'factstore', []);
  });

  it('a ruleset that blocks deletion only, and classic protection that allows force pushes', async () => {
    setBranchRules(gh.repository('acme/app'), 'factstore', ['deletion']);
    setClassicProtection(gh.repository('acme/app'), 'factstore', { allowForcePushes: true });
    const r = await onGitHub();
    expect(r.code).toBe(1);
    expect(check(r, 'branch-protection')).toMatchObject({ status: 'PROBLEM', message: 'acme/app:factstore allows force push: its branch protection does not block it' });
    setBranchRules(gh.repository('acme/app'), 'factstore', []);
    setClassicProtection(gh.repository('acme/app'), 'factstore', {});
    const fixed = await onGitHub();
    expect(check(fixed, 'branch-protection')).toMatchObject({ status: 'OK', message: 'acme/app:factstore is protected against force push and deletion by classic branch protection' });
  });

  it('a read-only token: it cannot write facts, and cannot read classic protection', async () => {
    const r = await onGitHub([], { GITHUB_TOKEN: 'ghp_readOnly' });
    expect(r.code).toBe(1);
    expect(check(r, 'token-permissions')).toMatchObject({ status: 'PROBLEM', message: 'the token can read acme/app but not write to it' });
    expect(check(r, 'token-permissions').fix).toContain('Contents: read and write');
    // the branch has classic protection (set above): its settings need administration rights, as a
    // workflow's GITHUB_TOKEN never has, but whether it is protected at all is readable
    expect(check(r, 'branch-protection')).toMatchObject({ status: 'OK' });
    expect(check(r, 'branch-protection').message).toContain('acme/app:factstore has classic branch protection, which blocks force push and deletion unless "Allow force pushes" or "Allow deletions" is ticked');
    expect(check(r, 'branch-protection').message).toContain('this token cannot read those settings (403: Resource not accessible by integration)');
    expect(r.stdout + r.stderr).not.toContain('ghp_readOnly');
  });

  it('a read-only token on an unprotected branch: still a PROBLEM, told from "Get a branch"', async () => {
    gh.createRepo('acme/open');
    gh.putFiles('acme/open', 'factstore', { 'README.md': 'facts\n' });
    const r = await doctor(['--repo', 'acme/open'], { GITHUB_API_URL: gh.url, GITHUB_TOKEN: 'ghp_readOnly' });
    expect(check(r, 'branch-protection')).toMatchObject({
      status: 'PROBLEM',
      message: 'acme/open:factstore has no protection against force push or deletion: no ruleset blocks it and the branch is not protected',
    });
  });

  it('App credentials of an App not installed on the facts repository', async () => {
    gh.addAppInstallation({ appId: 4242, key: appKey, installationId: 99, repos: ['acme/other'] });
    const r = await onGitHub(['--app-id', '4242', '--private-key', pemFile]);
    expect(r.code).toBe(1);
    expect(check(r, 'app-installation')).toMatchObject({ status: 'PROBLEM', message: 'the App is not installed on acme/app' });
    expect(check(r, 'app-installation').fix).toMatch(/^install it on acme\/app/);
    expect(gh.requests.filter((q) => q.operation === 'apps.getRepoInstallation').map((q) => q.status)).toEqual([404]);
  });

  it('a healthy set-up on GitHub: every check OK, exit 0', async () => {
    setClassicProtection(gh.repository('acme/app'), 'factstore', {});
    gh.addAppInstallation({ appId: 4343, key: appKey, installationId: 100, repos: ['acme/app'] });
    const r = await onGitHub(['--app-id', '4343', '--private-key', pemFile]);
    expect(report(r).checks.map((c) => c.status)).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'OK']);
    expect(check(r, 'app-installation').message).toBe('the App is installed on acme/app (installation 100)');
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(gh.token);
  });

  it('the repository from the origin remote when --repo is not given', async () => {
    const clone = path.join(mkdtempSync(path.join(os.tmpdir(), 'factstore-doctor-')), 'app');
    git(path.dirname(clone), 'clone', '-q', w.repo, clone);
    git(clone, 'remote', 'set-url', 'origin', 'git@github.com:acme/app.git');
    const r = await doctor([], { GITHUB_API_URL: gh.url, GITHUB_TOKEN: gh.token }, clone);
    expect(report(r).network.note).toContain('about acme/app');
  });
});
