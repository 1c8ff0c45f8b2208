import type { TrustedSigner } from '../../core/config/config.js';
import { FactstoreError } from '../../core/errors.js';
import type { Signer } from '../../core/signing/index.js';
import { isTrustedKey } from '../../core/signing/trusted-key.js';

export interface WriterKeyCheck {
  signers: readonly TrustedSigner[];
  signer: Signer;
  /** names the config in the messages */
  where: string;
  /** the principal suggested for the signer entry */
  principal: string;
}

/**
 * A writer signs only with a key `trust.signers` lists: facts signed by any other key would not
 * count, so the write is refused before anything is written. An empty list is the bootstrap of a
 * new store: the write goes ahead, and the returned warning says the facts do not count yet.
 */
export function checkWriterKey({ signers, signer, where, principal }: WriterKeyCheck): string | undefined {
  const entry = `- { principal: ${principal}, key: "${signer.publicKey}" }`;
  if (signers.length === 0) {
    return (
      `warning: trust.signers of ${where} is empty, so no facts count yet: this write is signed with the key ${signer.fingerprint}, ` +
      `and its facts will not count until that key is added under trust.signers through a reviewed pull request:  ${entry}`
    );
  }
  if (isTrustedKey(signers, signer.publicKey)) return undefined;
  throw new FactstoreError(
    'KEY',
    `the signing key ${signer.fingerprint} (${signer.publicKey}) is not in trust.signers of ${where}, so facts it signs would not count: nothing was written. ` +
      `Sign with a listed key (--key PATH or FACTSTORE_SIGNING_KEY), or trust this one by adding the line factstore keygen printed for it under trust.signers ` +
      `through a reviewed pull request:  ${entry}`,
  );
}
