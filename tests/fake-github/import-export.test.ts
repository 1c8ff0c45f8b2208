// Seeding the fake from a real repository and writing it back: the same objects, byte for byte.
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, tempDir, tempRepo, testKey, verifyCommitWithGit } from '../helpers/git.js';
import { restClient } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { exported, fsck, gitOut } from '../helpers/fake-github/real-git.js';

let gh: FakeGitHub;
let source: string;
const key = testKey('ci@acme');

/** A repository whose `facts` branch has folders, modes, a symlink, a merge and an SSH-signed commit. */
function sourceRepo(): string {
  const dir = tempRepo();
  const keyFile = path.join(tempDir(), 'signing_key');
  writeFileSync(keyFile, key.privateKey, { mode: 0o600 });
  const commit = (message: string, ...extra: string[]) =>
    git(dir, '-c', 'user.name=ci', '-c', 'user.email=ci@acme', '-c', 'gpg.format=ssh', '-c', `user.signingkey=${keyFile}`, 'commit', '-q', ...extra, '-m', message);
  git(dir, 'checkout', '-q', '-b', 'facts');
  mkdirSync(path.join(dir, 'trails/payments'), { recursive: true });
  writeFileSync(path.join(dir, 'trails/payments/b1.ndjson'), '{"kind":"trail"}\n');
  writeFileSync(path.join(dir, 'run.sh'), '#!/bin/sh\n');
  chmodSync(path.join(dir, 'run.sh'), 0o755);
  symlinkSync('trails/payments/b1.ndjson', path.join(dir, 'latest'));
  git(dir, 'add', '.');
  commit('facts 1');
  git(dir, 'checkout', '-q', '-b', 'side');
  writeFileSync(path.join(dir, 'side.txt'), 'side\n');
  git(dir, 'add', '.');
  commit('side');
  git(dir, 'checkout', '-q', 'facts');
  git(dir, '-c', 'user.name=ci', '-c', 'user.email=ci@acme', 'merge', '-q', '--no-ff', '-m', 'merge side', 'side');
  writeFileSync(path.join(dir, 'trails/payments/b1.ndjson'), '{"kind":"trail"}\n{"kind":"attestation"}\n');
  git(dir, 'add', '.');
  commit('facts 2 (signed)', '-S');
  return dir;
}

beforeAll(async () => {
  gh = await startFakeGitHub();
  source = sourceRepo();
});
afterAll(() => gh.close());

describe('import and export', () => {
  it('imports every object of the repository and points the branch at its tip', async () => {
    gh.createRepo('acme/imported');
    const { objects, tip } = await gh.importFromGit('acme/imported', source, 'facts');
    expect(tip).toBe(git(source, 'rev-parse', 'facts').trim());
    expect(objects).toBe(git(source, 'cat-file', '--batch-all-objects', '--batch-check').trim().split('\n').length);
    for (const line of git(source, 'rev-list', '--objects', 'facts').trim().split('\n')) {
      expect(gh.repository('acme/imported').object(line.slice(0, 40))).toBeDefined();
    }
    const api = restClient(gh.url, gh.token);
    expect((await api('GET', '/repos/acme/imported/git/ref/heads/facts')).data).toMatchObject({ object: { sha: tip } });
    const file = (await api('GET', '/repos/acme/imported/contents/trails/payments/b1.ndjson?ref=facts')).data as { content: string };
    expect(Buffer.from(file.content, 'base64').toString()).toBe('{"kind":"trail"}\n{"kind":"attestation"}\n');
    expect((await api('GET', `/repos/acme/imported/git/commits/${tip}`)).data).toMatchObject({ verification: { reason: 'unknown_key' } });
  });

  it('exports the same objects git had: same ids, fsck --strict clean, the signature still verifies', async () => {
    const dir = await exported(gh, 'acme/imported');
    const objects = (d: string) => git(d, 'rev-list', '--objects', 'facts').trim().split('\n').sort();
    expect(objects(dir)).toEqual(objects(source));
    expect(gitOut(dir, ['rev-parse', 'facts'])).toBe(gitOut(source, ['rev-parse', 'facts']));
    expect(fsck(dir)).toMatchObject({ status: 0 });
    expect(verifyCommitWithGit(dir, 'facts', [key.signer]).status).toBe(0);
    expect(gitOut(dir, ['ls-tree', 'facts', 'run.sh', 'latest'])).toMatch(/^120000 blob \w+\tlatest\n100755 blob \w+\trun.sh$/);
  });

  it('takes new commits over HTTP on top of an imported branch, which git then reads', async () => {
    const api = restClient(gh.url, gh.token);
    const tip = gh.ref('acme/imported', 'heads/facts') as string;
    const base = ((await api('GET', `/repos/acme/imported/git/commits/${tip}`)).data as { tree: { sha: string } }).tree.sha;
    const tree = (await api('POST', '/repos/acme/imported/git/trees', { base_tree: base, tree: [{ path: 'trails/payments/b2.ndjson', mode: '100644', type: 'blob', content: '{}\n' }] })).data as { sha: string };
    const commit = (await api('POST', '/repos/acme/imported/git/commits', { message: 'facts 3\n', tree: tree.sha, parents: [tip] })).data as { sha: string };
    expect((await api('PATCH', '/repos/acme/imported/git/refs/heads/facts', { sha: commit.sha })).status).toBe(200);
    const dir = await exported(gh, 'acme/imported');
    expect(fsck(dir)).toMatchObject({ status: 0 });
    expect(gitOut(dir, ['log', '--format=%s', '-2', 'facts']).split('\n')).toEqual(['facts 3', 'facts 2 (signed)']);
    expect(gitOut(dir, ['ls-tree', '-r', '--name-only', 'facts', 'trails'])).toBe('trails/payments/b1.ndjson\ntrails/payments/b2.ndjson');
  });

  it('answers List commits with a path as git log --first-parent does, over the imported commits and the ones taken since', async () => {
    const api = restClient(gh.url, gh.token);
    const dir = await exported(gh, 'acme/imported');
    for (const file of ['trails', 'trails/payments', 'trails/payments/b1.ndjson', 'trails/payments/b2.ndjson', 'side.txt', 'run.sh', 'latest', 'trails/pay', 'nope']) {
      const listed = ((await api('GET', `/repos/acme/imported/commits?sha=facts&per_page=100&path=${encodeURIComponent(file)}`)).data as { sha: string }[]).map((c) => c.sha);
      const logged = gitOut(dir, ['log', '--first-parent', '--format=%H', 'facts', '--', file]);
      expect(listed, file).toEqual(logged === '' ? [] : logged.split('\n'));
    }
  });

  it('refuses a branch the repository does not have', async () => {
    gh.createRepo('acme/none');
    await expect(gh.importFromGit('acme/none', source, 'nope')).rejects.toThrow();
  });
});
