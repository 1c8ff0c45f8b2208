import { FactstoreError } from '../../errors.js';
import { addSignatureToCommit } from '../../signing/commit-signature.js';
import type { Signer } from '../../signing/signer.js';
import { commitPayload, type Identity } from '../local/commit-text.js';
import { hashObject } from '../local/objects.js';
import { gitHubFailure, protectedBranch } from './github-errors.js';
import { messageOf, statusOf, type GitHubRepo, type GitHubRequest } from './github-request.js';

export interface CommitRequest {
  tip: string | undefined;
  baseTree: string | undefined;
  /** path → the file's whole new text */
  files: ReadonlyMap<string, string>;
  /** path → id of a blob already uploaded (evidence) */
  blobs: ReadonlyMap<string, string>;
  author: Identity;
  committer: Identity;
  time: Date;
  message: string;
  signer: Signer;
}

/**
 * One signed commit on top of `tip` through the Git Data API: a tree on `base_tree` (text files
 * inline, evidence by blob id), a commit whose payload is built and signed here, then the ref moved
 * without force. Returns 'moved' when the branch moved meanwhile (the caller re-applies on the new
 * tip); nothing is published until the ref update succeeds.
 */
export async function pushCommit(request: GitHubRequest, where: GitHubRepo, c: CommitRequest): Promise<{ outcome: 'updated' | 'moved'; commit: string }> {
  const call = async (route: string, params: Record<string, unknown>, doing: string): Promise<unknown> => {
    try {
      return (await request(route, { owner: where.owner, repo: where.repo, ...params })).data;
    } catch (e) {
      if (statusOf(e) === 409) throw emptyRepository(where, e);
      throw gitHubFailure(e, where, doing);
    }
  };
  const entries = [
    ...[...c.files].map(([path, content]) => ({ path, mode: '100644', type: 'blob', content })),
    ...[...c.blobs].map(([path, sha]) => ({ path, mode: '100644', type: 'blob', sha })),
  ];
  const tree = ((await call('POST /repos/{owner}/{repo}/git/trees', { ...(c.baseTree !== undefined ? { base_tree: c.baseTree } : {}), tree: entries }, 'writing the facts tree')) as { sha: string }).sha;
  const parents = c.tip === undefined ? [] : [c.tip];
  const payload = commitPayload({ tree, parents, author: c.author, committer: c.committer, time: c.time, message: c.message });
  const signature = await c.signer.sign(Buffer.from(payload, 'utf8'));
  const expected = hashObject('commit', Buffer.from(addSignatureToCommit(payload, signature), 'utf8'));
  // GitHub documents YYYY-MM-DDTHH:MM:SSZ; the signed payload holds whole seconds too
  const date = gitHubDate(c.time);
  const created = (await call(
    'POST /repos/{owner}/{repo}/git/commits',
    {
      message: payload.slice(payload.indexOf('\n\n') + 2),
      tree,
      parents,
      author: { ...c.author, date },
      committer: { ...c.committer, date },
      signature,
    },
    'writing the facts commit',
  )) as { sha: string };
  if (created.sha !== expected) {
    // GitHub built other bytes than were signed: the signature would not verify. Not published.
    throw new FactstoreError(
      'INTERNAL',
      `GitHub stored facts commit ${created.sha}, but the signed commit is ${expected}: its signature would not verify, so the branch was not moved and nothing was written. Report this with your GitHub version.`,
    );
  }
  return { outcome: await moveBranch(request, where, c.tip, created.sha), commit: created.sha };
}

/** Creates the branch, or fast-forwards it; 'moved' when someone else got there first. */
async function moveBranch(request: GitHubRequest, where: GitHubRepo, tip: string | undefined, sha: string): Promise<'updated' | 'moved'> {
  try {
    if (tip === undefined) {
      await request('POST /repos/{owner}/{repo}/git/refs', { owner: where.owner, repo: where.repo, ref: `refs/heads/${where.branch}`, sha });
    } else {
      await request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { owner: where.owner, repo: where.repo, ref: `heads/${where.branch}`, sha, force: false });
    }
    return 'updated';
  } catch (e) {
    const said = messageOf(e);
    if (statusOf(e) === 422 && /fast.forward|already exists/i.test(said)) return 'moved';
    const doing = tip === undefined ? `creating the facts branch ${where.branch}` : `moving the facts branch ${where.branch}`;
    // Any other refusal of a ref update is a branch protection rule or ruleset ("Changes must be
    // made through a pull request", "Protected branch update failed", "Repository rule violations").
    if (statusOf(e) === 422) throw protectedBranch(e, where, doing);
    throw gitHubFailure(e, where, doing);
  }
}

function emptyRepository(where: GitHubRepo, cause: unknown): FactstoreError {
  return new FactstoreError(
    'CONFIG',
    `${where.owner}/${where.repo} has no commit yet, and GitHub's API cannot write to an empty repository: push one commit to it (a README will do), then record again. Nothing was written.`,
    { cause },
  );
}

/** A time as GitHub's Git database API documents dates: `YYYY-MM-DDTHH:MM:SSZ`, whole seconds. */
export function gitHubDate(time: Date): string {
  return new Date(Math.floor(time.getTime() / 1000) * 1000).toISOString().replace(/\.000Z$/, 'Z');
}
