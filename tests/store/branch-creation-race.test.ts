// Several writers on a repository with no facts branch: all of them find it missing and make a root
// commit; one creates the branch, the others must re-apply on it ("Reference already exists" on
// GitHub, a moved ref locally). Every fact lands and the branch has one root commit.
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import type { FactStore } from '../../src/core/store/fact-store.js';
import { GitHubStore } from '../../src/core/store/github/github-store.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { git, tempDir, tempRepo, testKey } from '../helpers/git.js';
import { meetingSigner } from './meeting-signer.js';

const WRITERS = 5;
const key = testKey('ci@acme');
const trail = (i: number) => makeFact({ kind: 'trail', flow: 'payments', trail: `build-${i}`, actor: 'ci', ts: new Date(Date.UTC(2026, 10, 23, 10, 0, i)).toISOString() });
const noPause = () => Promise.resolve();

/** Every writer appends its own trail at once; returns the facts branch as git sees it. */
async function race(stores: FactStore[], dir: () => Promise<string>): Promise<{ roots: string[]; count: number; merges: string }> {
  const results = await Promise.all(stores.map((s, i) => s.append({ facts: [trail(i)] })));
  expect(results.map((r) => r.written.map((f) => f.id))).toEqual(stores.map((_, i) => [trail(i).id]));
  // one writer created the branch at its first attempt; every other one had to re-apply
  expect(results.map((r) => r.attempts > 1).filter(Boolean)).toHaveLength(WRITERS - 1);
  expect((await stores[0]?.listTrails('payments'))?.map((t) => t.trail).sort()).toEqual(stores.map((_, i) => `build-${i}`));
  const repo = await dir();
  return {
    roots: git(repo, 'rev-list', '--max-parents=0', 'factstore').split('\n').filter((l) => l !== ''),
    count: Number(git(repo, 'rev-list', '--count', 'factstore').trim()),
    merges: git(repo, 'rev-list', '--merges', 'factstore').trim(),
  };
}

describe('racing to create the facts branch', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub();
  });
  afterAll(async () => {
    await gh.close();
  });

  it(`GitHub: ${WRITERS} writers, no facts branch yet: one creates it, the others get "Reference already exists" and re-apply`, async () => {
    gh.createRepo('acme/facts');
    gh.putFiles('acme/facts', 'main', { 'README.md': '# facts\n' }); // the API cannot write to an empty repository
    const octokit = getOctokit(gh.token, { baseUrl: gh.url });
    const signer = meetingSigner(sshSigner(key.privateKey), WRITERS);
    const stores = Array.from({ length: WRITERS }, () => new GitHubStore({ request: octokit.request, owner: 'acme', repo: 'facts', signer, sleep: noPause }));
    gh.resetRequests();
    const branch = await race(stores, async () => {
      const dir = tempDir();
      await gh.exportToGit('acme/facts', dir);
      return dir;
    });
    expect(branch).toEqual({ roots: [expect.stringMatching(/^[0-9a-f]{40}$/)], count: WRITERS, merges: '' });
    const creations = gh.requests.filter((q) => q.method === 'POST' && q.path === '/repos/acme/facts/git/refs');
    expect(creations.map((q) => q.status).sort()).toEqual([201, ...Array<number>(WRITERS - 1).fill(422)]);
  });

  it(`local git: ${WRITERS} writers, no facts branch yet: one creates it, the others re-apply on it`, async () => {
    const dir = tempRepo();
    const signer = meetingSigner(sshSigner(key.privateKey), WRITERS);
    const stores = Array.from({ length: WRITERS }, () => new LocalGitStore({ dir, signer, sleep: noPause }));
    const branch = await race(stores, () => Promise.resolve(dir));
    expect(branch).toEqual({ roots: [expect.stringMatching(/^[0-9a-f]{40}$/)], count: WRITERS, merges: '' });
  });
});
