/**
 * The repository, its branches and commits: "Get a repository", "Get a branch", "List commits"
 * (every commit reachable from `sha`, newest first as git log lists them; with a `path`, the
 * first-parent commits that changed it; `per_page` ≤ 100/`page`, a `Link` header with
 * prev/next/last/first) and "Get a commit" (with its files and stats).
 */
import { changedFiles, firstParentHistory, lineCounts, reachableHistory } from './history.js';
import { invalid, json, notFound, type Reply } from './http-kit.js';
import type { Route, RouteContext } from './route.js';
import { linkHeader, positive } from './paging.js';
import { nodeId, repoCommitJson, repoUrl } from './shapes.js';

const DOC = 'https://docs.github.com/rest/commits/commits';

function listCommits(ctx: RouteContext): Reply {
  const from = ctx.query.get('sha') ?? ctx.repo.settings.defaultBranch;
  const start = ctx.repo.resolveCommit(from);
  if (start === undefined) throw notFound(`No commit found for SHA: ${from}`);
  const path = (ctx.query.get('path') ?? '').replace(/^\/+|\/+$/g, '');
  const perPage = positive(ctx.query.get('per_page'), 30, 100);
  const page = positive(ctx.query.get('page'), 1, Number.MAX_SAFE_INTEGER);
  const all = path === '' ? reachableHistory(ctx.repo, start) : firstParentHistory(ctx.repo, start, path);
  const shown = all.slice((page - 1) * perPage, page * perPage).map((sha) => repoCommitJson(ctx.shapes, sha));
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const link = linkHeader(ctx, page, last);
  return json(shown, 200, link === '' ? {} : { link });
}

function getCommit(ctx: RouteContext, [ref = '']: string[]): Reply {
  const sha = ctx.repo.resolveCommit(ref);
  const c = sha === undefined ? undefined : ctx.repo.commit(sha);
  if (sha === undefined || c === undefined) throw invalid(`No commit found for SHA: ${ref}`, `${DOC}#get-a-commit`);
  const parentTree = c.parents[0] === undefined ? undefined : ctx.repo.commit(c.parents[0])?.tree;
  const { files, stats } = filesJson(ctx, sha, parentTree, c.tree);
  return json({ ...repoCommitJson(ctx.shapes, sha), stats, files });
}

/** The files changed between two trees as "Get a commit" and "Compare two commits" list them (at most 300), links at `sha`. */
export function filesJson(ctx: RouteContext, sha: string, before: string | undefined, after: string | undefined): { files: Record<string, unknown>[]; stats: { total: number; additions: number; deletions: number } } {
  const base = repoUrl(ctx.shapes);
  let additions = 0;
  let deletions = 0;
  const files = changedFiles(ctx.repo, before, after).slice(0, 300).map((f) => {
    const counts = lineCounts(f.before === undefined ? undefined : ctx.repo.object(f.before)?.body, f.after === undefined ? undefined : ctx.repo.object(f.after)?.body);
    additions += counts.additions;
    deletions += counts.deletions;
    return {
      sha: f.after ?? f.before,
      filename: f.path,
      status: f.status,
      ...counts,
      changes: counts.additions + counts.deletions,
      blob_url: `https://github.com/${ctx.repo.fullName}/blob/${sha}/${f.path}`,
      raw_url: `https://github.com/${ctx.repo.fullName}/raw/${sha}/${f.path}`,
      contents_url: `${base}/contents/${f.path}?ref=${sha}`,
    };
  });
  return { files, stats: { total: additions + deletions, additions, deletions } };
}

function getRepo(ctx: RouteContext): Reply {
  const r = ctx.repo;
  const a = ctx.account;
  const write = a?.contents === 'write';
  return json({
    id: r.settings.id,
    node_id: nodeId('Repository', String(r.settings.id)),
    name: r.settings.name,
    full_name: r.fullName,
    private: r.settings.private,
    visibility: r.settings.private ? 'private' : 'public',
    owner: { login: r.settings.owner, type: 'Organization', url: `${ctx.shapes.api}/users/${r.settings.owner}` },
    html_url: `https://github.com/${r.fullName}`,
    url: repoUrl(ctx.shapes),
    default_branch: r.settings.defaultBranch,
    size: r.isEmpty ? 0 : 1,
    permissions: { admin: false, maintain: false, push: write, triage: write, pull: true },
  });
}

function getBranch(ctx: RouteContext, [branch = '']: string[]): Reply {
  const sha = ctx.repo.refs.get(`refs/heads/${branch}`);
  if (sha === undefined) throw notFound('Branch not found');
  const base = repoUrl(ctx.shapes);
  return json({
    name: branch,
    commit: repoCommitJson(ctx.shapes, sha),
    _links: { self: `${base}/branches/${branch}`, html: `https://github.com/${ctx.repo.fullName}/tree/${branch}` },
    protected: ctx.repo.protectedBranches.has(branch),
    protection_url: `${base}/branches/${branch}/protection`,
  });
}

export const commitRoutes: Route[] = [
  { method: 'GET', pattern: /^$/, operation: 'repos.get', handle: getRepo },
  { method: 'GET', pattern: /^\/branches\/(.+)$/, operation: 'repos.getBranch', handle: getBranch },
  { method: 'GET', pattern: /^\/commits$/, operation: 'repos.listCommits', gitData: true, handle: listCommits },
  { method: 'GET', pattern: /^\/commits\/(.+)$/, operation: 'repos.getCommit', gitData: true, handle: getCommit },
];
