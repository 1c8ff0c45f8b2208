import type { FileCommit } from '../fact-store.js';
import { gitHubFailure } from './github-errors.js';
import { readPath } from './github-contents.js';
import type { GitHubRepo, GitHubRequest } from './github-request.js';

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
 */
export async function gitHubFileCommits(
  request: GitHubRequest,
  where: GitHubRepo,
  start: string,
  path: string,
  /** sees every commit listed (the store keeps their trees: the tip is often among them) */
  seen?: (c: ListedCommit) => void,
): Promise<FileCommit[]> {
  const listed: ListedCommit[] = [];
  for (let page = 1; ; page++) {
    let data: ListedCommit[];
    try {
      data = (await request('GET /repos/{owner}/{repo}/commits', { owner: where.owner, repo: where.repo, sha: start, path, per_page: PAGE, page })).data as ListedCommit[];
    } catch (e) {
      throw gitHubFailure(e, where, `listing the facts commits of ${path}`);
    }
    listed.push(...data);
    for (const c of data) seen?.(c);
    if (data.length < PAGE) break;
  }
  return listed.reverse().map((c) => fileCommit(request, where, path, c));
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
