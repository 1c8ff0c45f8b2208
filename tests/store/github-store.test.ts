// The GitHub back-end against the stateful fake of GitHub's REST API, through a real Octokit
// (@actions/github's getOctokit, as the Action builds it) over HTTP.
import { gitHubDate } from '../../src/core/store/github/github-commit.js';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { GitHubStore } from '../../src/core/store/github/github-store.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { git, gitStatus, tempDir, testKey, verifyCommitWithGit } from '../helpers/git.js';
import { storeContract } from './contract.js';

const key = testKey('ci@acme');
let gh: FakeGitHub;
let repos = 0;

beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.close();
});

/** A fresh repository with one commit on main (GitHub's API cannot write to an empty one). */
function freshRepo(): { owner: string; repo: string } {
  const name = `acme/facts-${++repos}`;
  gh.createRepo(name);
  gh.putFiles(name, 'main', { 'README.md': '# facts\n' });
  return { owner: 'acme', repo: name.split('/')[1] ?? '' };
}

function storeFor(where: { owner: string; repo: string }, options: { token?: string; clock?: () => Date } = {}): GitHubStore {
  const octokit = getOctokit(options.token ?? gh.token, { baseUrl: gh.url });
  return new GitHubStore({ request: octokit.request, ...where, signer: sshSigner(key.privateKey), ...(options.clock !== undefined ? { clock: options.clock } : {}) });
}

storeContract('GitHub (REST API, stateful fake)', () => Promise.resolve(storeFor(freshRepo())));

describe('GitHub store', () => {
  const trail = (t: string, i = 0) => makeFact({ kind: 'trail', flow: 'payments', trail: t, actor: 'ci', ts: new Date(Date.UTC(2026, 10, 23, 10, 0, i)).toISOString() });

  it('writes commits that plain git verifies once the objects are read back, and never touches main', async () => {
    const where = freshRepo();
    const store = storeFor(where, { clock: () => new Date('2026-11-23T10:00:00Z') });
    await store.append({ facts: [trail('b1')] });
    await store.append({ facts: [makeFact({ kind: 'approval', flow: 'payments', trail: 'b1', actor: 'alice', ts: '2026-11-23T10:01:00.000Z', decision: 'APPROVED' })], evidence: [] });
    const ev = Buffer.from('<testsuites><testcase name="a"/></testsuites>\n');
    const { sha256Hex } = await import('../../src/core/model/fact-id.js');
    await store.append({
      facts: [makeFact({ kind: 'attestation', flow: 'payments', trail: 'b1', actor: 'ci', ts: '2026-11-23T10:02:00.000Z', type: 'unit-tests', status: 'PASSED', evidence: [{ name: 'junit.xml', sha256: `sha256:${sha256Hex(ev)}`, size: ev.length, format: 'junit' }] })],
      evidence: [{ sha256: `sha256:${sha256Hex(ev)}`, bytes: ev }],
    });
    const dir = tempDir();
    await gh.exportToGit(`${where.owner}/${where.repo}`, dir);
    expect(gitStatus(dir, 'fsck', '--strict').status).toBe(0);
    const commits = git(dir, 'rev-list', 'factstore').trim().split('\n');
    expect(commits).toHaveLength(3);
    for (const c of commits) expect(verifyCommitWithGit(dir, c, [key.signer]).status).toBe(0);
    expect(verifyCommitWithGit(dir, commits[0] ?? '', [testKey('someone@else').signer]).status).not.toBe(0);
    expect(git(dir, 'show', `factstore:evidence/${sha256Hex(ev).slice(0, 2)}/${sha256Hex(ev)}`)).toBe(ev.toString());
    expect(git(dir, 'log', '--format=%s', 'main').trim()).not.toContain('factstore');
  });

  it('a write costs a fixed number of requests, however many facts the store holds', async () => {
    const where = freshRepo();
    const store = storeFor(where);
    const counts: number[] = [];
    for (let i = 0; i < 30; i++) {
      gh.resetRequests();
      await store.append({ facts: [trail(`t${i}`, i)] });
      counts.push(gh.requests.length);
    }
    // the first write creates the branch; every later one costs the same
    expect(new Set(counts.slice(1)).size).toBe(1);
    expect(counts[1]).toBeLessThanOrEqual(8);
  });

  it('re-applies on the new tip when another writer moved the branch, and loses nothing', async () => {
    const where = freshRepo();
    const writers = Array.from({ length: 8 }, () => storeFor(where));
    await writers[0]?.append({ facts: [trail('seed')] });
    const results = await Promise.all(writers.map((s, i) => s.append({ facts: [trail(`race-${i}`, i + 1)] })));
    expect(results.every((r) => r.written.length === 1)).toBe(true);
    expect(results.some((r) => r.attempts > 1)).toBe(true);
    expect((await writers[0]?.listTrails('payments'))?.length).toBe(9);
    const dir = tempDir();
    await gh.exportToGit(`${where.owner}/${where.repo}`, dir);
    expect(git(dir, 'rev-list', '--count', 'factstore').trim()).toBe('9');
    expect(git(dir, 'rev-list', '--merges', 'factstore').trim()).toBe('');
  });

  it('retries through transient 502s', async () => {
    const where = freshRepo();
    const store = storeFor(where);
    await store.append({ facts: [trail('a')] });
    gh.failNext(2, { status: 502 });
    const octokit = getOctokit(gh.token, { baseUrl: gh.url, retry: { retryAfterBaseValue: 5 } }, (await import('@octokit/plugin-retry')).retry);
    const retrying = new GitHubStore({ request: octokit.request, ...where, signer: sshSigner(key.privateKey) });
    const r = await retrying.append({ facts: [trail('b', 1)] });
    expect(r.written).toHaveLength(1);
  });

  it('says what to do when the token may only read, and writes nothing', async () => {
    const where = freshRepo();
    gh.addToken('ghs_readonly', { contents: 'read' });
    const tipBefore = gh.ref(`${where.owner}/${where.repo}`, 'heads/factstore');
    await expect(storeFor(where, { token: 'ghs_readonly' }).append({ facts: [trail('x')] })).rejects.toThrow(/contents: write/);
    expect(gh.ref(`${where.owner}/${where.repo}`, 'heads/factstore')).toBe(tipBefore);
  });

  it('says what to do when branch protection refuses the write', async () => {
    const where = freshRepo();
    const store = storeFor(where);
    await store.append({ facts: [trail('x')] });
    gh.protectBranch(`${where.owner}/${where.repo}`, 'factstore');
    await expect(store.append({ facts: [trail('y', 1)] })).rejects.toThrow(/branch protection refuses the write/);
  });

  it('a secondary rate limit that outlasts the retries is not mistaken for a missing permission', async () => {
    const where = freshRepo();
    const store = storeFor(where);
    await store.append({ facts: [trail('a')] });
    gh.failNext(5, { status: 403, rateLimit: true, retryAfter: 0 });
    const failure = store.append({ facts: [trail('b', 1)] });
    await expect(failure).rejects.toThrow(/rate limit held the write back/);
    await expect(failure).rejects.not.toThrow(/contents: write/);
    gh.clearFaults();
  });

  it('a 409 on the ref write is a conflict that says what to do, not "GitHub may be unavailable", and moves nothing', async () => {
    const where = freshRepo();
    const store = storeFor(where);
    await store.append({ facts: [trail('a')] });
    const tipBefore = gh.ref(`${where.owner}/${where.repo}`, 'heads/factstore');
    gh.failNext(1, { status: 409, method: 'PATCH', path: /\/git\/refs\//, message: 'Reference update conflict' });
    const failure = store.append({ facts: [trail('b', 1)] });
    await expect(failure).rejects.toThrow(/GitHub answered 409 \(Reference update conflict\) while moving the facts branch factstore .*a conflict.*run the step again/);
    await expect(failure).rejects.not.toThrow(/may be unavailable/);
    expect(gh.ref(`${where.owner}/${where.repo}`, 'heads/factstore')).toBe(tipBefore);
    gh.clearFaults();
  });

  it('sends commit dates as GitHub documents them: YYYY-MM-DDTHH:MM:SSZ, whole seconds', () => {
    expect(gitHubDate(new Date('2026-12-06T05:00:07.999Z'))).toBe('2026-12-06T05:00:07Z');
    expect(gitHubDate(new Date('2026-12-06T05:00:07Z'))).toBe('2026-12-06T05:00:07Z');
  });

  it('says what to do with an empty repository', async () => {
    gh.createRepo('acme/empty');
    const store = storeFor({ owner: 'acme', repo: 'empty' });
    expect(await store.tip()).toBeUndefined();
    await expect(store.append({ facts: [trail('x')] })).rejects.toThrow(/has no commit yet/);
  });
});
