// GitHubStore beyond the shared contract, against the fake GitHub: creating the branch, the author,
// a write based on a tip already read, giving up, evidence upload failures and listing limits.
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFact, sha256Hex } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { GitHubStore, type GitHubStoreOptions } from '../../src/core/store/github/github-store.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { git, tempDir, testKey } from '../helpers/git.js';

const signer = sshSigner(testKey().privateKey);
let gh: FakeGitHub;
let repos = 0;

beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.close();
});

const trail = (t: string, i = 0) => makeFact({ kind: 'trail', flow: 'payments', trail: t, actor: 'ci', ts: new Date(Date.UTC(2026, 10, 23, 10, 0, i)).toISOString() });

function fresh(options: Partial<GitHubStoreOptions> = {}) {
  const name = `acme/edges-${++repos}`;
  gh.createRepo(name);
  gh.putFiles(name, 'main', { 'README.md': '# facts\n' });
  const request = getOctokit(gh.token, { baseUrl: gh.url, retry: { enabled: false } }).request;
  const store = new GitHubStore({ request, owner: 'acme', repo: name.split('/')[1]!, signer, clock: () => new Date('2026-11-23T10:00:00Z'), ...options });
  return { name, store };
}

describe('GitHubStore', () => {
  it('init creates the branch with the layout marker only, once', async () => {
    const { name, store } = fresh();
    const first = await store.init();
    expect(first.created).toBe(true);
    expect(gh.readFile(name, 'factstore', 'FACTSTORE.json')?.toString()).toBe('{\n  "factstore": {\n    "layout": 1\n  }\n}\n');
    expect(await store.init()).toEqual({ created: false, commit: first.commit });
    const dir = tempDir();
    git(dir, 'init', '-q');
    await gh.exportToGit(name, dir);
    expect(git(dir, 'log', '-1', '--format=%s|%an <%ae>|%cn <%ce>', 'factstore').trim()).toBe('factstore: create the facts branch|Factstore <factstore@users.noreply.github.com>|Factstore <factstore@users.noreply.github.com>');
  });

  it('commits carry the actor as author', async () => {
    const { name, store } = fresh({ author: { name: 'Alice', email: 'alice@example.com' } });
    await store.append({ facts: [trail('b1')] });
    const dir = tempDir();
    git(dir, 'init', '-q');
    await gh.exportToGit(name, dir);
    expect(git(dir, 'log', '-1', '--format=%an <%ae>|%cn', 'factstore').trim()).toBe('Alice <alice@example.com>|Factstore');
  });

  it('without a key, or with evidence that does not match its hash, writes nothing', async () => {
    const { name, store } = fresh({ signer: undefined });
    await expect(store.append({ facts: [trail('b1')] })).rejects.toMatchObject({ code: 'KEY', message: 'no signing key: pass the signing-key input (a secret holding a key made by factstore keygen).' });
    const { store: keyed } = fresh();
    const bytes = Buffer.from('junit');
    await expect(keyed.append({ facts: [trail('b1')], evidence: [{ sha256: `sha256:${'0'.repeat(64)}`, bytes }] })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: `evidence bytes do not match sha256:${'0'.repeat(64)}: the file changed while it was read; record it again.`,
    });
    expect(gh.ref(name, 'heads/factstore')).toBeUndefined();
  });

  it('a write based on a tip read before: applied there when still the tip, on the new tip otherwise', async () => {
    const { store } = fresh({ sleep: () => Promise.resolve() });
    const a = (await store.append({ facts: [trail('b1')] })).commit!;
    const b = await store.append({ facts: [trail('b2', 1)], basedOn: a });
    expect(b.attempts).toBe(1);
    const c = await store.append({ facts: [trail('b3', 2)], basedOn: a });
    expect(c.attempts).toBe(2);
    expect((await store.listTrails('payments')).map((t) => t.trail).sort()).toEqual(['b1', 'b2', 'b3']);
  });

  it('gives up on a branch that keeps moving, after the attempts allowed', async () => {
    const pauses: number[] = [];
    const { store } = fresh({ maxAttempts: 2, sleep: (ms) => (pauses.push(ms), Promise.resolve()) });
    await store.append({ facts: [trail('b1')] });
    gh.failNext(2, { status: 422, message: 'Update is not a fast forward', method: 'PATCH' });
    await expect(store.append({ facts: [trail('b2', 1)] })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'the facts branch factstore kept moving: gave up after 2 attempts; nothing was written. Run the step again.',
    });
    gh.clearFaults();
    expect(pauses).toHaveLength(2);
    pauses.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(1);
      expect(ms).toBeLessThanOrEqual(10 * 2 ** (i + 1));
    });
    expect((await store.listTrails('payments')).map((t) => t.trail)).toEqual(['b1']);
  });

  it('evidence that cannot be uploaded: the repository is empty, or GitHub fails', async () => {
    const bytes = Buffer.from('<testsuite/>');
    const evidence = [{ sha256: `sha256:${sha256Hex(bytes)}`, bytes }];
    const name = `acme/edges-empty-${++repos}`;
    gh.createRepo(name);
    const request = getOctokit(gh.token, { baseUrl: gh.url, retry: { enabled: false } }).request;
    const empty = new GitHubStore({ request, owner: 'acme', repo: name.split('/')[1]!, signer });
    expect(await empty.tip()).toBeUndefined();
    await expect(empty.append({ facts: [trail('b1')], evidence })).rejects.toMatchObject({
      code: 'CONFIG',
      message: `${name} has no commit yet, and GitHub's API cannot write to an empty repository: push one commit to it (a README will do), then record again.`,
    });
    const { store } = fresh();
    gh.failNext(1, { status: 500, path: /\/git\/blobs$/ });
    await expect(store.append({ facts: [trail('b1')], evidence })).rejects.toThrow(/while uploading evidence in acme\//);
    gh.clearFaults();
  });

  it('the tip unreadable: says so', async () => {
    const { store } = fresh();
    gh.failNext(1, { status: 401, path: /\/branches\// });
    await expect(store.tip()).rejects.toMatchObject({ code: 'CONFIG', message: expect.stringContaining('while reading the facts branch factstore in acme/') as unknown });
    gh.clearFaults();
  });

  it('lists histories of trail files only, and has no read hazards', async () => {
    const { store } = fresh();
    expect(await store.fileHistories('trails')).toEqual([]);
    await store.append({ facts: [trail('b1'), makeFact({ kind: 'trail', flow: 'web', trail: 'w1', actor: 'ci', ts: '2026-11-23T10:00:00.000Z' })] });
    expect((await store.fileHistories('trails/payments/')).map((h) => h.path)).toEqual([expect.stringMatching(/^trails\/payments\/[0-9a-f]{2}\/b1\.ndjson$/)]);
    expect((await store.fileHistories('trails/')).length).toBe(2);
    await expect(store.fileHistories('loose/decision')).rejects.toMatchObject({ code: 'INTERNAL', message: 'fileHistories of loose/decision: the GitHub back-end lists trail files only.' });
    expect(await store.readHazards()).toEqual([]);
  });
});
