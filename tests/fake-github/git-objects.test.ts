// The fake's blobs, trees and commits are git's: made over HTTP, exported, and judged by real git.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshSigner } from '../../src/core/signing/index.js';
import { tempDir, testKey, verifyCommitWithGit } from '../helpers/git.js';
import { restClient, type ApiCall } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { exported, fsck, gitOut } from '../helpers/fake-github/real-git.js';

let gh: FakeGitHub;
let api: ApiCall;
const REPO = '/repos/acme/app';

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.createRepo('acme/app');
  gh.putFiles('acme/app', 'main', { 'README.md': 'app\n' });
  api = restClient(gh.url, gh.token);
});
afterAll(() => gh.close());

const sha = (a: { data: unknown }): string => (a.data as { sha: string }).sha;

async function blob(content: string, encoding: 'utf-8' | 'base64' = 'utf-8'): Promise<string> {
  const r = await api('POST', `${REPO}/git/blobs`, { content, encoding });
  expect(r.status).toBe(201);
  return sha(r);
}

describe('blobs', () => {
  it('ids are git hash-object ids, for text and for binary bytes sent as base64', async () => {
    const dir = tempDir();
    gitOut(dir, ['init', '-q']);
    const binary = Buffer.from([0, 1, 2, 255, 10, 13, 0x80, 0x7f]);
    expect(await blob('héllo\nworld')).toBe(gitOut(dir, ['hash-object', '--stdin'], 'héllo\nworld'));
    expect(await blob(binary.toString('base64'), 'base64')).toBe(gitOut(dir, ['hash-object', '--stdin'], binary));
    expect(await blob('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });

  it('reads back base64 (wrapped at 60 columns, as GitHub does) and raw', async () => {
    const text = 'x'.repeat(100);
    const id = await blob(text);
    const r = await api('GET', `${REPO}/git/blobs/${id}`);
    const data = r.data as { content: string; encoding: string; size: number };
    expect(data).toMatchObject({ encoding: 'base64', size: 100, sha: id });
    expect(data.content.split('\n')[0]).toHaveLength(60);
    expect(Buffer.from(data.content, 'base64').toString()).toBe(text);
    const raw = await api('GET', `${REPO}/git/blobs/${id}`, undefined, { accept: 'application/vnd.github.raw+json' });
    expect(raw.raw.toString()).toBe(text);
    expect((await api('GET', `${REPO}/git/blobs/${'0'.repeat(40)}`)).status).toBe(404);
  });
});

describe('trees', () => {
  it('sorts and serialises entries as git mktree does, for every mode', async () => {
    const file = await blob('f\n');
    const target = await blob('README.md');
    const sub = sha(await api('POST', `${REPO}/git/trees`, { tree: [{ path: 'x', mode: '100644', type: 'blob', sha: file }] }));
    const gitlink = 'a'.repeat(40);
    // names chosen so that "a" (a folder, compared as "a/") sorts after "a.b" and "a-b" but before "a0"
    const entries = [
      { path: 'a0', mode: '100644', type: 'blob', sha: file },
      { path: 'a', mode: '040000', type: 'tree', sha: sub },
      { path: 'a.b', mode: '100755', type: 'blob', sha: file },
      { path: 'a-b', mode: '120000', type: 'blob', sha: target },
      { path: 'mod', mode: '160000', type: 'commit', sha: gitlink },
      { path: 'é.txt', mode: '100644', type: 'blob', sha: file },
    ];
    const r = await api('POST', `${REPO}/git/trees`, { tree: entries });
    expect(r.status).toBe(201);
    const dir = await exported(gh, 'acme/app');
    const lines = entries.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.path}`).reverse().join('\n');
    expect(sha(r)).toBe(gitOut(dir, ['mktree'], `${lines}\n`));
    expect(gitOut(dir, ['ls-tree', '--name-only', sha(r)]).split('\n')).toEqual(['a-b', 'a.b', 'a', 'a0', 'mod', '"\\303\\251.txt"']);
    expect(fsck(dir)).toMatchObject({ status: 0 });
  });

  it('merges nested paths into base_tree, deletes with sha null and drops folders left empty', async () => {
    const base = sha(await api('POST', `${REPO}/git/trees`, { tree: [
      { path: 'keep.txt', mode: '100644', type: 'blob', content: 'keep\n' },
      { path: 'gone/only.txt', mode: '100644', type: 'blob', content: 'gone\n' },
      { path: 'trails/f/t1.ndjson', mode: '100644', type: 'blob', content: '{"a":1}\n' },
    ] }));
    const r = await api('POST', `${REPO}/git/trees`, { base_tree: base, tree: [
      { path: 'trails/f/t2.ndjson', mode: '100644', type: 'blob', content: '{"b":2}\n' },
      { path: 'trails/f/t1.ndjson', mode: '100644', type: 'blob', content: '{"a":1}\n{"a":2}\n' },
      { path: 'gone/only.txt', mode: '100644', type: 'blob', sha: null },
    ] });
    expect(r.status).toBe(201);
    const dir = await exported(gh, 'acme/app');
    expect(gitOut(dir, ['ls-tree', '-r', '--name-only', sha(r)]).split('\n')).toEqual(['keep.txt', 'trails/f/t1.ndjson', 'trails/f/t2.ndjson']);
    expect(gitOut(dir, ['cat-file', 'blob', `${sha(r)}:trails/f/t1.ndjson`])).toBe('{"a":1}\n{"a":2}');
    const listed = (await api('GET', `${REPO}/git/trees/${sha(r)}?recursive=1`)).data as { tree: { path: string; type: string; mode: string }[]; truncated: boolean };
    expect(listed.truncated).toBe(false);
    expect(listed.tree.map((e) => `${e.mode} ${e.path}`)).toEqual(['100644 keep.txt', '040000 trails', '040000 trails/f', '100644 trails/f/t1.ndjson', '100644 trails/f/t2.ndjson']);
    expect(gitOut(dir, ['ls-tree', '-r', '-t', '--format=%(path)', sha(r)]).split('\n')).toEqual(listed.tree.map((e) => e.path));
  });

  it('truncates a recursive listing past the entry limit, as GitHub does past 100 000', async () => {
    const small = await startFakeGitHub({ treeEntryLimit: 2 });
    try {
      small.createRepo('acme/app');
      small.putFiles('acme/app', 'main', { 'a/1': '1', 'a/2': '2', b: 'b' });
      const r = await restClient(small.url, small.token)('GET', '/repos/acme/app/git/trees/main?recursive=1');
      expect(r.data).toMatchObject({ truncated: true, tree: [{ path: 'a' }, { path: 'a/1' }] });
      expect((r.data as { tree: unknown[] }).tree).toHaveLength(2);
    } finally {
      await small.close();
    }
  });

  it('answers 422 for a bad base tree, an unknown sha, sha with content, or deleting what is absent', async () => {
    const tree = (body: unknown) => api('POST', `${REPO}/git/trees`, body);
    expect((await tree({ base_tree: 'f'.repeat(40), tree: [] })).data).toMatchObject({ message: 'base_tree is not a valid tree oid' });
    expect((await tree({ tree: [{ path: 'x', mode: '100644', type: 'blob', sha: 'f'.repeat(40) }] })).status).toBe(422);
    expect((await tree({ tree: [{ path: 'x', mode: '100644', type: 'blob', sha: 'f'.repeat(40), content: 'x' }] })).status).toBe(422);
    expect((await tree({ tree: [{ path: 'nope.txt', mode: '100644', type: 'blob', sha: null }] })).status).toBe(422);
    expect((await tree({ tree: [{ path: 'x', mode: '100600', type: 'blob', content: 'x' }] })).status).toBe(422);
    expect(gh.takeSpecViolations().flatMap((v) => v.problems)).toEqual(['body/tree/0/mode must be one of ["100644","100755","040000","160000","120000"]']);
  });
});

describe('commits', () => {
  const author = { name: 'Ada', email: 'ada@example.com', date: '2026-11-23T10:00:00+12:00' };
  const committer = { name: 'CI Bot', email: 'ci@example.com', date: '2026-11-23T10:05:00Z' };

  it('are byte for byte what git commit-tree writes, message kept as given (no newline added)', async () => {
    const tree = sha(await api('POST', `${REPO}/git/trees`, { tree: [{ path: 'f.txt', mode: '100644', type: 'blob', content: 'f\n' }] }));
    const parent = gh.ref('acme/app', 'heads/main') as string;
    for (const message of ['no newline', 'subject\n\nbody\n']) {
      const r = await api('POST', `${REPO}/git/commits`, { message, tree, parents: [parent], author, committer });
      expect(r.status).toBe(201);
      expect(r.data).toMatchObject({ tree: { sha: tree }, parents: [{ sha: parent }], author: { name: 'Ada', date: '2026-11-22T22:00:00Z' }, verification: { verified: false, reason: 'unsigned' } });
      const out = await exported(gh, 'acme/app');
      const env = { GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.com', GIT_AUTHOR_DATE: '1795384800 +1200', GIT_COMMITTER_NAME: 'CI Bot', GIT_COMMITTER_EMAIL: 'ci@example.com', GIT_COMMITTER_DATE: '1795428300 +0000' };
      expect(sha(r)).toBe(gitOut(out, ['commit-tree', tree, '-p', parent, '-F', '-'], message, env));
      expect(fsck(out)).toMatchObject({ status: 0 });
    }
  });

  it('take the token user and now when author is absent, and the author when committer is', async () => {
    const tree = sha(await api('POST', `${REPO}/git/trees`, { tree: [] }));
    const data = (await api('POST', `${REPO}/git/commits`, { message: 'x', tree, author })).data as { author: unknown; committer: unknown };
    expect(data.committer).toEqual(data.author);
    const mine = (await api('POST', `${REPO}/git/commits`, { message: 'y', tree })).data as { author: { name: string; date: string } };
    expect(mine.author.name).toBe('Fake Bot');
    expect(Math.abs(Date.parse(mine.author.date) - Date.now())).toBeLessThan(60_000);
  });

  it('carry an SSH signature in gpgsig that git verify-commit accepts after export', async () => {
    const key = testKey('ci@acme');
    const tree = sha(await api('POST', `${REPO}/git/trees`, { tree: [{ path: 'facts.ndjson', mode: '100644', type: 'blob', content: '{"k":1}\n' }] }));
    const body = { message: 'Record facts\n', tree, parents: [gh.ref('acme/app', 'heads/main')], author, committer };
    const unsigned = sha(await api('POST', `${REPO}/git/commits`, body));
    // the bytes to sign are the commit as git stores it, read back by git itself
    const payload = gitOut(await exported(gh, 'acme/app'), ['cat-file', 'commit', unsigned]) + '\n';
    const signature = await sshSigner(key.privateKey).sign(Buffer.from(payload, 'utf8'));
    const r = await api('POST', `${REPO}/git/commits`, { ...body, signature });
    expect(r.data).toMatchObject({ verification: { verified: false, reason: 'unknown_key', signature, payload } });
    const dir = await exported(gh, 'acme/app');
    expect(gitOut(dir, ['cat-file', 'commit', sha(r)])).toContain('\ngpgsig -----BEGIN SSH SIGNATURE-----\n ');
    expect(verifyCommitWithGit(dir, sha(r), [key.signer]).status).toBe(0);
    expect(verifyCommitWithGit(dir, sha(r), [testKey('someone@else').signer]).status).not.toBe(0);
    expect(fsck(dir)).toMatchObject({ status: 0 });
    const read = (await api('GET', `${REPO}/git/commits/${sha(r)}`)).data;
    expect(read).toMatchObject({ sha: sha(r), message: 'Record facts', verification: { signature } });
  });

  it('answers 422 for an unknown tree or parent and 404 for an unknown commit', async () => {
    const tree = sha(await api('POST', `${REPO}/git/trees`, { tree: [] }));
    expect((await api('POST', `${REPO}/git/commits`, { message: 'm', tree: 'f'.repeat(40) })).data).toMatchObject({ message: 'Tree SHA does not exist' });
    expect((await api('POST', `${REPO}/git/commits`, { message: 'm', tree, parents: [tree] })).status).toBe(422);
    expect((await api('POST', `${REPO}/git/commits`, { message: 'm', tree, author: { ...author, date: 'yesterday' } })).status).toBe(422);
    expect(gh.takeSpecViolations().flatMap((v) => v.problems)).toEqual(['body/author/date must match format "date-time"', 'body/author/date "yesterday" is not YYYY-MM-DDTHH:MM:SSZ (no fractional seconds)']);
    expect((await api('GET', `${REPO}/git/commits/${'f'.repeat(40)}`)).status).toBe(404);
  });
});
