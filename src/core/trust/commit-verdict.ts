import { GIT_NAMESPACE } from '../signing/sign-sshsig.js';
import { SIGNATURE_BEGIN } from '../signing/sshsig-format.js';
import { verifySshsig } from '../signing/verify-sshsig.js';
import type { FileCommit } from '../store/fact-store.js';
import type { SignerEntry, TrustedKeys } from './trusted-keys.js';

/** Who signed a facts commit, as far as `trust.signers` is concerned. */
export type CommitVerdict =
  | { status: 'trusted'; entry: SignerEntry }
  /** a valid signature by a key the config does not list */
  | { status: 'untrusted'; fingerprint: string }
  | { status: 'unsigned' }
  /** a signature that does not verify, is not SSH, or is malformed */
  | { status: 'invalid'; detail: string };

/** The words for a verdict, as every surface shows them ("unsigned", "signed by a key not in trust.signers"…). */
export function verdictText(v: CommitVerdict): string {
  switch (v.status) {
    case 'trusted':
      return `signed by ${v.entry.signer.principal}`;
    case 'untrusted':
      return `signed by key ${v.fingerprint}, which trust.signers does not list`;
    case 'unsigned':
      return 'unsigned';
    case 'invalid':
      return `bad signature (${v.detail.replace(/\.$/, '')})`;
  }
}

/**
 * Checks a commit's SSH signature over its payload (namespace `git`, as `git verify-commit`
 * does) and finds its key in `trust.signers`. A commit whose payload could not be read is not
 * judged here: the caller fails closed on it.
 */
export function commitVerdict(commit: Pick<FileCommit, 'payload' | 'signature'>, keys: TrustedKeys): CommitVerdict {
  if (commit.signature === undefined || commit.payload === undefined) return { status: 'unsigned' };
  if (!commit.signature.trimStart().startsWith(SIGNATURE_BEGIN)) {
    const kind = commit.signature.includes('BEGIN PGP SIGNATURE') ? 'a PGP signature' : 'not an SSH signature';
    return { status: 'invalid', detail: `${kind}: facts commits are signed with SSH` };
  }
  const result = verifySshsig(commit.signature, Buffer.from(commit.payload, 'utf8'), GIT_NAMESPACE);
  if (!result.valid || result.publicKeyBlob === undefined) return { status: 'invalid', detail: result.error ?? 'the signature does not verify' };
  const entry = keys.entryFor(result.publicKeyBlob);
  if (entry === undefined) return { status: 'untrusted', fingerprint: result.fingerprint ?? 'unknown' };
  return { status: 'trusted', entry };
}
