import { statusOf } from '../../../src/core/store/github/github-request.js';
import type { AppContext } from '../app-context.js';
import { branchHistory } from './branch-history.js';
import type { PushedCommit } from './pushed-commit-trust.js';
import { ZERO_SHA, type PushPayload } from './push-payload.js';
import type { ChangedFile } from './changed-trails.js';

/** What a push brought: its commits (with their signatures) and the files it changed. */
export interface PushedChanges {
  commits: PushedCommit[];
  files: ChangedFile[];
  /** GitHub lists at most this many files of a comparison: past it, some touched trails are unknown */
  filesTruncated: boolean;
}

const PAGE = 100;
/** GitHub's limit on the files of one comparison. */
const MAX_FILES = 300;

interface Comparison {
  total_commits?: number;
  commits?: PushedCommit[];
  files?: ChangedFile[];
}

/**
 * Every commit a push brought, and the files it changed. Most pushes are one comparison
 * `before...after`, paged: every commit reachable from the new tip and not from the merge base
 * with the old one (a force-push included). A created branch has no `before`: every commit of it
 * is new, so every one is listed; so is a force-pushed branch whose old tip GitHub no longer has.
 * A deleted one brought nothing.
 */
export async function pushedChanges(context: AppContext, { owner, repo }: { owner: string; repo: string }, push: PushPayload): Promise<PushedChanges> {
  const where = { owner, repo };
  if (push.deleted === true || push.after === ZERO_SHA) return { commits: [], files: [], filesTruncated: false };
  if (push.before === ZERO_SHA) return whole(await branchHistory(context, where, push.after));
  try {
    return await compared(context, where, push.before, push.after);
  } catch (e) {
    if (push.forced === true && statusOf(e) === 404) return whole(await branchHistory(context, where, push.after));
    throw e;
  }
}

function whole({ commits, files }: { commits: PushedCommit[]; files: ChangedFile[] }): PushedChanges {
  return { commits, files, filesTruncated: files.length >= MAX_FILES };
}

async function compared(context: AppContext, where: { owner: string; repo: string }, before: string, after: string): Promise<PushedChanges> {
  const commits: PushedCommit[] = [];
  let files: ChangedFile[] = [];
  for (let page = 1; ; page++) {
    const r = await context.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...where, basehead: `${before}...${after}`, per_page: PAGE, page });
    const data = r.data as Comparison;
    // the files come with the first page only
    if (page === 1) files = data.files ?? [];
    const listed = data.commits ?? [];
    commits.push(...listed);
    if (listed.length < PAGE || commits.length >= (data.total_commits ?? 0)) break;
  }
  return { commits, files, filesTruncated: files.length >= MAX_FILES };
}
