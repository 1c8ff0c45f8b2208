import type { AppContext } from './app-context.js';

/** Finds the App's one comment on a PR again, whatever its text around it. */
export const COMMENT_MARKER = '<!-- factstore:breakdown -->';

const PAGE = 100;

interface IssueComment {
  id: number;
  body?: string;
}

export interface PullRef {
  owner: string;
  repo: string;
  pullNumber: number;
}

/**
 * Writes the breakdown into the PR's one Factstore comment: edited in place when there, else
 * created — unless `create` is false. Only pull_request events create it: two kinds of event for
 * the same push racing to create would leave two comments.
 */
export async function upsertPrComment(context: AppContext, where: PullRef, markdown: string, create = true): Promise<'created' | 'updated' | 'absent'> {
  const { owner, repo, pullNumber } = where;
  const body = `${COMMENT_MARKER}\n${markdown}`;
  const existing = await findComment(context, where);
  if (existing !== undefined) {
    await context.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: existing, body });
    return 'updated';
  }
  if (!create) return 'absent';
  await context.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: pullNumber, body });
  return 'created';
}

async function findComment(context: AppContext, { owner, repo, pullNumber }: PullRef): Promise<number | undefined> {
  for (let page = 1; ; page++) {
    const r = await context.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: pullNumber, per_page: PAGE, page });
    const comments = r.data as IssueComment[];
    const mine = comments.find((c) => c.body?.includes(COMMENT_MARKER) === true);
    if (mine !== undefined) return mine.id;
    if (comments.length < PAGE) return undefined;
  }
}
