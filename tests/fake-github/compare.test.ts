// "Compare two commits": the commits between two refs with their verification (the real gpgsig
// signature and the signed payload, so a client checks SSH signatures itself) and the files changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GIT_NAMESPACE, sshSigner, verifySshsig } from '../../src/core/signing/index.js';
import { restClient, type ApiCall } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { exported, gitOut } from '../helpers/fake-github/real-git.js';
import { testKey } from '../helpers/git.js';

const REPO = '/repos/acme/app';
const who = { name: 'CI', email: 'ci@acme.test', date: '2026-11-23T10:00:00Z' };
let gh: FakeGitHub;
let api: ApiCall;
const key = testKey('ci@acme');

interface CompareCommit {
  sha: string;
  commit: { message: string; verification: { verified: boolean; reason: string; signature: string | null; payload: string | null } };
}
interface Compared {
  status: string;
  ahead_by: number;
  behind_by: number;
  total_commits: number;
  merge_base_commit: { sha: string };
  commits: CompareCommit[];
  files: { filename: string; status: string }[];
}

/** A signed commit through the Git Data API, on top of the branch, as the GitHub store writes one. */
async function signedCommit(branch: string, path: string, text: string, message: string): Promise<string> {
  const tip = gh.ref('acme/app', `heads/${branch}`) ?? '';
  const base = ((await api('GET', `${REPO}/git/commits/${tip}`)).data as { tree: { sha: string } }).tree.sha;
  const tree = ((await api('POST', `${REPO}/git/trees`, { base_tree: base, tree: [{ path, mode: '100644', type: 'blob', content: text }] })).data as { sha: string }).sha;
  const body = { message, tree, parents: [tip], author: who, committer: who };
  const unsigned = ((await api('POST', `${REPO}/git/commits`, body)).data as { sha: string }).sha;
  const payload = `${gitOut(await exported(gh, 'acme/app'), ['cat-file', 'commit', unsigned])}\n`;
  const signature = await sshSigner(key.privateKey).sign(Buffer.from(payload, 'utf8'));
  const sha = ((await api('POST', `${REPO}/git/commits`, { ...body, signature })).data as { sha: string }).sha;
  await api('PATCH', `${REPO}/git/refs/heads/${branch}`, { sha });
  return sha;
}

let base: string;
let first: string;
let second: string;
beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.createRepo('acme/app');
  base = gh.putFiles('acme/app', 'main', { 'README.md': 'app\n', 'old.txt': 'old\n' });
  gh.setRef('acme/app', 'heads/factstore', base);
  api = restClient(gh.url, gh.token);
  first = await signedCommit('factstore', 'trails/a.ndjson', '{"n":1}\n', 'Record a\n');
  second = await signedCommit('factstore', 'trails/b.ndjson', '{"n":2}\n', 'Record b\n');
});
afterAll(() => gh.close());

describe('compare two commits', () => {
  it('lists the new commits oldest first, with the signature and the payload it signs', async () => {
    const r = await api('GET', `${REPO}/compare/${base}...factstore`);
    expect(r.status).toBe(200);
    const data = r.data as Compared;
    expect(data).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0, total_commits: 2, merge_base_commit: { sha: base } });
    expect(data.commits.map((c) => c.sha)).toEqual([first, second]);
    expect(data.commits.map((c) => c.commit.message)).toEqual(['Record a', 'Record b']);
    for (const c of data.commits) {
      const v = c.commit.verification;
      expect(v).toMatchObject({ verified: false, reason: 'unknown_key' });
      expect(v.signature).toMatch(/^-----BEGIN SSH SIGNATURE-----\n[\s\S]+-----END SSH SIGNATURE-----\n$/);
      expect(verifySshsig(v.signature ?? '', Buffer.from(v.payload ?? '', 'utf8'), GIT_NAMESPACE).valid).toBe(true);
      expect(v.payload).not.toContain('gpgsig');
    }
    expect(data.files).toEqual([
      expect.objectContaining({ filename: 'trails/a.ndjson', status: 'added' }),
      expect.objectContaining({ filename: 'trails/b.ndjson', status: 'added' }),
    ]);
  });

  it('answers identical, behind and diverged, and an unsigned commit as unsigned', async () => {
    const same = (await api('GET', `${REPO}/compare/${second}...${second}`)).data as Compared;
    expect(same).toMatchObject({ status: 'identical', ahead_by: 0, commits: [], files: [] });
    expect((await api('GET', `${REPO}/compare/factstore...${base}`)).data).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 2 });
    const side = gh.putFiles('acme/app', 'main', { 'old.txt': null, 'new.txt': 'new\n' }, { message: 'Change main\n' });
    const diverged = (await api('GET', `${REPO}/compare/factstore...main`)).data as Compared;
    expect(diverged).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 2, merge_base_commit: { sha: base } });
    expect(diverged.commits[0]).toMatchObject({ sha: side, commit: { message: 'Change main', verification: { verified: false, reason: 'unsigned', signature: null, payload: null } } });
    expect(diverged.files.map((f) => [f.filename, f.status])).toEqual([['new.txt', 'added'], ['old.txt', 'removed']]);
    expect((await api('GET', `${REPO}/compare/main...nope`)).status).toBe(404);
  });

  it('pages the commits with per_page and a Link header', async () => {
    const r = await api('GET', `${REPO}/compare/${base}...factstore?per_page=1&page=2`);
    expect((r.data as Compared).commits.map((c) => c.sha)).toEqual([second]);
    expect((r.data as Compared).total_commits).toBe(2);
    expect(r.headers.get('link')).toContain('rel="prev"');
    // GitHub lists the changed files on the first page only
    expect((r.data as Compared).files).toEqual([]);
    expect(((await api('GET', `${REPO}/compare/${base}...factstore?per_page=1&page=1`)).data as Compared).files).toHaveLength(2);
  });
});

describe('contents at a commit', () => {
  it('serves .github/factstore.yml raw at ?ref=<sha>, as Probot\'s config plugin asks for it', async () => {
    const sha = gh.putFiles('acme/app', 'main', { '.github/factstore.yml': 'flows: {}\n' });
    gh.putFiles('acme/app', 'main', { '.github/factstore.yml': 'flows: { a: {} }\n' });
    const r = await api('GET', `${REPO}/contents/.github%2Ffactstore.yml?ref=${sha}`, undefined, { accept: 'application/vnd.github.v3.raw' });
    expect(r.status).toBe(200);
    expect(r.raw.toString()).toBe('flows: {}\n');
    expect(r.headers.get('content-type')).toContain('application/vnd.github.raw');
  });
});
