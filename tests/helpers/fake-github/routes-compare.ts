/**
 * "Compare two commits" (`GET /compare/{base}...{head}`): status, ahead_by, behind_by, the
 * commits reachable from head and not from base (oldest first, 250 unless `per_page` (≤ 100) and `page` say otherwise), each
 * with its `commit.verification` (the real `signature` and `payload`, so a client can check the
 * signature itself; never `verified: true` here), and the files changed from the merge base to
 * head (at most 300, on the first page only).
 */
import { json, notFound, type Reply } from './http-kit.js';
import { compareCommits } from './compare.js';
import { linkHeader } from './paging.js';
import type { Route, RouteContext } from './route.js';
import { filesJson } from './routes-commits.js';
import { repoCommitJson, repoUrl } from './shapes.js';

function count(text: string | null, fallback: number, max: number): number {
  const n = text === null ? fallback : Number.parseInt(text, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback;
}

function compare(ctx: RouteContext, [basehead = '']: string[]): Reply {
  const [baseRef, headRef, extra] = basehead.split('...');
  if (baseRef === undefined || headRef === undefined || extra !== undefined || baseRef === '' || headRef === '') throw notFound();
  const base = ctx.repo.resolveCommit(baseRef);
  const head = ctx.repo.resolveCommit(headRef);
  if (base === undefined || head === undefined) throw notFound(`No common ancestor between ${baseRef} and ${headRef}.`);
  const { mergeBase, ahead, behindBy } = compareCommits(ctx.repo, base, head);
  if (mergeBase === undefined) throw notFound(`No common ancestor between ${baseRef} and ${headRef}.`);
  // GitHub's description: per_page "(max 100)"; without it, the first 250 commits
  const perPage = count(ctx.query.get('per_page'), 250, 100);
  const page = count(ctx.query.get('page'), 1, Number.MAX_SAFE_INTEGER);
  const last = Math.max(1, Math.ceil(ahead.length / perPage));
  const status = ahead.length === 0 ? (behindBy === 0 ? 'identical' : 'behind') : behindBy === 0 ? 'ahead' : 'diverged';
  // GitHub: "the list of changed files is only shown on the first page of results"
  const { files } = page === 1 ? filesJson(ctx, head, ctx.repo.commit(mergeBase)?.tree, ctx.repo.commit(head)?.tree) : { files: [] };
  const html = `https://github.com/${ctx.repo.fullName}/compare/${baseRef}...${headRef}`;
  const link = linkHeader(ctx, page, last);
  return json(
    {
      url: `${repoUrl(ctx.shapes)}/compare/${baseRef}...${headRef}`,
      html_url: html,
      permalink_url: `https://github.com/${ctx.repo.fullName}/compare/${base.slice(0, 7)}...${head.slice(0, 7)}`,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      base_commit: repoCommitJson(ctx.shapes, base),
      merge_base_commit: repoCommitJson(ctx.shapes, mergeBase),
      status,
      ahead_by: ahead.length,
      behind_by: behindBy,
      total_commits: ahead.length,
      commits: ahead.slice((page - 1) * perPage, page * perPage).map((sha) => repoCommitJson(ctx.shapes, sha)),
      files,
    },
    200,
    link === '' ? {} : { link },
  );
}

export const compareRoutes: Route[] = [{ method: 'GET', pattern: /^\/compare\/(.+)$/, operation: 'repos.compareCommits', gitData: true, handle: compare }];

