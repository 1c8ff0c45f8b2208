// Writers sign only with a key trust.signers lists: facts signed by any other key would not count.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/model/fact.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { git, tempRepo, testKey, type TestKey } from '../helpers/git.js';
import { cli, commitConfig, configText, DIGEST_A, factsTip, FLOW, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

const T = ['--flow', FLOW, '--trail', 't1'];

describe('a key trust.signers does not list', () => {
  let w: Workspace;
  let stranger: TestKey;
  beforeAll(async () => {
    w = await workspace();
    await startTrail(w, 't1', DIGEST_A);
    writeFileSync(path.join(w.repo, 'report.xml'), '<testsuite tests="1"><testcase name="a"/></testsuite>\n');
    stranger = testKey('stranger@acme');
  });

  const writes: { name: string; args: string[]; actor?: string }[] = [
    { name: 'trails begin', args: ['trails', 'begin', '--flow', FLOW, '--trail', 't2'] },
    { name: 'artifacts create', args: ['artifacts', 'create', ...T, '--name', 'app', '--sha256', DIGEST_A] },
    { name: 'attest (with evidence)', args: ['attest', ...T, '--type', 'unit-tests', '--evidence', 'report.xml'] },
    { name: 'approve', args: ['approve', ...T], actor: 'alice' },
    { name: 'gate --record', args: ['gate', '--record'] },
  ];

  it.each(writes)('$name is refused with exit 2, naming the key and how to trust it; nothing is written', async ({ args, actor }) => {
    const before = factsTip(w.repo);
    const objects = git(w.repo, 'count-objects').trim();
    const r = await w.fs([...args, '--json'], { FACTSTORE_SIGNING_KEY: stranger.privateKey, ...(actor !== undefined ? { FACTSTORE_ACTOR: actor } : {}) });
    expect(r.code).toBe(2);
    // with --json, the error is the one document on stdout
    expect(jsonOf<{ error: { code: string; exitCode: number } }>(r, 'error').error).toMatchObject({ code: 'KEY', exitCode: 2 });
    const fingerprint = sshSigner(stranger.privateKey).fingerprint;
    expect(r.stderr).toContain(`the signing key ${fingerprint} (${stranger.publicKey}) is not in trust.signers of HEAD:.github/factstore.yml`);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(r.stderr).toMatch(/under trust\.signers through a reviewed pull request: {2}- \{ principal: \w+, key: "ssh-ed25519 /);
    expect(r.stderr).not.toContain('PRIVATE KEY');
    expect(r.stderr).not.toContain(stranger.privateKey.split('\n')[1] ?? 'x');
    expect(factsTip(w.repo)).toBe(before);
    expect(git(w.repo, 'count-objects').trim()).toBe(objects); // not even a loose blob
  });

  it('the same commands with the listed key still write', async () => {
    const before = factsTip(w.repo);
    const r = await w.fs(['attest', ...T, '--type', 'unit-tests', '--evidence', 'report.xml', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(factsTip(w.repo)).not.toBe(before);
  });

  it('init refuses to create the facts branch with it, and changes nothing when the branch exists', async () => {
    const repo = tempRepo();
    const owner = testKey('ci@acme');
    commitConfig(repo, configText(owner));
    const refused = await cli(['init'], { cwd: repo, env: { FACTSTORE_SIGNING_KEY: stranger.privateKey, FACTSTORE_ACTOR: 'dev' } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not in trust.signers of HEAD:.github/factstore.yml');
    expect(factsTip(repo)).toBe('');

    expect((await cli(['init'], { cwd: repo, env: { FACTSTORE_SIGNING_KEY: owner.privateKey } })).code).toBe(0);
    const tip = factsTip(repo);
    const again = await cli(['init', '--json'], { cwd: repo, env: { FACTSTORE_SIGNING_KEY: stranger.privateKey } });
    expect(again.code).toBe(0);
    expect(jsonOf<{ created: boolean; trusted: boolean }>(again, 'init')).toMatchObject({ created: false, trusted: false });
    expect(factsTip(repo)).toBe(tip);
  });
});

describe('bootstrap: trust.signers is empty', () => {
  it('the write goes ahead with a warning on stderr that its facts will not count until the key is added', async () => {
    const repo = tempRepo();
    const k = testKey('ci@acme');
    commitConfig(repo, configText(k).replace(/trust:\n {2}signers:\n( {4}- .*\n)+/, 'trust:\n  signers: []\n'));
    const env = { FACTSTORE_SIGNING_KEY: k.privateKey, FACTSTORE_ACTOR: 'ci' };
    const init = await cli(['init'], { cwd: repo, env });
    expect(init.code).toBe(0);
    const r = await cli(['trails', 'begin', ...T, '--json'], { cwd: repo, env });
    expect(r.code).toBe(0);
    expect(jsonOf<Fact>(r, 'trails-begin').kind).toBe('trail');
    const fingerprint = sshSigner(k.privateKey).fingerprint;
    expect(r.stderr).toBe(
      `factstore: warning: trust.signers of HEAD:.github/factstore.yml is empty, so no facts count yet: this write is signed with the key ${fingerprint}, ` +
        `and its facts will not count until that key is added under trust.signers through a reviewed pull request:  - { principal: ci, key: "${k.publicKey}" }\n`,
    );
    expect(git(repo, 'rev-list', '--count', 'factstore').trim()).toBe('2');
  });
});
