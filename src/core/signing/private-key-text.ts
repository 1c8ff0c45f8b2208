/**
 * Finds the openssh-key-v1 bytes in key text as people actually deliver it: CRLF files,
 * surrounding whitespace or quotes, `\n` written as two characters by a CI secret, or the
 * whole PEM base64-encoded once more. Anything else gets a KEY error saying what it looks like.
 */
import { FactstoreError } from '../errors.js';
import { decodeBase64Strict, wrapBase64 } from './base64.js';
import { notEd25519Message } from './openssh-key-v1.js';

const BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----';
const END = '-----END OPENSSH PRIVATE KEY-----';
const MAKE_NEW = 'Make one with `factstore keygen --out PATH`.';
const OR_MAKE_NEW = 'or make a new one with `factstore keygen --out PATH`.';

export function armorOpensshKey(data: Uint8Array): string {
  return `${BEGIN}\n${wrapBase64(data)}\n${END}\n`;
}

export function normalizeKeyText(text: string): string {
  let t = text.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\r\n?/g, '\n').trim();
  const quoted = /^(["'])([\s\S]*)\1$/.exec(t);
  if (quoted) t = (quoted[2] ?? '').trim();
  return t;
}

/** The binary key inside the text; throws FactstoreError('KEY') without quoting the text. */
export function opensshKeyBytes(text: unknown): Buffer {
  if (typeof text !== 'string' || normalizeKeyText(text) === '') {
    throw new FactstoreError('KEY', `The signing key is empty: give the OpenSSH private key text (the file \`factstore keygen\` writes, starting with ${BEGIN}). ${MAKE_NEW}`);
  }
  const t = normalizeKeyText(text);
  if (!t.includes('-----BEGIN')) {
    const inner = decodeBase64Strict(t)?.toString('utf8');
    if (inner?.includes('-----BEGIN')) return opensshKeyBytes(inner);
  }
  const start = t.indexOf(BEGIN);
  if (start < 0) throw new FactstoreError('KEY', describeOtherKey(t));
  const end = t.indexOf(END, start);
  if (end < 0) {
    throw new FactstoreError('KEY', `The signing key is truncated: it has no ${END} line. Copy the whole file, ${OR_MAKE_NEW}`);
  }
  const data = decodeBase64Strict(t.slice(start + BEGIN.length, end));
  if (!data) {
    throw new FactstoreError('KEY', `The signing key's base64 body is damaged (characters missing or altered). Copy the whole file again, ${OR_MAKE_NEW}`);
  }
  return data;
}

/** Names the kind of thing given instead of an OpenSSH private key, from its markers only. */
function describeOtherKey(t: string): string {
  if (/-----BEGIN (RSA) PRIVATE KEY-----/.test(t)) return notEd25519Message('ssh-rsa');
  if (/-----BEGIN EC PRIVATE KEY-----/.test(t)) return notEd25519Message('ecdsa-');
  if (/-----BEGIN DSA PRIVATE KEY-----/.test(t)) return notEd25519Message('ssh-dss');
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(t)) {
    return `The signing key is an encrypted PKCS#8 key; Factstore needs an unencrypted OpenSSH Ed25519 key. ${MAKE_NEW}`;
  }
  if (/-----BEGIN PRIVATE KEY-----/.test(t)) {
    return `The signing key is a PKCS#8 key; Factstore reads OpenSSH private keys (-----BEGIN OPENSSH PRIVATE KEY-----). ${MAKE_NEW}`;
  }
  if (/-----BEGIN PGP /.test(t)) {
    return `The signing key is a PGP key; Factstore signs commits with SSH Ed25519 keys. ${MAKE_NEW}`;
  }
  if (/^(ssh-|ecdsa-|sk-)[A-Za-z0-9@._-]* [A-Za-z0-9+/=]+/.test(t)) {
    return `This is a public key: the signing key is the private key file (the one without .pub), starting with ${BEGIN}.`;
  }
  return `The signing key is not an OpenSSH private key (no ${BEGIN} line found). Give the key file's text, ${OR_MAKE_NEW}`;
}
