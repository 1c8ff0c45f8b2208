import { verify as cryptoVerify } from 'node:crypto';
import { FactstoreError } from '../errors.js';
import { publicKeyFromBytes } from './ed25519-crypto.js';
import { parsePublicKey } from './public-key.js';
import type { Signer } from './signer.js';

/**
 * DSSE's pre-authentication encoding (DSSE v1.0 protocol): what a signature covers, so the type
 * cannot be swapped under it. `DSSEv1 <len type> <type> <len body> <body>`, lengths in bytes.
 */
export function pae(payloadType: string, body: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${body.length} `), body]);
}

/** A DSSE signature by the signing key: `keyid` is its SSH fingerprint, `sig` base64 Ed25519. */
export async function dsseSignature(signer: Signer, payloadType: string, body: Buffer): Promise<{ keyid: string; sig: string }> {
  if (signer.signRaw === undefined) throw new FactstoreError('KEY', 'this signing key cannot make DSSE signatures: use an OpenSSH Ed25519 key made by factstore keygen.');
  return { keyid: signer.fingerprint, sig: (await signer.signRaw(pae(payloadType, body))).toString('base64') };
}

/** Whether `sig` (base64) is the Ed25519 signature of the DSSE encoding by the OpenSSH public key `key`. */
export function verifyDsse(key: string, payloadType: string, body: Buffer, sig: string): boolean {
  const { blob } = parsePublicKey(key);
  // an ssh-ed25519 blob ends with the 32-byte key
  const raw = blob.subarray(blob.length - 32);
  try {
    return cryptoVerify(null, pae(payloadType, body), publicKeyFromBytes(raw), Buffer.from(sig, 'base64'));
  } catch {
    return false;
  }
}
