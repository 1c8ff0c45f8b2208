/**
 * The SSHSIG format (OpenSSH PROTOCOL.sshsig), shared by signing and verifying.
 * What the key signs:   "SSHSIG" string(namespace) string(reserved) string(hash alg) string(H(message))
 * The signature blob:   "SSHSIG" uint32(1) string(pubkey blob) string(namespace) string(reserved)
 *                       string(hash alg) string(string(sig type) string(sig bytes))
 */
import { createHash } from 'node:crypto';
import { wrapBase64 } from './base64.js';
import { sshString, sshUint32 } from './ssh-wire.js';

export const SSHSIG_MAGIC = Buffer.from('SSHSIG', 'latin1');
export const SSHSIG_VERSION = 1;
export const SIGNATURE_BEGIN = '-----BEGIN SSH SIGNATURE-----';
export const SIGNATURE_END = '-----END SSH SIGNATURE-----';
/** The hashes OpenSSH accepts; it signs with sha512, git's default. */
export const SSHSIG_HASHES = ['sha512', 'sha256'] as const;
export type SshsigHash = (typeof SSHSIG_HASHES)[number];

export function signedData(namespace: string, hash: SshsigHash, data: Uint8Array, reserved: Uint8Array = Buffer.alloc(0)): Buffer {
  return Buffer.concat([
    SSHSIG_MAGIC,
    sshString(namespace),
    sshString(reserved),
    sshString(hash),
    sshString(createHash(hash).update(data).digest()),
  ]);
}

export function signatureBlob(fields: { publicKeyBlob: Uint8Array; namespace: string; hash: SshsigHash; signature: Uint8Array }): Buffer {
  return Buffer.concat([
    SSHSIG_MAGIC,
    sshUint32(SSHSIG_VERSION),
    sshString(fields.publicKeyBlob),
    sshString(fields.namespace),
    sshString(''),
    sshString(fields.hash),
    sshString(fields.signature),
  ]);
}

/** Armored as ssh-keygen writes the .sig file, final newline included. */
export function armorSignature(blob: Uint8Array): string {
  return `${SIGNATURE_BEGIN}\n${wrapBase64(blob)}\n${SIGNATURE_END}\n`;
}
