import type { AppContext } from '../app-context.js';

interface AssociatedPull {
  number: number;
  state: string;
  head: { sha: string };
  base?: { ref?: string };
}

/**
 * The open pull requests this commit heads: their breakdown comment follows it. A PR that moved
 * on to a newer commit keeps the comment of its head.
 */
export async function openPullsHeadedBy(context: AppContext, { owner, repo }: { owner: string; repo: string }, sha: string): Promise<{ number: number; base: string | undefined }[]> {
  const r = await context.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner, repo, commit_sha: sha });
  return (r.data as AssociatedPull[]).filter((p) => p.state === 'open' && p.head.sha === sha).map((p) => ({ number: p.number, base: p.base?.ref }));
}
