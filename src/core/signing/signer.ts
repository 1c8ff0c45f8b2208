/** The single-method signing interface the stores take (isomorphic-git's onSign, GitHub's `signature`). */
import { sign as cryptoSign } from 'node:crypto';
import { parsePrivateKey } from './private-key.js';
import { GIT_NAMESPACE, signSshsig } from './sign-sshsig.js';

export interface Signer {
  /** `ssh-ed25519 AAAA… comment` */
  readonly publicKey: string;
  readonly fingerprint: string;
  /** Returns the armored SSHSIG signature (namespace `git`) of the payload. */
  sign(payload: Uint8Array): Promise<string>;
  /** The plain Ed25519 signature (64 bytes) of the bytes, for envelopes other than git's (DSSE). */
  signRaw?(bytes: Uint8Array): Promise<Buffer>;
}

/** Parses the key once, so a bad key fails at start-up and not at the first write. */
export function sshSigner(privateKeyText: string): Signer {
  const key = parsePrivateKey(privateKeyText);
  return {
    publicKey: key.publicKey,
    fingerprint: key.fingerprint,
    // a throw inside the executor becomes a rejection, as callers of an async API expect
    sign: (payload: Uint8Array) => new Promise<string>((resolve) => resolve(signSshsig(key, payload, GIT_NAMESPACE))),
    signRaw: (bytes: Uint8Array) => new Promise<Buffer>((resolve) => resolve(cryptoSign(null, bytes, key.keyObject))),
  };
}
