import * as core from '@actions/core';
import type { TrustedSigner } from '../../core/config/config.js';
import { FactstoreError } from '../../core/errors.js';
import { sshSigner, type Signer } from '../../core/signing/index.js';
import { secretMarkers, type SecretMarker } from '../../core/signing/secret-markers.js';
import { isTrustedKey } from '../../core/signing/trusted-key.js';
import type { RunnerEnv } from '../env/runner-env.js';
import { maskSecret } from '../secrets.js';
import { optionalInput } from './input-reader.js';

/** The key text of the `signing-key` input, else of FACTSTORE_SIGNING_KEY; masked as soon as read. */
export function readSigningKey(env: RunnerEnv): string | undefined {
  const text = optionalInput('signing-key') ?? env.signingKeyEnv;
  if (text !== undefined) maskSecret(text);
  return text;
}

/** The signer of the facts commits; a missing or malformed key fails before anything is sent. */
export function signerFrom(keyText: string | undefined): Signer {
  if (keyText === undefined) {
    throw new FactstoreError(
      'KEY',
      'no signing key: add `signing-key: ${{ secrets.FACTSTORE_SIGNING_KEY }}` to the step, the secret holding a key made by `factstore keygen` ' +
        'whose public key is listed under trust.signers in the config.',
    );
  }
  try {
    return sshSigner(keyText);
  } catch (e) {
    if (!(e instanceof FactstoreError)) throw e;
    throw new FactstoreError('KEY', `the \`signing-key\` input is not a usable key: ${e.message}`, { cause: e });
  }
}

/** What betrays the key in evidence (see secret-markers.ts); nothing to look for without a key. */
export function keySecretMarkers(keyText: string | undefined): SecretMarker[] {
  return keyText === undefined ? [] : secretMarkers(keyText);
}

/**
 * A writing step signs only with a key `trust.signers` of `where` lists: facts signed by any other
 * key would not count, so the step fails before anything is sent. With no signers at all (a new
 * store) the write goes ahead with a warning.
 */
export function checkSigningKey(signer: Signer, signers: readonly TrustedSigner[], where: string): void {
  const entry = `- { principal: ${principalOf(signer.publicKey)}, key: "${signer.publicKey}" }`;
  if (signers.length === 0) {
    core.warning(
      `factstore: trust.signers of ${where} is empty, so no facts count yet: this step signs with the key ${signer.fingerprint}, ` +
        `and its facts will not count until that key is added under trust.signers through a reviewed pull request:  ${entry}`,
    );
    return;
  }
  if (isTrustedKey(signers, signer.publicKey)) return;
  throw new FactstoreError(
    'KEY',
    `the signing key ${signer.fingerprint} (${signer.publicKey}) is not in trust.signers of ${where}, so facts it signs would not count: nothing was written. ` +
      'Give `signing-key` the secret of a listed key, or trust this one by adding the line `factstore keygen` printed for it under trust.signers ' +
      `through a reviewed pull request:  ${entry}`,
  );
}

/** The key's comment (keygen puts the principal there), else a placeholder to fill in. */
function principalOf(publicKey: string): string {
  const comment = publicKey.trim().split(/\s+/).slice(2).join(' ');
  return /^[\w.@+-]{1,64}$/.test(comment) ? comment : 'ci@your-org';
}
