// The GitHub store's single reads against the stateful fake GitHub, through a real Octokit: a file
// or a folder at a commit, and how the branch moved from a commit seen before.
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitHubBranchMove, gitHubIsAncestor } from '../../src/core/store/github/github-branch-move.js';
import { listPath, readPath } from '../../src/core/store/github/github-contents.js';
import type { GitHubRequest } from '../../src/core/store/github/github-request.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';

let gh: FakeGitHub;
let request: GitHubRequest;
let repos = 0;

beforeAll(async () => {
  gh = await startFakeGitHub();
  request = getOctokit(gh.token, { baseUrl: gh.url, retry: { enabled: false } }).request;
});
afterAll(async () => {
  await gh.close();
});

function freshRepo() {
  const name = `acme/reads-${++repos}`;
  gh.createRepo(name);
  const first = gh.putFiles(name, 'main', { 'README.md': '# facts\n' });
  return { name, where: { owner: 'acme', repo: name.split('/')[1] ?? '', branch: 'main' }, first };
}

describe('readPath and listPath', () => {
  it('a file, an empty file, a large file (read as a blob), a folder and a missing path', async () => {
    const { name, where } = freshRepo();
    const big = Buffer.alloc(1024 * 1024 + 10, 'x');
    const tip = gh.putFiles(name, 'main', { 'trails/p/00/t.ndjson': '{"a":1}\n', 'trails/p/00/empty.ndjson': '', 'evidence/ab/big': big, 'trails/p/01/u.ndjson': 'u\n' });
    expect(Buffer.from((await readPath(request, where, tip, 'trails/p/00/t.ndjson'))!).toString()).toBe('{"a":1}\n');
    expect(Buffer.from((await readPath(request, where, tip, 'trails/p/00/empty.ndjson'))!)).toEqual(Buffer.alloc(0));
    expect(Buffer.from((await readPath(request, where, tip, 'evidence/ab/big'))!).equals(big)).toBe(true);
    expect(await readPath(request, where, tip, 'trails/p/00')).toBeUndefined();
    expect(await readPath(request, where, tip, 'trails/p/02/none.ndjson')).toBeUndefined();

    expect((await listPath(request, where, tip, 'trails/p/00')).sort()).toEqual(['empty.ndjson', 't.ndjson']);
    // sub-folders are not files
    expect(await listPath(request, where, tip, 'trails/p')).toEqual([]);
    expect(await listPath(request, where, tip, 'loose/decision/p')).toEqual([]);
    await expect(listPath(request, where, tip, 'trails/p/00/t.ndjson')).rejects.toMatchObject({
      code: 'INTEGRITY',
      message: 'trails/p/00/t.ndjson in the facts branch is a file, where a folder was expected: run factstore verify.',
    });
  });

  it('GitHub failing: says what was being read', async () => {
    const { where, first } = freshRepo();
    gh.failNext(1, { status: 500, path: /\/contents\// });
    await expect(readPath(request, where, first, 'README.md')).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('while reading README.md in acme/') as unknown });
    gh.failNext(1, { status: 403, path: /\/contents\// });
    await expect(listPath(request, where, first, 'trails')).rejects.toMatchObject({ code: 'CONFIG', message: expect.stringContaining('while listing trails in acme/') as unknown });
    gh.clearFaults();
  });
});

describe('gitHubBranchMove and gitHubIsAncestor', () => {
  it('identical, ahead, behind, diverged, unknown', async () => {
    const { name, where, first } = freshRepo();
    const second = gh.putFiles(name, 'main', { 'a.txt': 'a\n' });
    const third = gh.putFiles(name, 'main', { 'b.txt': 'b\n' });
    gh.setRef(name, 'heads/side', second);
    const side = gh.putFiles(name, 'side', { 'c.txt': 'c\n' });
    expect(await gitHubBranchMove(request, where, undefined, third)).toEqual({ relation: 'ahead', merges: [], complete: false });
    expect(await gitHubBranchMove(request, where, third, third)).toEqual({ relation: 'identical', merges: [], complete: true });
    expect(await gitHubBranchMove(request, where, first, third)).toEqual({ relation: 'ahead', merges: [], complete: true });
    expect(await gitHubBranchMove(request, where, third, first)).toEqual({ relation: 'behind', merges: [], complete: true });
    expect(await gitHubBranchMove(request, where, third, side)).toEqual({ relation: 'diverged', merges: [], complete: true });
    expect(await gitHubBranchMove(request, where, 'f'.repeat(40), third)).toEqual({ relation: 'unknown', merges: [], complete: true });

    expect(await gitHubIsAncestor(request, where, third, third)).toBe(true);
    expect(await gitHubIsAncestor(request, where, first, third)).toBe(true);
    expect(await gitHubIsAncestor(request, where, third, first)).toBe(false);
    expect(await gitHubIsAncestor(request, where, third, side)).toBe(false);
    expect(await gitHubIsAncestor(request, where, 'f'.repeat(40), third)).toBe(false);
  });

  it('finds the merges among more than a page of commits, reading every page', async () => {
    const { name, where, first } = freshRepo();
    const repo = gh.repository(name);
    for (let i = 0; i < 120; i++) gh.putFiles(name, 'main', { [`f${i}.txt`]: `${i}\n` });
    const before = gh.ref(name, 'heads/main')!;
    const tree = repo.commit(before)!.tree;
    const who = 'A <a@x> 1795428000 +0000';
    const merge = repo.write('commit', Buffer.from(`tree ${tree}\nparent ${before}\nparent ${first}\nauthor ${who}\ncommitter ${who}\n\nmerge\n`));
    gh.setRef(name, 'heads/main', merge);
    const tip = gh.putFiles(name, 'main', { 'after.txt': 'x\n' });
    gh.resetRequests();
    expect(await gitHubBranchMove(request, where, first, tip)).toEqual({ relation: 'ahead', merges: [merge], complete: true });
    const compares = gh.requests.filter((r) => r.path.includes('/compare/'));
    expect(compares.length).toBe(2);
  });

  it('GitHub failing: says what was being compared', async () => {
    const { name, where, first } = freshRepo();
    const tip = gh.putFiles(name, 'main', { 'a.txt': 'a\n' });
    gh.failNext(1, { status: 401, path: /\/compare\// });
    await expect(gitHubBranchMove(request, where, first, tip)).rejects.toMatchObject({ code: 'CONFIG', message: expect.stringContaining('while comparing the facts branch with the commit seen before') as unknown });
    gh.failNext(1, { status: 401, path: /\/compare\// });
    await expect(gitHubIsAncestor(request, where, first, tip)).rejects.toMatchObject({ code: 'CONFIG', message: expect.stringContaining('while comparing two facts commits') as unknown });
    gh.clearFaults();
  });
});
