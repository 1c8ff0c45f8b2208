import { FactstoreError } from '../../../src/core/errors.js';
import type { AppContext } from '../app-context.js';

export interface PullHead {
  sha: string;
  ref: string;
  /** the branch the pull request merges into: what its gate is judged for */
  base: string;
}

/** The commit a pull request heads now: commands act on what the PR would merge. */
export async function pullHead(context: AppContext, where: { owner: string; repo: string; pullNumber: number }): Promise<PullHead> {
  const r = await context.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: where.owner, repo: where.repo, pull_number: where.pullNumber });
  const data = r.data as { head?: { sha?: unknown; ref?: unknown }; base?: { ref?: unknown } };
  const head = data.head;
  const base = data.base?.ref;
  if (typeof head?.sha !== 'string' || typeof head.ref !== 'string' || typeof base !== 'string') {
    throw new FactstoreError('NOT_FOUND', `pull request ${where.owner}/${where.repo}#${where.pullNumber} has no head commit: push one, then write the command again.`);
  }
  return { sha: head.sha, ref: head.ref, base };
}
