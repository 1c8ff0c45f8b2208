/**
 * OpenSSH public keys: the `ssh-ed25519 AAAA… comment` line, its wire blob and its
 * `SHA256:` fingerprint exactly as `ssh-keygen -l` prints it.
 */
import { createHash } from 'node:crypto';
import { FactstoreError } from '../errors.js';
import { decodeBase64Strict } from './base64.js';
import { ED25519_PUBLIC_BYTES } from './ed25519-crypto.js';
import { SshWireReader, sshString } from './ssh-wire.js';

export const ED25519_KEY_TYPE = 'ssh-ed25519';

export interface SshPublicKey {
  type: 'ssh-ed25519';
  /** the wire blob: string "ssh-ed25519", string pub32 */
  blob: Buffer;
  fingerprint: string;
  comment?: string;
}

export function ed25519Blob(pub: Uint8Array): Buffer {
  return Buffer.concat([sshString(ED25519_KEY_TYPE), sshString(pub)]);
}

/** `SHA256:` + unpadded base64 of the blob's sha256, as ssh-keygen prints it. */
export function sshFingerprint(blob: Uint8Array): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/** The `.pub` line; a comment can never break it onto a second line. */
export function publicKeyLine(blob: Uint8Array, comment?: string): string {
  const base = `${ED25519_KEY_TYPE} ${Buffer.from(blob).toString('base64')}`;
  const clean = (comment ?? '').replace(/[\r\n]+/g, ' ').trim();
  return clean ? `${base} ${clean}` : base;
}

/** The raw 32-byte key inside an Ed25519 blob, or undefined when the blob is anything else. */
export function ed25519PublicFromBlob(blob: Buffer): Buffer | undefined {
  try {
    const r = new SshWireReader(blob);
    if (r.text() !== ED25519_KEY_TYPE) return undefined;
    const pub = r.string();
    return pub.length === ED25519_PUBLIC_BYTES && r.remaining === 0 ? pub : undefined;
  } catch {
    return undefined;
  }
}

/** Key type named inside a blob, for messages; only a plain token is ever echoed back. */
export function blobKeyType(blob: Buffer): string | undefined {
  try {
    const type = new SshWireReader(blob).text();
    return /^[A-Za-z0-9@._-]{1,64}$/.test(type) ? type : undefined;
  } catch {
    return undefined;
  }
}

const FIX = 'Give the one-line public key from the .pub file that `factstore keygen` writes (ssh-ed25519 AAAA… comment).';

export function parsePublicKey(line: string): SshPublicKey {
  const text = typeof line === 'string' ? line.trim() : '';
  if (text.length === 0) throw new FactstoreError('BAD_INPUT', `The public key is empty. ${FIX}`);
  if (text.includes('PRIVATE KEY')) {
    throw new FactstoreError('BAD_INPUT', `This is a private key, not a public key: never paste it where a public key goes. ${FIX}`);
  }
  if (/[\r\n]/.test(text)) throw new FactstoreError('BAD_INPUT', `The public key spans several lines. ${FIX}`);
  const [type = '', encoded = '', ...rest] = text.split(/[ \t]+/);
  if (!/^[A-Za-z0-9@._-]{1,64}$/.test(type) || encoded === '') {
    throw new FactstoreError('BAD_INPUT', `This is not an OpenSSH public key line. ${FIX}`);
  }
  if (type !== ED25519_KEY_TYPE) {
    throw new FactstoreError('KEY', `The public key is of type ${type}: Factstore signs only with Ed25519 keys. Make one with \`factstore keygen --out PATH\`.`);
  }
  const blob = decodeBase64Strict(encoded);
  if (!blob) throw new FactstoreError('BAD_INPUT', `The public key's base64 part is damaged. ${FIX}`);
  if (!ed25519PublicFromBlob(blob)) {
    throw new FactstoreError('KEY', `The public key says ssh-ed25519 but its data is not an Ed25519 key (truncated or altered). ${FIX}`);
  }
  const comment = rest.join(' ');
  return { type: ED25519_KEY_TYPE, blob, fingerprint: sshFingerprint(blob), ...(comment ? { comment } : {}) };
}
