/**
 * Verifies an armored SSHSIG signature. It reports instead of throwing: verifiers walk whole
 * histories and a hostile commit must become a finding, never a crash.
 */
import { verify } from 'node:crypto';
import { decodeBase64Strict } from './base64.js';
import { publicKeyFromBytes, ED25519_SIGNATURE_BYTES } from './ed25519-crypto.js';
import { ED25519_KEY_TYPE, blobKeyType, ed25519PublicFromBlob, sshFingerprint } from './public-key.js';
import { SIGNATURE_BEGIN, SIGNATURE_END, SSHSIG_HASHES, SSHSIG_MAGIC, SSHSIG_VERSION, signedData, type SshsigHash } from './sshsig-format.js';
import { SshWireReader, SshWireTruncated } from './ssh-wire.js';

export interface SshsigVerification {
  valid: boolean;
  /** the signer's key blob, whenever the signature could be read */
  publicKeyBlob?: Buffer;
  fingerprint?: string;
  error?: string;
}

export function verifySshsig(armored: string, data: Uint8Array, namespace: string): SshsigVerification {
  try {
    return verifyOrThrow(armored, data, namespace);
  } catch (e) {
    const why = e instanceof SshWireTruncated ? 'it is truncated' : 'it could not be read';
    return { valid: false, error: `The SSH signature is malformed: ${why}.` };
  }
}

/** Echoes only a short, printable version of values taken from the signature. */
const show = (s: string) => JSON.stringify(s.length > 64 ? `${s.slice(0, 64)}…` : s);

function blobFromArmor(armored: unknown): Buffer | string {
  if (typeof armored !== 'string') return 'The signature is not text.';
  const text = armored.replace(/\r\n?/g, '\n').trim();
  if (!text.startsWith(SIGNATURE_BEGIN)) {
    return text.includes('-----BEGIN PGP SIGNATURE-----')
      ? 'This is a PGP signature, not an SSH signature: Factstore verifies SSH (SSHSIG) signatures only.'
      : `This is not an SSH signature: it does not start with ${SIGNATURE_BEGIN}.`;
  }
  const end = text.indexOf(SIGNATURE_END);
  if (end < 0) return `The SSH signature is truncated: no ${SIGNATURE_END} line.`;
  return decodeBase64Strict(text.slice(SIGNATURE_BEGIN.length, end)) ?? 'The SSH signature is damaged: its body is not base64.';
}

function verifyOrThrow(armored: string, data: Uint8Array, namespace: string): SshsigVerification {
  const blob = blobFromArmor(armored);
  if (typeof blob === 'string') return { valid: false, error: blob };
  const r = new SshWireReader(blob);
  if (!r.bytes(SSHSIG_MAGIC.length).equals(SSHSIG_MAGIC)) return { valid: false, error: 'The SSH signature is malformed: it lacks the SSHSIG preamble.' };
  const version = r.uint32();
  if (version !== SSHSIG_VERSION) return { valid: false, error: `The SSH signature has version ${version}; only version ${SSHSIG_VERSION} is known.` };
  const publicKeyBlob = Buffer.from(r.string());
  const signer = { publicKeyBlob, fingerprint: sshFingerprint(publicKeyBlob) };
  const fail = (error: string): SshsigVerification => ({ valid: false, ...signer, error });
  const signedNamespace = r.text();
  const reserved = r.string();
  const hash = r.text();
  const signature = new SshWireReader(r.string());
  if (r.remaining !== 0) return fail('The SSH signature has trailing data after its fields.');
  if (signedNamespace !== namespace) return fail(`The signature was made for namespace ${show(signedNamespace)}, not ${show(namespace)}.`);
  if (!(SSHSIG_HASHES as readonly string[]).includes(hash)) return fail(`The signature uses hash ${show(hash)}; expected sha512 or sha256.`);
  const pub = ed25519PublicFromBlob(publicKeyBlob);
  if (!pub) return fail(`The signature was made with a ${blobKeyType(publicKeyBlob) ?? 'unknown'} key; Factstore accepts Ed25519 keys only.`);
  const sigType = signature.text();
  const sigBytes = signature.string();
  if (sigType !== ED25519_KEY_TYPE || sigBytes.length !== ED25519_SIGNATURE_BYTES || signature.remaining !== 0) {
    return fail('The SSH signature is malformed: its inner signature is not an Ed25519 signature.');
  }
  const ok = verify(null, signedData(namespace, hash as SshsigHash, data, reserved), publicKeyFromBytes(pub), sigBytes);
  return ok ? { valid: true, ...signer } : fail('The signature does not match the signed data: the data was changed after signing, or the signature belongs to other data.');
}
