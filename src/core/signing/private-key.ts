/** Parsing an OpenSSH Ed25519 private key into what signing needs. */
import type { KeyObject } from 'node:crypto';
import { FactstoreError } from '../errors.js';
import { privateKeyFromSeed, rawPublicKey } from './ed25519-crypto.js';
import { decodeOpensshKey } from './openssh-key-v1.js';
import { opensshKeyBytes } from './private-key-text.js';
import { ed25519Blob, publicKeyLine, sshFingerprint } from './public-key.js';

export interface SshPrivateKey {
  readonly type: 'ssh-ed25519';
  /** `ssh-ed25519 AAAA… comment`, the .pub line */
  readonly publicKey: string;
  readonly publicKeyBlob: Buffer;
  readonly fingerprint: string;
  readonly comment: string;
  /** node:crypto key; it prints as an opaque object, so logging it leaks nothing */
  readonly keyObject: KeyObject;
}

export function parsePrivateKey(text: string): SshPrivateKey {
  const data = opensshKeyBytes(text);
  let parts: ReturnType<typeof decodeOpensshKey>;
  try {
    parts = decodeOpensshKey(data);
  } finally {
    data.fill(0); // the decoded bytes hold the seed; do not leave them around
  }
  let keyObject: KeyObject;
  try {
    keyObject = privateKeyFromSeed(parts.seed);
  } catch {
    throw new FactstoreError('KEY', 'The signing key is corrupt: node:crypto rejects its Ed25519 seed. Make a new one with `factstore keygen --out PATH`.');
  } finally {
    parts.seed.fill(0);
  }
  if (!rawPublicKey(keyObject).equals(parts.pub)) {
    throw new FactstoreError('KEY', 'The signing key is corrupt: its public half does not belong to its private half. Make a new one with `factstore keygen --out PATH`.');
  }
  const blob = ed25519Blob(parts.pub);
  return {
    type: 'ssh-ed25519',
    publicKey: publicKeyLine(blob, parts.comment),
    publicKeyBlob: blob,
    fingerprint: sshFingerprint(blob),
    comment: parts.comment,
    keyObject,
  };
}
