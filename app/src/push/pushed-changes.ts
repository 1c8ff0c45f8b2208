import type { AppContext } from '../app-context.js';
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
 * One request for most pushes: the comparison `before...after` holds both the commits and the
 * files. A created branch has no `before`: its tip commit alone is read. A deleted one brought nothing.
 */
export async function pushedChanges(context: AppContext, { owner, repo }: { owner: string; repo: string }, push: PushPayload): Promise<PushedChanges> {
  const where = { owner, repo };
  if (push.deleted === true || push.after === ZERO_SHA) return { commits: [], files: [], filesTruncated: false };
  if (push.before === ZERO_SHA) {
    const r = await context.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...where, ref: push.after });
    const commit = r.data as PushedCommit & { files?: ChangedFile[] };
    const files = commit.files ?? [];
    return { commits: [commit], files, filesTruncated: files.length >= MAX_FILES };
  }
  const commits: PushedCommit[] = [];
  let files: ChangedFile[] = [];
  for (let page = 1; ; page++) {
    const r = await context.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...where, basehead: `${push.before}...${push.after}`, per_page: PAGE, page });
    const data = r.data as Comparison;
    // the files come with the first page only
    if (page === 1) files = data.files ?? [];
    const listed = data.commits ?? [];
    commits.push(...listed);
    if (listed.length < PAGE || commits.length >= (data.total_commits ?? 0)) break;
  }
  return { commits, files, filesTruncated: files.length >= MAX_FILES };
}
