// The config that decides is the one committed in the repository the CLI runs in, never its working
// tree: each attack below worked while the CLI read .github/factstore.yml from the working tree.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliContext } from '../../src/cli/context/context.js';
import type { AssertResult } from '../../src/core/evaluate/types.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { git, tempDir, tempRepo, testKey, type TestKey } from '../helpers/git.js';
import { cli, commitConfig, configText, DIGEST_A, factsTip, FLOW, headOf, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

const CONFIG = path.join('.github', 'factstore.yml');
const DIFFERS = /\.github\/factstore\.yml in the working tree differs from the config committed at HEAD \([0-9a-f]{12}\), which is what decides: commit it .* or pass --config \.github\/factstore\.yml/;

/** The working-tree config edited, as an attacker (or a forgetful author) leaves it, uncommitted. */
function editWorkingConfig(w: Workspace, text: string): void {
  writeFileSync(path.join(w.repo, CONFIG), text);
}

/** The committed config plus the intruder's key (and, when given, a key of the intruder's that may approve as alice). */
function withSigner(w: Workspace, intruder: TestKey, extra = '', asAlice?: TestKey): string {
  const alice = asAlice === undefined ? '' : `    - { principal: mallory-as-alice, key: "${asAlice.publicKey}", actors: [alice] }\n`;
  return configText(w.key, extra).replace('trust:\n  signers:\n', `trust:\n  signers:\n    - { principal: mallory, key: "${intruder.publicKey}" }\n${alice}`);
}

/** An attestation appended to the facts branch in a commit signed by `key`. */
async function forgeAttestation(repo: string, key: TestKey, trail: string, branch = 'factstore'): Promise<string> {
  const store = new LocalGitStore({ dir: repo, branch, signer: sshSigner(key.privateKey) });
  const fact = makeFact({ kind: 'attestation', flow: FLOW, trail, type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'mallory', ts: new Date().toISOString() });
  const { commit } = await store.append({ facts: [fact] });
  return commit ?? '';
}

/** Branch `forged`: a COMPLIANT trail for DIGEST_A, every fact signed by the intruder, written through --config. */
async function forgedBranch(w: Workspace, intruder: TestKey, asAlice: TestKey): Promise<string> {
  const file = path.join(tempDir(), 'forged.yml');
  writeFileSync(file, withSigner(w, intruder, 'facts: { branch: forged }\n', asAlice));
  const as = (args: string[], key = intruder, actor = 'mallory') => cli(['--config', file, ...args], { cwd: w.repo, env: { FACTSTORE_SIGNING_KEY: key.privateKey, FACTSTORE_ACTOR: actor } });
  const T = ['--flow', FLOW, '--trail', 'f1'];
  for (const args of [['init'], ['trails', 'begin', ...T], ['artifacts', 'create', ...T, '--name', 'app', '--sha256', DIGEST_A]]) expect((await as(args)).code).toBe(0);
  for (const type of ['unit-tests', 'vulnerability-scan']) expect((await as(['attest', ...T, '--type', type, '--status', 'PASSED'])).code).toBe(0);
  expect((await as(['approve', ...T], asAlice, 'alice')).code).toBe(0);
  return file;
}

describe('the committed config decides, not the working tree', () => {
  it('a signer added to the working-tree config does not make verify accept a forged commit', async () => {
    const w = await workspace();
    await startTrail(w, 't1');
    const intruder = testKey('mallory');
    const forged = await forgeAttestation(w.repo, intruder, 't1');
    editWorkingConfig(w, withSigner(w, intruder));

    const r = await w.fs(['verify', '--json']);
    expect(r.code).toBe(3);
    const report = jsonOf<{ ok: boolean; problems: { commit?: string }[] }>(r, 'verify');
    expect(report.problems.some((p) => p.commit === forged)).toBe(true);
    expect(r.stderr).toMatch(DIFFERS);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a working-tree facts.branch pointing at a forged branch does not change assert', async () => {
    const w = await workspace();
    const intruder = testKey('mallory');
    const asAlice = testKey('mallory-as-alice');
    const forgedConfig = await forgedBranch(w, intruder, asAlice);
    // the forgery itself is real: given explicitly, it is COMPLIANT, and named as the trust root
    const explicit = await cli(['--config', forgedConfig, 'assert', '--flow', FLOW, '--sha256', DIGEST_A, '--json'], { cwd: w.repo });
    expect(jsonOf<AssertResult>(explicit, 'assert').status).toBe('COMPLIANT');
    expect(explicit.stderr).toContain(`trust root: ${forgedConfig}, given with --config: not reviewed config`);

    editWorkingConfig(w, withSigner(w, intruder, 'facts: { branch: forged }\n', asAlice));
    const r = await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_A, '--json']);
    expect(r.code).toBe(1);
    expect(jsonOf<AssertResult>(r, 'assert')).toMatchObject({ status: 'NON_COMPLIANT', details: expect.stringMatching(/not found/) as unknown });
    expect(r.stderr).toMatch(DIFFERS);
  });

  it('a config committed on a feature branch does not decide in a clone: origin/HEAD does', async () => {
    const w = await workspace();
    await startTrail(w, 't1');
    const clone = tempDir();
    git(clone, 'clone', '-q', w.repo, '.');
    git(clone, 'branch', 'factstore', 'origin/factstore');
    git(clone, 'checkout', '-q', '-b', 'feature');
    const intruder = testKey('mallory');
    const featureConfig = commitConfig(clone, withSigner(w, intruder));
    const forged = await forgeAttestation(clone, intruder, 't1');

    const r = await cli(['verify', '--json'], { cwd: clone });
    expect(r.code).toBe(3);
    expect(jsonOf<{ problems: { commit?: string }[] }>(r, 'verify').problems.some((p) => p.commit === forged)).toBe(true);
    expect(r.stderr).toMatch(/in the working tree differs from the config committed at origin\/HEAD/);

    // asking for the feature branch's config is explicit, and the trust root names it
    const ctx = new CliContext(io(clone), { json: true, configRef: 'HEAD' }, () => Promise.resolve(0));
    expect(await ctx.trustRoot()).toEqual({ source: 'ref', ref: 'HEAD', commit: featureConfig, path: '.github/factstore.yml' });
    expect((await cli(['--config-ref', 'HEAD', 'verify'], { cwd: clone })).code).toBe(0);
  });

  it('replacement refs cannot swap the committed config', async () => {
    const w = await workspace();
    await startTrail(w, 't1');
    const reviewed = headOf(w.repo);
    const intruder = testKey('mallory');
    const other = commitConfig(w.repo, withSigner(w, intruder));
    git(w.repo, 'reset', '-q', '--hard', reviewed);
    git(w.repo, 'replace', reviewed, other);
    expect(git(w.repo, 'show', `HEAD:${CONFIG}`)).toContain('mallory'); // git itself now shows the other config
    await forgeAttestation(w.repo, intruder, 't1');
    const r = await w.fs(['verify']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('');
  });

  it('reads the config of the repository from a subdirectory, whatever --store points at', async () => {
    const w = await workspace();
    const sub = path.join(w.repo, 'src', 'deep');
    mkdirSync(sub, { recursive: true });
    const r = await cli(['--store', w.repo, 'flows', 'list', '--json'], { cwd: sub, env: w.env });
    expect(r.code).toBe(0);
    expect(jsonOf<{ configFile: string }>(r, 'flows-list').configFile).toBe('HEAD:.github/factstore.yml');
    expect(r.stderr).toBe('');
  });
});

describe('--config FILE and --config-ref REF', () => {
  it('--config FILE decides and is named as the trust root on stderr, stdout staying one JSON document', async () => {
    const w = await workspace();
    const file = path.join(tempDir(), 'local.yml');
    writeFileSync(file, configText(w.key).replace('other-service', 'local-only'));
    const r = await cli(['--config', file, 'flows', 'list', '--json'], { cwd: w.repo });
    expect(r.code).toBe(0);
    expect(jsonOf<{ configFile: string; flows: { name: string }[] }>(r, 'flows-list')).toMatchObject({ configFile: file, flows: [{ name: FLOW }, { name: 'local-only' }] });
    expect(r.stderr).toBe(`factstore: trust root: ${file}, given with --config: not reviewed config\n`);
    const ctx = new CliContext(io(w.repo), { json: false, config: file }, () => Promise.resolve(0));
    expect(await ctx.trustRoot()).toEqual({ source: 'file', path: file });
  });

  it('ctx.trustRoot() names the ref and commit the committed config was read at', async () => {
    const w = await workspace();
    const ctx = new CliContext(io(w.repo), { json: false }, () => Promise.resolve(0));
    expect(await ctx.trustRoot()).toEqual({ source: 'ref', ref: 'HEAD', commit: headOf(w.repo), path: '.github/factstore.yml' });
    const bare = new CliContext(io(tempDir()), { json: false }, () => Promise.resolve(0));
    expect(await bare.trustRoot()).toBeUndefined();
  });

  it('--config-ref reads an older commit of the config; gate --record names the config commit', async () => {
    const w = await workspace();
    const first = headOf(w.repo);
    commitConfig(w.repo, configText(w.key).replace('  other-service:\n    require: [unit-tests]\n', ''));
    const now = jsonOf<{ flows: { name: string }[] }>(await w.fs(['flows', 'list', '--json']), 'flows-list');
    expect(now.flows.map((f) => f.name)).toEqual([FLOW]);
    const old = await w.fs(['--config-ref', first, 'flows', 'list', '--json']);
    expect(jsonOf<{ configFile: string; flows: { name: string }[] }>(old, 'flows-list')).toMatchObject({ configFile: `${first}:.github/factstore.yml`, flows: [{ name: FLOW }, { name: 'other-service' }] });

    await startTrail(w, 't1');
    expect((await w.fs(['gate', '--record', '--flow', FLOW])).code).toBe(1);
    const decision = (await new LocalGitStore({ dir: w.repo }).readTrail(FLOW, 't1')).find((f) => f.kind === 'decision');
    expect(decision).toMatchObject({ configCommit: headOf(w.repo) });
  });

  it('--help documents --config-ref and what --config means', async () => {
    const help = await cli(['--help'], { cwd: tempDir() });
    expect(help.stdout).toMatch(/--config-ref REF +read \.github\/factstore\.yml as committed at REF .*\(default: origin\/HEAD, else HEAD\)/);
    expect(help.stdout).toMatch(/--config FILE +use this config file instead of the committed one; it is then named as the trust root/);
  });

  it('refuses a --config-ref that names no commit, and --config with --config-ref', async () => {
    const w = await workspace();
    const r = await w.fs(['--config-ref', 'no-such-branch', 'flows', 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--config-ref "no-such-branch" names no commit in .*: give a branch, tag or commit/);
    const dash = await w.fs(['--config-ref=--output=x', 'flows', 'list']);
    expect(dash.code).toBe(2);
    const both = await w.fs(['--config', CONFIG, '--config-ref', 'HEAD', 'flows', 'list']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
  });
});

describe('without a committed config', () => {
  it('a working-tree config that is not committed is an error saying to commit it or pass --config', async () => {
    const repo = tempRepo();
    const k = testKey();
    mkdirSync(path.join(repo, '.github'));
    writeFileSync(path.join(repo, CONFIG), configText(k));
    const r = await cli(['trails', 'begin', '--flow', FLOW], { cwd: repo, env: { FACTSTORE_SIGNING_KEY: k.privateKey } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^factstore: \.github\/factstore\.yml is in the working tree but not committed at HEAD \([0-9a-f]{12}\), and only committed config decides: commit it .*, or pass --config \.github\/factstore\.yml/);
    expect(r.stdout).toBe('');
    expect(factsTip(repo)).toBe('');
  });

  it('outside any git repository, without --config, is a clear error', async () => {
    const dir = tempDir();
    const r = await cli(['flows', 'list'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not in a git repository, so there is no committed config to read: .* or pass --config FILE/);
  });

  it('init writes the starter config to the working tree, says to commit it, and creates the branch', async () => {
    const repo = tempRepo();
    const k = testKey('ci@acme');
    const r = await cli(['init', '--json'], { cwd: repo, env: { FACTSTORE_SIGNING_KEY: k.privateKey, FACTSTORE_ACTOR: 'ci' } });
    expect(r.code).toBe(0);
    const doc = jsonOf<{ created: boolean; commit: string; configWritten: boolean; configFile: string; next: string[] }>(r, 'init');
    expect(doc).toMatchObject({ created: true, configWritten: true, configFile: path.join(repo, CONFIG) });
    expect(doc.next[0]).toMatch(/^commit \.github\/factstore\.yml \(through a reviewed pull request\): only committed config decides/);
    expect(r.stderr).toMatch(/warning: trust\.signers of \.github\/factstore\.yml is empty/);
    expect(factsTip(repo)).toBe(doc.commit);
    // until it is committed, commands that need it say so
    expect((await cli(['flows', 'list'], { cwd: repo })).stderr).toMatch(/not committed at HEAD/);
    git(repo, 'add', CONFIG);
    git(repo, '-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'config');
    expect((await cli(['flows', 'list'], { cwd: repo })).code).toBe(0);
  });
});

function io(cwd: string) {
  return { stdout: () => undefined, stderr: () => undefined, env: {}, cwd };
}
