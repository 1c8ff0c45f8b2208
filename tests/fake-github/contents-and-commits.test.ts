// The contents API (files, folders, raw bytes) and the commits API (paging, paths, files), against git.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient, type ApiCall } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { exported, gitOut } from '../helpers/fake-github/real-git.js';

let gh: FakeGitHub;
let api: ApiCall;
let dir: string;
const binary = Buffer.from([0, 159, 146, 150, 10, 255]);
const big = Buffer.alloc(1024 * 1024 + 1, 'a');
const history: string[] = [];

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.createRepo('acme/app');
  gh.putFiles('acme/app', 'main', { '.github/factstore.yml': 'flows: {}\n', 'bin/blob.bin': binary, 'big.txt': big, 'b.txt': 'b\n', 'a/x.txt': 'x\n' });
  // seven commits on `facts`: odd ones touch trails/t.ndjson, even ones index/i.ndjson
  for (let i = 0; i < 7; i++) {
    const path = i % 2 === 1 ? 'trails/t.ndjson' : 'index/i.ndjson';
    const before = gh.readFile('acme/app', 'facts', path)?.toString() ?? '';
    history.unshift(gh.putFiles('acme/app', 'facts', { [path]: `${before}{"n":${i}}\n` }, { message: `fact ${i}\n`, date: new Date(Date.UTC(2026, 0, 1, 0, i)) }));
  }
  api = restClient(gh.url, gh.token);
  dir = await exported(gh, 'acme/app');
});
afterAll(() => gh.close());

describe('contents', () => {
  it('answers a file base64 encoded, with the blob id git has for it', async () => {
    const r = await api('GET', '/repos/acme/app/contents/.github%2Ffactstore.yml?ref=main');
    const data = r.data as { content: string };
    expect(r.data).toMatchObject({ type: 'file', encoding: 'base64', name: 'factstore.yml', path: '.github/factstore.yml', size: 10, sha: gitOut(dir, ['rev-parse', 'main:.github/factstore.yml']) });
    expect(Buffer.from(data.content, 'base64').toString()).toBe('flows: {}\n');
  });

  it('answers the raw bytes with application/vnd.github.raw', async () => {
    for (const accept of ['application/vnd.github.raw', 'application/vnd.github.raw+json']) {
      expect((await api('GET', '/repos/acme/app/contents/bin/blob.bin', undefined, { accept })).raw).toEqual(binary);
    }
  });

  it('answers a file over 1 MB with encoding "none" and no content, still whole as raw', async () => {
    expect((await api('GET', '/repos/acme/app/contents/big.txt')).data).toMatchObject({ encoding: 'none', content: '', size: big.length });
    expect((await api('GET', '/repos/acme/app/contents/big.txt', undefined, { accept: 'application/vnd.github.raw' })).raw.equals(big)).toBe(true);
  });

  it('answers a folder as an array of its entries, in git order', async () => {
    const names = (r: { data: unknown }) => (r.data as { name: string; type: string }[]).map((e) => `${e.type} ${e.name}`);
    const root = await api('GET', '/repos/acme/app/contents/');
    expect(names(root)).toEqual(gitOut(dir, ['ls-tree', 'main']).split('\n').map((l) => `${l.includes(' tree ') ? 'dir' : 'file'} ${l.split('\t')[1]}`));
    expect(names(await api('GET', '/repos/acme/app/contents'))).toEqual(names(root));
    expect(names(await api('GET', '/repos/acme/app/contents/a'))).toEqual(['file x.txt']);
    const object = await api('GET', '/repos/acme/app/contents/a', undefined, { accept: 'application/vnd.github.object+json' });
    expect(object.data).toMatchObject({ type: 'dir', path: 'a', entries: [{ name: 'x.txt', path: 'a/x.txt' }] });
  });

  it('answers 404 for a missing path, and "No commit found for the ref" for an unknown ref', async () => {
    expect((await api('GET', '/repos/acme/app/contents/nope.txt')).status).toBe(404);
    expect((await api('GET', '/repos/acme/app/contents/b.txt/deeper')).status).toBe(404);
    expect((await api('GET', '/repos/acme/app/contents/b.txt?ref=nope')).data).toMatchObject({ message: 'No commit found for the ref nope' });
    expect((await api('GET', `/repos/acme/app/contents/trails/t.ndjson?ref=${history[0]}`)).status).toBe(200);
  });

  it('updates a file only with the sha of the version it replaces', async () => {
    const current = (await api('GET', '/repos/acme/app/contents/b.txt')).data as { sha: string };
    const put = (sha?: string) => api('PUT', '/repos/acme/app/contents/b.txt', { message: 'edit b', content: Buffer.from('b2\n').toString('base64'), ...(sha ? { sha } : {}) });
    expect((await put()).status).toBe(422);
    expect((await put('f'.repeat(40))).status).toBe(409);
    expect((await put(current.sha)).status).toBe(200);
    expect(gh.readFile('acme/app', 'main', 'b.txt')?.toString()).toBe('b2\n');
  });
});

describe('commits', () => {
  const shas = (r: { data: unknown }) => (r.data as { sha: string }[]).map((c) => c.sha);

  it('lists newest first, as git rev-list does, paged with a Link header', async () => {
    expect(history).toEqual(gitOut(dir, ['rev-list', '--first-parent', 'facts']).split('\n'));
    const first = await api('GET', '/repos/acme/app/commits?sha=facts&per_page=3');
    expect(shas(first)).toEqual(history.slice(0, 3));
    const link = first.headers.get('link') ?? '';
    expect(link).toContain('page=2>; rel="next"');
    expect(link).toContain('page=3>; rel="last"');
    const next = /<([^>]+)>; rel="next"/.exec(link)?.[1] ?? '';
    const second = await api('GET', next.slice(gh.url.length));
    expect(shas(second)).toEqual(history.slice(3, 6));
    const third = await api('GET', '/repos/acme/app/commits?sha=facts&per_page=3&page=3');
    expect(shas(third)).toEqual(history.slice(6));
    expect(third.headers.get('link')).toMatch(/rel="prev".*rel="first"/);
    expect((await api('GET', '/repos/acme/app/commits?sha=facts')).headers.get('link')).toBeNull();
  });

  it('without a path, lists every commit reachable, merged branches too, in git rev-list\'s order', async () => {
    const at = (minute: number) => ({ date: new Date(Date.UTC(2026, 1, 1, 0, minute)) });
    gh.setRef('acme/app', 'heads/side', history[3] ?? '');
    const side = [gh.putFiles('acme/app', 'side', { 'side.txt': '1\n' }, { message: 'side 1\n', ...at(1) }), gh.putFiles('acme/app', 'side', { 'side.txt': '2\n' }, { message: 'side 2\n', ...at(3) })];
    gh.setRef('acme/app', 'heads/merged', history[0] ?? '');
    const ours = gh.putFiles('acme/app', 'merged', { 'ours.txt': 'o\n' }, { message: 'ours\n', ...at(2) });
    const tree = gh.repository('acme/app').commit(ours)?.tree ?? '';
    const who = { name: 'M', email: 'm@acme.test', date: '2026-02-01T00:04:00Z' };
    const merge = ((await api('POST', '/repos/acme/app/git/commits', { message: 'merge\n', tree, parents: [ours, side[1]], author: who, committer: who })).data as { sha: string }).sha;
    gh.setRef('acme/app', 'heads/merged', merge);
    const listed = shas(await api('GET', '/repos/acme/app/commits?sha=merged&per_page=100'));
    expect(listed).toEqual(gitOut(await exported(gh, 'acme/app'), ['rev-list', 'merged']).split('\n'));
    expect(listed).toEqual(expect.arrayContaining([...side, ours, merge, ...history]));
    expect(listed).toHaveLength(history.length + 4);
  });

  it('lists only the commits that changed a path, as git rev-list -- path does', async () => {
    const r = await api('GET', '/repos/acme/app/commits?sha=facts&path=trails/t.ndjson');
    expect(shas(r)).toEqual(gitOut(dir, ['rev-list', '--first-parent', 'facts', '--', 'trails/t.ndjson']).split('\n'));
    expect(shas(r)).toHaveLength(3);
    expect((r.data as { commit: { message: string; author: { date: string } } }[])[0]?.commit).toMatchObject({ message: 'fact 5', author: { date: '2026-01-01T00:05:00Z' } });
  });

  it('leaves out the root commit when it does not hold the path, even when it holds the folder', async () => {
    // the root of `facts` wrote index/i.ndjson only: trails/ appears later
    for (const path of ['trails/t.ndjson', 'index/other.ndjson', 'index/i.ndjson']) {
      const r = await api('GET', `/repos/acme/app/commits?sha=facts&path=${path}`);
      const expected = gitOut(dir, ['rev-list', '--first-parent', 'facts', '--', path]).split('\n').filter((l) => l !== '');
      expect(shas(r)).toEqual(expected);
    }
  });

  it('does not list a commit that only created a folder on the way to the path, as git does not', async () => {
    // the first commit under deep/ adds a sibling: deep/b/f.txt was absent before and after it
    gh.setRef('acme/app', 'heads/deep', history.at(-1) ?? '');
    const sibling = gh.putFiles('acme/app', 'deep', { 'deep/a/s.txt': 's\n' }, { message: 'sibling\n' });
    const file = gh.putFiles('acme/app', 'deep', { 'deep/b/f.txt': 'f\n' }, { message: 'file\n' });
    const r = await api('GET', '/repos/acme/app/commits?sha=deep&path=deep/b/f.txt');
    expect(shas(r)).toEqual([file]);
    expect(shas(r)).toEqual(gitOut(await exported(gh, 'acme/app'), ['rev-list', '--first-parent', 'deep', '--', 'deep/b/f.txt']).split('\n'));
    expect(shas(await api('GET', '/repos/acme/app/commits?sha=deep&path=deep/a/s.txt'))).toEqual([sibling]);
  });

  it('answers one commit with its files and line counts, as git diff-tree --numstat counts them', async () => {
    const r = await api('GET', `/repos/acme/app/commits/${history[0]}`);
    const numstat = gitOut(dir, ['diff-tree', '--numstat', '-r', `${history[0]}^`, history[0] ?? '']).split('\t');
    expect(r.data).toMatchObject({
      sha: history[0],
      parents: [{ sha: history[1] }],
      stats: { additions: Number(numstat[0]), deletions: Number(numstat[1]) },
      files: [{ filename: numstat[2], status: 'modified', additions: Number(numstat[0]), deletions: Number(numstat[1]) }],
    });
    expect((await api('GET', '/repos/acme/app/commits/facts')).data).toMatchObject({ sha: history[0] });
  });

  it('answers an unknown commit 422 "No commit found for SHA", an unknown starting point 404', async () => {
    expect((await api('GET', `/repos/acme/app/commits/${'f'.repeat(40)}`)).data).toMatchObject({ message: `No commit found for SHA: ${'f'.repeat(40)}`, status: '422' });
    expect((await api('GET', '/repos/acme/app/commits?sha=nope')).status).toBe(404);
  });
});
