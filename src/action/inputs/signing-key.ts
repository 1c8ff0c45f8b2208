import { FactstoreError } from '../../core/errors.js';
import { sshSigner, type Signer } from '../../core/signing/index.js';
import { secretMarkers, type SecretMarker } from '../../core/signing/secret-markers.js';
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
