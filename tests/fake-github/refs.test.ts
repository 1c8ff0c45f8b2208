// References: GitHub's answers for get/create/update/delete, fast-forward checks, protection and races.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient, type ApiCall } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { exported, gitOut } from '../helpers/fake-github/real-git.js';

let gh: FakeGitHub;
let api: ApiCall;
let root: string;

beforeAll(async () => {
  gh = await startFakeGitHub({ jitterMs: 15 });
  gh.createRepo('acme/app');
  root = gh.putFiles('acme/app', 'main', { 'README.md': 'app\n' });
  api = restClient(gh.url, gh.token);
});
afterAll(() => gh.close());

/** A commit on top of `parent` that adds `file`, made over HTTP as a client would. */
async function commitOn(parent: string, file: string, repo = 'acme/app'): Promise<string> {
  const base = `/repos/${repo}`;
  const tree = ((await api('GET', `${base}/git/commits/${parent}`)).data as { tree: { sha: string } }).tree.sha;
  const next = (await api('POST', `${base}/git/trees`, { base_tree: tree, tree: [{ path: file, mode: '100644', type: 'blob', content: `${file}\n` }] })).data as { sha: string };
  return ((await api('POST', `${base}/git/commits`, { message: `add ${file}\n`, tree: next.sha, parents: [parent] })).data as { sha: string }).sha;
}

describe('reading refs', () => {
  it('answers the ref (slashes encoded or not) and 404 when it is missing', async () => {
    for (const path of ['heads/main', 'heads%2Fmain']) {
      const r = await api('GET', `/repos/acme/app/git/ref/${path}`);
      expect(r.status).toBe(200);
      expect(r.data).toMatchObject({ ref: 'refs/heads/main', object: { type: 'commit', sha: root } });
    }
    expect((await api('GET', '/repos/acme/app/git/ref/heads/nope')).status).toBe(404);
    expect((await api('GET', '/repos/ACME/App/git/ref/heads/main')).status).toBe(200);
  });

  it('lists matching refs by prefix, an empty array when none match', async () => {
    gh.setRef('acme/app', 'heads/feature-a', root);
    gh.setRef('acme/app', 'heads/feature-b', root);
    const r = await api('GET', '/repos/acme/app/git/matching-refs/heads/feature');
    expect((r.data as { ref: string }[]).map((x) => x.ref)).toEqual(['refs/heads/feature-a', 'refs/heads/feature-b']);
    expect((await api('GET', '/repos/acme/app/git/matching-refs/heads/zzz')).data).toEqual([]);
  });
});

describe('writing refs', () => {
  it('creates a ref (201), once', async () => {
    const r = await api('POST', '/repos/acme/app/git/refs', { ref: 'refs/heads/factstore', sha: root });
    expect(r.status).toBe(201);
    expect(r.data).toMatchObject({ ref: 'refs/heads/factstore', object: { sha: root } });
    expect((await api('POST', '/repos/acme/app/git/refs', { ref: 'refs/heads/factstore', sha: root })).data).toMatchObject({ message: 'Reference already exists', status: '422' });
    expect((await api('POST', '/repos/acme/app/git/refs', { ref: 'heads/x', sha: root })).status).toBe(422);
    expect((await api('POST', '/repos/acme/app/git/refs', { ref: 'refs/heads/y', sha: 'f'.repeat(40) })).status).toBe(422);
  });

  it('fast-forwards, refuses what is not a fast forward unless forced, and 422s a missing ref', async () => {
    gh.setRef('acme/app', 'heads/ff', root);
    const a = await commitOn(root, 'a.txt');
    const b = await commitOn(root, 'b.txt');
    const patch = (sha: string, force?: boolean) => api('PATCH', '/repos/acme/app/git/refs/heads%2Fff', { sha, ...(force === undefined ? {} : { force }) });
    expect((await patch(a, false)).status).toBe(200);
    const refused = await patch(b);
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({ message: 'Update is not a fast forward' });
    expect(gh.ref('acme/app', 'heads/ff')).toBe(a);
    expect((await patch(b, true)).data).toMatchObject({ object: { sha: b } });
    expect((await api('PATCH', '/repos/acme/app/git/refs/heads/missing', { sha: a })).data).toMatchObject({ message: 'Reference does not exist' });
    // "refs/" belongs in POST's body, not in the URL
    expect((await api('PATCH', '/repos/acme/app/git/refs/refs/heads/ff', { sha: a, force: true })).status).toBe(422);
  });

  it('deletes a ref (204), but not the default branch', async () => {
    gh.setRef('acme/app', 'heads/tmp', root);
    expect((await api('DELETE', '/repos/acme/app/git/refs/heads/tmp')).status).toBe(204);
    expect((await api('GET', '/repos/acme/app/git/ref/heads/tmp')).status).toBe(404);
    expect((await api('DELETE', '/repos/acme/app/git/refs/heads/tmp')).status).toBe(422);
    expect((await api('DELETE', '/repos/acme/app/git/refs/heads/main')).status).toBe(422);
  });

  it('refuses updates of a protected branch with 422 and the protection message, even forced', async () => {
    gh.setRef('acme/app', 'heads/locked', root);
    gh.protectBranch('acme/app', 'locked');
    const next = await commitOn(root, 'locked.txt');
    for (const force of [false, true]) {
      const r = await api('PATCH', '/repos/acme/app/git/refs/heads/locked', { sha: next, force });
      expect(r.status).toBe(422);
      expect(r.data).toMatchObject({ message: 'Changes must be made through a pull request.' });
    }
    expect(gh.ref('acme/app', 'heads/locked')).toBe(root);
    gh.unprotectBranch('acme/app', 'locked');
    expect((await api('PATCH', '/repos/acme/app/git/refs/heads/locked', { sha: next })).status).toBe(200);
  });
});

describe('concurrent ref updates', () => {
  it('lets exactly one of 20 updates from the same tip win', async () => {
    gh.setRef('acme/app', 'heads/race', root);
    const commits = await Promise.all(Array.from({ length: 20 }, (_, i) => commitOn(root, `r${i}.txt`)));
    const answers = await Promise.all(commits.map((sha) => api('PATCH', '/repos/acme/app/git/refs/heads/race', { sha, force: false })));
    const won = commits.filter((_, i) => answers[i]?.status === 200);
    expect(won).toHaveLength(1);
    expect(answers.filter((a) => a.status === 422)).toHaveLength(19);
    expect(gh.ref('acme/app', 'heads/race')).toBe(won[0]);
  });

  it('among 20 updates along one chain, sent at once, wins exactly each one that is a fast forward when applied', async () => {
    gh.setRef('acme/app', 'heads/chain', root);
    const chain: string[] = [];
    for (let i = 0; i < 20; i++) chain.push(await commitOn(chain[i - 1] ?? root, `c${i}.txt`));
    gh.resetRequests();
    await Promise.all([...chain].reverse().map((sha) => api('PATCH', '/repos/acme/app/git/refs/heads/chain', { sha })));
    // the log is in the order the fake applied the updates
    let tip = -1;
    for (const r of gh.requests.filter((q) => q.operation === 'git.updateRef')) {
      const index = chain.indexOf((r.body as { sha: string }).sha);
      expect(r.status).toBe(index > tip ? 200 : 422);
      tip = Math.max(tip, index);
    }
    expect(gh.ref('acme/app', 'heads/chain')).toBe(chain[tip]);
  });

  it('loses no update when 20 clients each retry on the new tip until they land', async () => {
    gh.setRef('acme/app', 'heads/facts', root);
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        for (;;) {
          const tip = ((await api('GET', '/repos/acme/app/git/ref/heads/facts')).data as { object: { sha: string } }).object.sha;
          const sha = await commitOn(tip, `w${i}.txt`);
          if ((await api('PATCH', '/repos/acme/app/git/refs/heads/facts', { sha })).status === 200) return;
        }
      }),
    );
    const dir = await exported(gh, 'acme/app');
    expect(gitOut(dir, ['rev-list', '--count', `${root}..facts`])).toBe('20');
    expect(gitOut(dir, ['ls-tree', '--name-only', 'facts']).split('\n').filter((n) => n.startsWith('w'))).toHaveLength(20);
  });
});
