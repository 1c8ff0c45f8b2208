import type { FileCommit } from '../fact-store.js';
import { gitHubFailure } from './github-errors.js';
import { readPath } from './github-contents.js';
import type { GitHubRepo, GitHubRequest } from './github-request.js';
import { listedCommitsKey, type ListedCommitsCache } from './listed-commits-cache.js';

const PAGE = 100;

/** "List commits" item: what the trust check reads from it. */
export interface ListedCommit {
  sha: string;
  parents: { sha: string }[];
  commit: {
    committer?: { date?: string } | null;
    message?: string;
    tree?: { sha?: string };
    verification?: { reason?: string; signature?: string | null; payload?: string | null } | null;
  };
}

/**
 * Every commit that changed the file at `path`, oldest first, from GitHub's path-filtered commit
 * list (100 a page: a trail's commits fit in one request). The signed payload and signature come
 * with each commit (`verification`), so no commit is read on its own; a signed commit GitHub
 * answers without them cannot be checked and is marked unreadable: the decision fails closed.
 *
 * With a `cache` (a long-running App), the first page is joined to the list kept from an earlier
 * call when that page reaches the newest commit kept and agrees with the list from there on; any
 * other answer (a branch rewound or rewritten, more than a page of new commits) is listed in full.
 */
export async function gitHubFileCommits(
  request: GitHubRequest,
  where: GitHubRepo,
  start: string,
  path: string,
  /** sees every commit listed (the store keeps their trees: the tip is often among them) */
  seen?: (c: ListedCommit) => void,
  cache?: ListedCommitsCache,
): Promise<FileCommit[]> {
  const key = listedCommitsKey(where, path);
  const kept = cache?.get(key);
  const first = await listPage(request, where, start, path, 1);
  let listed = kept === undefined ? undefined : continued(first, kept);
  if (listed === undefined) {
    listed = [...first];
    for (let page = 2, last = first; last.length === PAGE; page++) {
      last = await listPage(request, where, start, path, page);
      listed.push(...last);
    }
  }
  cache?.set(key, listed);
  for (const c of listed) seen?.(c);
  return [...listed].reverse().map((c) => fileCommit(request, where, path, c));
}

async function listPage(request: GitHubRequest, where: GitHubRepo, start: string, path: string, page: number): Promise<ListedCommit[]> {
  try {
    return (await request('GET /repos/{owner}/{repo}/commits', { owner: where.owner, repo: where.repo, sha: start, path, per_page: PAGE, page })).data as ListedCommit[];
  } catch (e) {
    throw gitHubFailure(e, where, `listing the facts commits of ${path}`);
  }
}

/**
 * The whole list, newest first, when the first page continues the kept one: the page reaches the
 * kept list's newest commit and, from there on, lists the kept list's first commits in order; a
 * page that is not full holds the file's whole history, so the kept list must end where it ends.
 */
function continued(first: readonly ListedCommit[], kept: readonly ListedCommit[]): ListedCommit[] | undefined {
  const at = first.findIndex((c) => c.sha === kept[0]?.sha);
  // (not found: -1 takes the page's last commit, which is not the kept list's first)
  const overlap = first.slice(at);
  if (overlap.some((c, i) => c.sha !== kept[i]?.sha)) return undefined;
  if (first.length < PAGE && overlap.length !== kept.length) return undefined;
  return [...first.slice(0, at), ...kept];
}

export function fileCommit(request: GitHubRequest, where: GitHubRepo, path: string, c: ListedCommit): FileCommit {
  const v = c.commit.verification ?? undefined;
  const signed = typeof v?.signature === 'string' && typeof v.payload === 'string';
  const unsigned = !signed && v?.reason === 'unsigned';
  return {
    commit: c.sha,
    parents: c.parents.map((p) => p.sha),
    time: c.commit.committer?.date ?? '',
    payload: signed ? (v.payload ?? undefined) : undefined,
    signature: signed ? (v.signature ?? undefined) : undefined,
    ...(signed || unsigned
      ? {}
      : {
          unreadable:
            `GitHub answered facts commit ${c.sha} without its signed payload and signature (verification reason: ${v?.reason ?? 'none given'}), ` +
            'so its signature cannot be checked: check it from a clone with factstore verify, and report the answer if it persists',
        }),
    textAfter: async () => {
      const bytes = await readPath(request, where, c.sha, path);
      return bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8');
    },
  };
}
