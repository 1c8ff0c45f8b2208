import type { AppContext } from '../app-context.js';
import type { ChangedFile } from './changed-trails.js';
import type { PushedCommit } from './pushed-commit-trust.js';

const PAGE = 100;

interface ListedCommit extends PushedCommit {
  parents?: { sha?: string }[];
}

interface Where {
  owner: string;
  repo: string;
}

/**
 * Every commit of a branch that has no known base (just created, or moved from a tip GitHub no
 * longer has), paged 100 at a time, and the files it holds: each root commit's own files and the
 * comparison from that root to the tip. Every commit is new to the facts branch, so every one is
 * checked, not the tip alone.
 */
export async function branchHistory(context: AppContext, where: Where, tip: string): Promise<{ commits: PushedCommit[]; files: ChangedFile[] }> {
  const commits: ListedCommit[] = [];
  for (let page = 1; ; page++) {
    const r = await context.request('GET /repos/{owner}/{repo}/commits', { ...where, sha: tip, per_page: PAGE, page });
    const listed = r.data as ListedCommit[];
    commits.push(...listed);
    if (listed.length < PAGE) break;
  }
  const files = new Map<string, ChangedFile>();
  for (const root of commits.filter((c) => (c.parents ?? []).length === 0)) {
    const own = await context.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...where, ref: root.sha });
    const since = root.sha === tip ? [] : ((await context.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...where, basehead: `${root.sha}...${tip}`, per_page: 1 })).data as { files?: ChangedFile[] }).files ?? [];
    for (const f of [...((own.data as { files?: ChangedFile[] }).files ?? []), ...since]) files.set(f.filename, f);
  }
  return { commits, files: [...files.values()] };
}
