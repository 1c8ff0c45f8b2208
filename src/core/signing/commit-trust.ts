/** Whether a commit's signature verifies and comes from a signer the config trusts. */
import type { TrustedSigner } from '../config/config.js';
import { splitSignedCommit } from './commit-signature.js';
import { parsePublicKey } from './public-key.js';
import { GIT_NAMESPACE } from './sign-sshsig.js';
import { SIGNATURE_BEGIN } from './sshsig-format.js';
import { verifySshsig } from './verify-sshsig.js';

export interface CommitTrust {
  status: 'trusted' | 'untrusted' | 'unsigned' | 'invalid';
  principal?: string;
  fingerprint?: string;
  detail?: string;
}

/**
 * `rawCommit` is the commit object's text (`git cat-file commit SHA`). It is re-encoded as
 * UTF-8 to verify, so it must have been decoded from UTF-8 bytes without loss.
 */
export function checkCommitTrust(rawCommit: string, trusted: TrustedSigner[]): CommitTrust {
  const { payload, signature } = splitSignedCommit(rawCommit);
  if (signature === undefined) return { status: 'unsigned', detail: 'The commit has no gpgsig header.' };
  if (!signature.trimStart().startsWith(SIGNATURE_BEGIN)) {
    const kind = signature.includes('BEGIN PGP SIGNATURE') ? 'a PGP signature' : 'not an SSH signature';
    return { status: 'invalid', detail: `The commit's signature is ${kind}: facts commits must be signed with SSH (SSHSIG, namespace git).` };
  }
  const result = verifySshsig(signature, Buffer.from(payload, 'utf8'), GIT_NAMESPACE);
  const fingerprint = result.fingerprint === undefined ? {} : { fingerprint: result.fingerprint };
  if (!result.valid || !result.publicKeyBlob) {
    return { status: 'invalid', ...fingerprint, detail: result.error ?? 'The signature does not verify.' };
  }
  const signer = findSigner(result.publicKeyBlob, trusted);
  if (!signer) {
    return { status: 'untrusted', ...fingerprint, detail: `The signature is valid but key ${result.fingerprint ?? ''} is not listed under trust.signers in the config.` };
  }
  return { status: 'trusted', principal: signer.principal, ...fingerprint };
}

/** A listed key that cannot be parsed never matches; the config validator reports it. */
function findSigner(blob: Buffer, trusted: TrustedSigner[]): TrustedSigner | undefined {
  return trusted.find((s) => {
    try {
      return parsePublicKey(s.key).blob.equals(blob);
    } catch {
      return false;
    }
  });
}
