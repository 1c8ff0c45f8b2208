import type { BranchMove } from '../fact-store.js';
import { gitHubFailure } from './github-errors.js';
import { statusOf, type GitHubRepo, type GitHubRequest } from './github-request.js';

const PAGE = 100;

interface Comparison {
  status: 'identical' | 'ahead' | 'behind' | 'diverged';
  total_commits?: number;
  commits: { sha: string; parents: { sha: string }[] }[];
}

/**
 * How the branch went from `base` to `tip`, through "Compare two commits": its status, and every
 * commit in between (100 a page) checked for a second parent. Without a base, checking for merges
 * would cost the whole history: the move is reported incomplete instead.
 */
export async function gitHubBranchMove(request: GitHubRequest, where: GitHubRepo, base: string | undefined, tip: string): Promise<BranchMove> {
  if (base === undefined) return { relation: 'ahead', merges: [], complete: false };
  if (base === tip) return { relation: 'identical', merges: [], complete: true };
  const merges: string[] = [];
  for (let page = 1; ; page++) {
    let data: Comparison;
    try {
      data = (await request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner: where.owner, repo: where.repo, basehead: `${base}...${tip}`, per_page: PAGE, page })).data as Comparison;
    } catch (e) {
      if (statusOf(e) === 404) return { relation: 'unknown', merges: [], complete: true };
      throw gitHubFailure(e, where, 'comparing the facts branch with the commit seen before');
    }
    if (data.status !== 'ahead') return { relation: data.status, merges: [], complete: true };
    for (const c of data.commits) if (c.parents.length > 1) merges.push(c.sha);
    const total = data.total_commits ?? 0;
    if (data.commits.length < PAGE || page * PAGE >= total) break;
  }
  return { relation: 'ahead', merges, complete: true };
}

/** Whether `ancestor` is `descendant` or one of its ancestors (one request). */
export async function gitHubIsAncestor(request: GitHubRequest, where: GitHubRepo, ancestor: string, descendant: string): Promise<boolean> {
  if (ancestor === descendant) return true;
  try {
    const data = (await request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner: where.owner, repo: where.repo, basehead: `${ancestor}...${descendant}`, per_page: 1 })).data as Comparison;
    return data.status === 'ahead' || data.status === 'identical';
  } catch (e) {
    if (statusOf(e) === 404) return false;
    throw gitHubFailure(e, where, 'comparing two facts commits');
  }
}
