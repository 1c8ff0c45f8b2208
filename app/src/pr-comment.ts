import type { AppContext } from './app-context.js';
import { writtenBy, type AppIdentity, type CommentAuthor } from './app-identity.js';

/** Finds the App's one comment on a PR again, whatever its text around it. */
export const COMMENT_MARKER = '<!-- factstore:breakdown -->';

const PAGE = 100;

interface IssueComment extends CommentAuthor {
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
 * the same push racing to create would leave two comments. The comment is the App's own: one
 * with the marker written by anyone else is never edited, nor taken for it.
 */
export async function upsertPrComment(context: AppContext, where: PullRef, markdown: string, app: () => Promise<AppIdentity>, create = true): Promise<'created' | 'updated' | 'absent'> {
  const { owner, repo, pullNumber } = where;
  const body = `${COMMENT_MARKER}\n${markdown}`;
  const existing = await findComment(context, where, app);
  if (existing !== undefined) {
    await context.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: existing, body });
    return 'updated';
  }
  if (!create) return 'absent';
  await context.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: pullNumber, body });
  return 'created';
}

async function findComment(context: AppContext, { owner, repo, pullNumber }: PullRef, app: () => Promise<AppIdentity>): Promise<number | undefined> {
  for (let page = 1; ; page++) {
    const r = await context.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: pullNumber, per_page: PAGE, page });
    const comments = r.data as IssueComment[];
    const marked = comments.filter((c) => c.body?.includes(COMMENT_MARKER) === true);
    // who the App is is asked only once a marked comment is there to judge
    const self = marked.length > 0 ? await app() : undefined;
    const mine = self === undefined ? undefined : marked.find((c) => writtenBy(c, self));
    if (mine !== undefined) return mine.id;
    const others = self === undefined ? [] : marked.filter((c) => !writtenBy(c, self));
    if (others.length > 0) context.log.warn(`factstore: ${owner}/${repo}#${pullNumber}: comment(s) ${others.map((c) => c.id).join(', ')} carry the breakdown marker but were not written by the App; left alone.`);
    if (comments.length < PAGE) return undefined;
  }
}
