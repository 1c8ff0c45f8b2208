import type { TrustedSigner } from '../../core/config/config.js';
import { addSignatureToCommit, checkCommitTrust, type CommitTrust } from '../../core/signing/index.js';
import type { GitHubRequest } from '../../core/store/github/github-request.js';
import type { FactsLocation } from '../github/open-store.js';

/** A commit as the compare and list-commits APIs answer it. */
export interface PushedFactsCommit {
  sha: string;
  commit: { message?: string; verification?: { signature?: string | null; payload?: string | null } | null };
  parents?: { sha?: string }[];
}

export interface PushedFacts {
  /** every commit the push brought, each once */
  commits: PushedFactsCommit[];
  /** the paths it changed (GitHub lists at most 300 files of a comparison) */
  paths: string[];
}

const PAGE = 100;

interface Comparison {
  total_commits?: number;
  commits?: PushedFactsCommit[];
  files?: { filename?: unknown }[];
}

const pathsOf = (files: { filename?: unknown }[] | undefined): string[] => (files ?? []).flatMap((f) => (typeof f.filename === 'string' ? [f.filename] : []));

/**
 * Every commit a push to the facts branch brought, paged, not its tip alone: the comparison of the
 * old and new tips, or, for a branch the push created, every commit of it (100 a page) with the
 * files of each root commit and of the comparison from that root to the tip.
 */
export async function pushedFacts(request: GitHubRequest, at: FactsLocation, before: string | undefined, after: string): Promise<PushedFacts> {
  const where = { owner: at.owner, repo: at.repo };
  if (before !== undefined) {
    const commits: PushedFactsCommit[] = [];
    let paths: string[] = [];
    for (let page = 1; ; page++) {
      const data = (await request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...where, basehead: `${before}...${after}`, per_page: PAGE, page })).data as Comparison;
      // the files come with the first page only
      if (page === 1) paths = pathsOf(data.files);
      const listed = data.commits ?? [];
      commits.push(...listed);
      if (listed.length < PAGE || commits.length >= (data.total_commits ?? 0)) break;
    }
    return { commits, paths };
  }
  const commits: PushedFactsCommit[] = [];
  for (let page = 1; ; page++) {
    const listed = (await request('GET /repos/{owner}/{repo}/commits', { ...where, sha: after, per_page: PAGE, page })).data as PushedFactsCommit[];
    commits.push(...listed);
    if (listed.length < PAGE) break;
  }
  const paths = new Set<string>();
  for (const root of commits.filter((c) => (c.parents ?? []).length === 0)) {
    const own = (await request('GET /repos/{owner}/{repo}/commits/{ref}', { ...where, ref: root.sha })).data as Comparison;
    const since = root.sha === after ? {} : ((await request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...where, basehead: `${root.sha}...${after}`, per_page: 1 })).data as Comparison);
    for (const p of [...pathsOf(own.files), ...pathsOf(since.files)]) paths.add(p);
  }
  return { commits, paths: [...paths] };
}

/**
 * The pushed commits not signed by a key of `trust.signers`, with why: the raw commit is rebuilt
 * from the payload and signature GitHub returns and checked as `factstore verify` checks it.
 */
export function untrustedPushedCommits(commits: readonly PushedFactsCommit[], signers: TrustedSigner[]): { sha: string; trust: CommitTrust }[] {
  return commits.flatMap((c) => {
    const payload = c.commit.verification?.payload;
    const signature = c.commit.verification?.signature;
    const trust: CommitTrust =
      payload === undefined || payload === null || signature === undefined || signature === null || signature === ''
        ? { status: 'unsigned', detail: 'The commit has no signature.' }
        : checkCommitTrust(addSignatureToCommit(payload, signature), signers);
    return trust.status === 'trusted' ? [] : [{ sha: c.sha, trust }];
  });
}
