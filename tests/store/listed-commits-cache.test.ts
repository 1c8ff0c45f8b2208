// The App keeps what "List commits" answered for each facts file, so a trail judged again lists one
// page instead of its whole history; against the fake GitHub, through a real Octokit, with the
// requests counted. Every answer must be exactly what a listing without the cache gives.
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitHubFileCommits, type ListedCommit } from '../../src/core/store/github/github-file-history.js';
import { ListedCommitsCache, listedCommitsKey } from '../../src/core/store/github/listed-commits-cache.js';
import { commitText } from '../helpers/fake-github/commit-object.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { buildTree } from '../helpers/fake-github/tree-edit.js';

const TRAIL = 'trails/payments/00/b1.ndjson';
let gh: FakeGitHub;
let repos = 0;
let clock = 1_790_000_000;

beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(() => gh.close());

/** `count` commits on top of `parent`, each appending a line to `path`; returns the new tip. */
function grow(fullName: string, parent: string | undefined, count: number, path = TRAIL): string {
  const repo = gh.repository(fullName);
  let tip = parent;
  for (let i = 0; i < count; i++) {
    const tree = tip === undefined ? undefined : repo.commit(tip)?.tree;
    const before = tip === undefined ? '' : (gh.readFile(fullName, tip, path)?.toString() ?? '');
    const blob = repo.write('blob', Buffer.from(`${before}{"n":${clock}}\n`));
    const who = { name: 'CI', email: 'ci@acme.test', seconds: clock++, offset: '+0000' };
    tip = repo.write('commit', Buffer.from(commitText({ tree: buildTree(repo, tree, [{ path, mode: '100644', sha: blob }]), parents: tip === undefined ? [] : [tip], author: who, committer: who, message: `line ${clock}\n` })));
  }
  return tip as string;
}

function fixture(commits: number): { fullName: string; where: { owner: string; repo: string; branch: string }; tip: string } {
  const fullName = `acme/listed-${++repos}`;
  gh.createRepo(fullName);
  const tip = grow(fullName, undefined, commits);
  gh.setRef(fullName, 'heads/factstore', tip);
  return { fullName, where: { owner: 'acme', repo: fullName.split('/')[1] as string, branch: 'factstore' }, tip };
}

/** Lists the trail's commits from `start`; the shas oldest first, and the List commits requests made. */
async function list(where: { owner: string; repo: string; branch: string }, start: string, cache?: ListedCommitsCache, path = TRAIL): Promise<{ shas: string[]; requests: number }> {
  const octokit = getOctokit(gh.token, { baseUrl: gh.url });
  let requests = 0;
  octokit.hook.before('request', (options) => {
    if (String(options.url).includes('/commits')) requests++;
  });
  const commits = await gitHubFileCommits(octokit.request, where, start, path, undefined, cache);
  return { shas: commits.map((c) => c.commit), requests };
}

describe('the listed-commits cache', () => {
  it('lists a grown trail with one request and the same answer as a full listing', async () => {
    const { fullName, where, tip } = fixture(250);
    const cache = new ListedCommitsCache();
    const cold = await list(where, tip, cache);
    expect(cold.requests).toBe(3);
    expect(cold.shas).toHaveLength(250);
    const next = grow(fullName, tip, 3);
    const warm = await list(where, next, cache);
    const full = await list(where, next);
    expect(warm.requests).toBe(1);
    expect(full.requests).toBe(3);
    expect(warm.shas).toEqual(full.shas);
    expect(warm.shas).toHaveLength(253);
    expect(cache.size).toBe(253);
  });

  it('answers a rewound branch from GitHub, not from what it kept', async () => {
    const { fullName, where, tip } = fixture(120);
    const cache = new ListedCommitsCache();
    await list(where, grow(fullName, tip, 5), cache);
    const rewound = await list(where, tip, cache);
    expect(rewound.shas).toEqual((await list(where, tip)).shas);
    expect(rewound.shas).toHaveLength(120);
    expect(rewound.requests).toBe(2);
  });

  it('lists in full after more than a page of new commits', async () => {
    const { fullName, where, tip } = fixture(30);
    const cache = new ListedCommitsCache();
    await list(where, tip, cache);
    const next = grow(fullName, tip, 150);
    const after = await list(where, next, cache);
    expect(after.requests).toBe(2);
    expect(after.shas).toEqual((await list(where, next)).shas);
  });

  it.each([
    ['one of its commits swapped for another', (kept: readonly ListedCommit[], foreign: ListedCommit) => [...kept.slice(0, 10), foreign, ...kept.slice(11)]],
    ['a commit more at its end', (kept: readonly ListedCommit[], foreign: ListedCommit) => [...kept, foreign]],
    ['a commit fewer in its middle', (kept: readonly ListedCommit[]) => [...kept.slice(0, 10), ...kept.slice(11)]],
  ])('does not join a kept list the page disagrees with: %s', async (_label, tamper) => {
    const { fullName, where, tip } = fixture(40);
    const elsewhere = fixture(1);
    const cache = new ListedCommitsCache();
    await list(where, tip, cache);
    const foreign = { sha: elsewhere.tip, parents: [], commit: {} };
    const key = listedCommitsKey(where, TRAIL);
    cache.set(key, tamper(cache.get(key) as readonly ListedCommit[], foreign));
    const next = grow(fullName, tip, 2);
    const after = await list(where, next, cache);
    expect(after.shas).toEqual((await list(where, next)).shas);
    expect(after.shas).toHaveLength(42);
    expect(after.shas).not.toContain(elsewhere.tip);
  });

  it('reuses nothing of a branch rewritten under it', async () => {
    const { fullName, where, tip } = fixture(40);
    const cache = new ListedCommitsCache();
    const before = await list(where, tip, cache);
    const rewritten = grow(fullName, undefined, 41);
    const fresh = await list(where, rewritten, cache);
    expect(fresh.shas).toEqual((await list(where, rewritten)).shas);
    expect(fresh.shas.some((s) => before.shas.includes(s))).toBe(false);
  });

  it('keeps at most the commits it was given room for, forgetting the least recently used file', () => {
    const cache = new ListedCommitsCache(5);
    const commits = (label: string, n: number): ListedCommit[] => Array.from({ length: n }, (_, i) => ({ sha: `${label}${i}`, parents: [], commit: {} }));
    cache.set('a', commits('a', 2));
    cache.set('b', commits('b', 2));
    expect(cache.get('a')).toHaveLength(2);
    cache.set('c', commits('c', 2));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toHaveLength(2);
    expect(cache.size).toBe(4);
    cache.set('huge', commits('h', 6));
    expect(cache.get('huge')).toBeUndefined();
    cache.set('a', commits('a', 1));
    expect(cache.size).toBe(3);
  });
});
