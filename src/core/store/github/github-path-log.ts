import type { PathChange, PathCommit } from '../local/path-changes.js';
import { gitHubFailure } from './github-errors.js';
import type { GitHubObjectReader } from './github-reader.js';
import type { GitHubRepo, GitHubRequest } from './github-request.js';

const PAGE = 100;

/**
 * The commits that changed `path` (a file, or a folder's files), oldest first, from GitHub's
 * path-filtered commit list; each commit's change is read from its tree and its parent's.
 */
export async function gitHubPathLog(
  request: GitHubRequest,
  where: GitHubRepo,
  reader: GitHubObjectReader,
  start: string,
  path: string,
): Promise<PathCommit[]> {
  const shas: string[] = [];
  for (let page = 1; ; page++) {
    let data: { sha: string }[];
    try {
      data = (await request('GET /repos/{owner}/{repo}/commits', { owner: where.owner, repo: where.repo, sha: start, path, per_page: PAGE, page })).data as { sha: string }[];
    } catch (e) {
      throw gitHubFailure(e, where, `listing the facts commits of ${path}`);
    }
    shas.push(...data.map((c) => c.sha));
    if (data.length < PAGE) break;
  }
  const out: PathCommit[] = [];
  for (const sha of shas.reverse()) {
    const commit = await reader.commit(sha);
    const parent = commit.parents[0]?.sha;
    const parentTree = parent === undefined ? undefined : (await reader.commit(parent)).tree.sha;
    out.push({ commit: sha, time: Math.floor(Date.parse(commit.committer.date) / 1000), changes: await changesUnder(reader, parentTree, commit.tree.sha, path) });
  }
  return out;
}

/** The files under `path` whose blob differs between two trees (or `path` itself, for a file). */
async function changesUnder(reader: GitHubObjectReader, before: string | undefined, after: string, path: string): Promise<PathChange[]> {
  const [old, now] = await Promise.all([before === undefined ? undefined : reader.lookup(before, path), reader.lookup(after, path)]);
  if (old?.mode !== '40000' && now?.mode !== '40000') {
    return old?.oid === now?.oid ? [] : [{ path, oldOid: old?.oid, newOid: now?.oid }];
  }
  const list = async (entry: typeof old) => new Map(entry?.mode === '40000' ? (await reader.readTree(entry.oid)).map((e) => [e.name, e.oid]) : []);
  const [was, is] = await Promise.all([list(old), list(now)]);
  const names = [...new Set([...was.keys(), ...is.keys()])].sort();
  return names.filter((n) => was.get(n) !== is.get(n)).map((n) => ({ path: `${path}/${n}`, oldOid: was.get(n), newOid: is.get(n) }));
}
