import type { TrustedSigner } from '../../../src/core/config/config.js';
import { addSignatureToCommit, checkCommitTrust, type CommitTrust } from '../../../src/core/signing/index.js';

/** A commit as the compare and commit APIs list it. */
export interface PushedCommit {
  sha: string;
  commit: {
    message: string;
    verification?: { signature?: string | null; payload?: string | null } | null;
  };
}

export interface UntrustedCommit {
  sha: string;
  trust: CommitTrust;
}

/**
 * The commit's trust under the config's signers, from the signed payload and signature GitHub
 * returns: the raw commit is rebuilt and checked as `factstore verify` checks it. GitHub's own
 * `verified` is not used: it knows the keys of GitHub users, not the config's signers.
 */
export function pushedCommitTrust(c: PushedCommit, signers: TrustedSigner[]): CommitTrust {
  const payload = c.commit.verification?.payload;
  const signature = c.commit.verification?.signature;
  if (payload === undefined || payload === null || signature === undefined || signature === null || signature === '') {
    return { status: 'unsigned', detail: 'The commit has no signature.' };
  }
  return checkCommitTrust(addSignatureToCommit(payload, signature), signers);
}

/** The pushed commits that are not signed by a trusted key, with why. */
export function untrustedCommits(commits: readonly PushedCommit[], signers: TrustedSigner[]): UntrustedCommit[] {
  return commits.flatMap((c) => {
    const trust = pushedCommitTrust(c, signers);
    return trust.status === 'trusted' ? [] : [{ sha: c.sha, trust }];
  });
}
