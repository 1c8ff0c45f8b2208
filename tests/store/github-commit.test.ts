// One signed commit through the Git Data API of the fake GitHub, and the object reader the GitHub
// store walks trees and histories with.
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshSigner } from '../../src/core/signing/index.js';
import { pushCommit, type CommitRequest } from '../../src/core/store/github/github-commit.js';
import { GitHubObjectReader } from '../../src/core/store/github/github-reader.js';
import type { GitHubRequest } from '../../src/core/store/github/github-request.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { testKey } from '../helpers/git.js';

const signer = sshSigner(testKey().privateKey);
const who = { name: 'Factstore', email: 'factstore@localhost' };
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

function freshRepo(branch = 'factstore') {
  const name = `acme/commits-${++repos}`;
  gh.createRepo(name);
  const first = gh.putFiles(name, 'main', { 'README.md': '# facts\n' });
  return { name, where: { owner: 'acme', repo: name.split('/')[1] ?? '', branch }, first };
}

const commitOf = (tip: string | undefined, text = 'a\n'): CommitRequest => ({
  tip,
  baseTree: undefined,
  files: new Map([['trails/p/00/t.ndjson', text]]),
  blobs: new Map(),
  author: who,
  committer: who,
  time: new Date('2026-11-23T10:00:00.700Z'),
  message: 'factstore: test\n',
  signer,
});

describe('pushCommit', () => {
  it('creates the branch, then fast-forwards it; a branch that moved meanwhile is reported, not overwritten', async () => {
    const { name, where } = freshRepo();
    const created = await pushCommit(request, where, commitOf(undefined));
    expect(created.outcome).toBe('updated');
    expect(gh.ref(name, 'heads/factstore')).toBe(created.commit);
    // created again from nothing: the branch exists now
    expect((await pushCommit(request, where, commitOf(undefined, 'b\n'))).outcome).toBe('moved');
    const next = await pushCommit(request, where, { ...commitOf(created.commit, 'a\nb\n'), baseTree: undefined });
    expect(next.outcome).toBe('updated');
    // based on the old tip: not a fast-forward
    expect((await pushCommit(request, where, commitOf(created.commit, 'a\nc\n'))).outcome).toBe('moved');
    expect(gh.ref(name, 'heads/factstore')).toBe(next.commit);
    expect(gh.readFile(name, 'factstore', 'trails/p/00/t.ndjson')?.toString()).toBe('a\nb\n');
  });

  it('a branch protection rule: says which write it refused', async () => {
    const { name, where } = freshRepo('main');
    gh.protectBranch(name, 'main');
    await expect(pushCommit(request, where, commitOf(gh.ref(name, 'heads/main')))).rejects.toMatchObject({
      code: 'CONFIG',
      message: expect.stringContaining('while moving the facts branch main in acme/') as unknown,
    });
    gh.unprotectBranch(name, 'main');
    const { where: other } = freshRepo();
    gh.failNext(1, { status: 422, message: 'Repository rule violations found', method: 'POST', path: /\/git\/refs$/ });
    await expect(pushCommit(request, other, commitOf(undefined))).rejects.toMatchObject({
      code: 'CONFIG',
      message: expect.stringMatching(/while creating the facts branch factstore in acme\/\S+: branch protection refuses the write to factstore/) as unknown,
    });
    gh.clearFaults();
  });

  it('an empty repository: says to push a first commit', async () => {
    const name = `acme/empty-${++repos}`;
    gh.createRepo(name);
    await expect(pushCommit(request, { owner: 'acme', repo: name.split('/')[1]!, branch: 'factstore' }, commitOf(undefined))).rejects.toMatchObject({
      code: 'CONFIG',
      message: `${name} has no commit yet, and GitHub's API cannot write to an empty repository: push one commit to it (a README will do), then record again. Nothing was written.`,
    });
  });

  it('GitHub storing other bytes than were signed: nothing is published', async () => {
    const { name, where } = freshRepo();
    // a GitHub that rewrites the message it was given
    const altering: GitHubRequest = (route, params) =>
      request(route, route.startsWith('POST /repos/{owner}/{repo}/git/commits') ? { ...params, message: 'factstore: other\n' } : params);
    let error: unknown;
    try {
      await pushCommit(altering, where, commitOf(undefined));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/^GitHub stored facts commit [0-9a-f]{40}, but the signed commit is [0-9a-f]{40}: its signature would not verify, so the branch was not moved and nothing was written\./) as unknown });
    expect(gh.ref(name, 'heads/factstore')).toBeUndefined();
  });

  it('a failed tree or commit write says which', async () => {
    const { where } = freshRepo();
    gh.failNext(1, { status: 500, path: /\/git\/trees$/ });
    await expect(pushCommit(request, where, commitOf(undefined))).rejects.toThrow(/while writing the facts tree in acme\//);
    gh.failNext(1, { status: 500, path: /\/git\/commits$/ });
    await expect(pushCommit(request, where, commitOf(undefined))).rejects.toThrow(/while writing the facts commit in acme\//);
    gh.failNext(1, { status: 500, method: 'POST', path: /\/git\/refs$/ });
    await expect(pushCommit(request, where, commitOf(undefined))).rejects.toThrow(/while creating the facts branch factstore in acme\//);
    gh.clearFaults();
  });
});

describe('GitHubObjectReader', () => {
  it('reads blobs, trees (folders as 40000) and commits, each once', async () => {
    const { name, where } = freshRepo();
    const tip = gh.putFiles(name, 'main', { 'trails/p/00/t.ndjson': 'x\n' }, { date: new Date('2026-11-23T10:00:00Z') });
    const reader = new GitHubObjectReader(request, where);
    const header = await reader.readCommitHeader(tip);
    expect(header.parents).toHaveLength(1);
    expect(header.raw).toBe(`tree ${header.tree}\nparent ${header.parents[0]}\ncommitter GitHub <noreply@github.com> 1795428000 +0000\n\nUpdate trails/p/00/t.ndjson`);
    const root = await reader.readTree(header.tree);
    expect(root.find((e) => e.name === 'trails')).toMatchObject({ mode: '40000' });
    const file = await reader.lookup(header.tree, 'trails/p/00/t.ndjson');
    expect(Buffer.from((await reader.read(file!.oid)).content).toString()).toBe('x\n');
    gh.resetRequests();
    await reader.readTree(header.tree);
    await reader.readCommitHeader(tip);
    expect(gh.requests).toEqual([]);
  });

  it('a commit a list already returned costs no request; a half-known one is fetched', async () => {
    const { name, where } = freshRepo();
    const tip = gh.putFiles(name, 'main', { 'a.txt': 'a\n' });
    const reader = new GitHubObjectReader(request, where);
    reader.remember({ sha: 'c'.repeat(40), parents: [{ sha: tip }], commit: { tree: { sha: 'd'.repeat(40) }, committer: { date: '2026-11-23T10:00:00Z' } } });
    gh.resetRequests();
    expect(await reader.commit('c'.repeat(40))).toEqual({ sha: 'c'.repeat(40), tree: { sha: 'd'.repeat(40) }, parents: [{ sha: tip }], message: '', committer: { date: '2026-11-23T10:00:00Z' } });
    expect(gh.requests).toEqual([]);
    // without a date it is not kept
    reader.remember({ sha: tip, parents: [], commit: { tree: { sha: 'd'.repeat(40) }, committer: null } });
    expect((await reader.commit(tip)).parents).toHaveLength(1);
    expect(gh.requests.length).toBe(1);
  });

  it('a failed read says what was read', async () => {
    const { where, first } = freshRepo();
    const reader = new GitHubObjectReader(request, where);
    await expect(reader.commit('f'.repeat(40))).rejects.toThrow(/while reading a facts commit in acme\//);
    await expect(reader.readTree('f'.repeat(40))).rejects.toThrow(/while reading a tree in acme\//);
    await expect(reader.read('f'.repeat(40))).rejects.toThrow(/while reading a blob in acme\//);
    expect((await reader.commit(first)).sha).toBe(first);
  });
});
