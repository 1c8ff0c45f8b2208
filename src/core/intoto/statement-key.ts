import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { FactstoreError } from '../errors.js';
import { decodeBase64Strict } from '../signing/base64.js';
import { publicKeyFromBytes } from '../signing/ed25519-crypto.js';
import { ed25519PublicFromBlob } from '../signing/public-key.js';
import { SshWireReader } from '../signing/ssh-wire.js';

/** A public key that may sign DSSE envelopes: Ed25519, or ECDSA on P-256/P-384 (the digest its curve pairs with). */
export interface StatementKey {
  key: KeyObject;
  /** undefined for Ed25519 (it hashes by itself) */
  digest: 'sha256' | 'sha384' | undefined;
}

const SSH_CURVES: Record<string, { crv: string; digest: 'sha256' | 'sha384' }> = {
  'ecdsa-sha2-nistp256': { crv: 'P-256', digest: 'sha256' },
  'ecdsa-sha2-nistp384': { crv: 'P-384', digest: 'sha384' },
};
const PEM_CURVES: Record<string, 'sha256' | 'sha384'> = { prime256v1: 'sha256', secp384r1: 'sha384' };

const FIX = 'give an OpenSSH public key line (ssh-ed25519 or ecdsa-sha2-nistp256/384 AAAA…) or a PEM public key (-----BEGIN PUBLIC KEY-----) of an Ed25519 or ECDSA P-256/P-384 key';

/** Reads a key of `intoto.keys`; throws CONFIG saying what is wrong with it. */
export function parseStatementKey(text: string): StatementKey {
  const trimmed = text.trim();
  if (trimmed.includes('PRIVATE KEY')) throw new FactstoreError('CONFIG', `this is a private key: never put it in the config; ${FIX}.`);
  return trimmed.startsWith('-----BEGIN') ? fromPem(trimmed) : fromSshLine(trimmed);
}

/** Whether `sig` is the key's signature of `message`: ECDSA in DER (DSSE's usual) or IEEE P1363 form. */
export function verifiesWith(k: StatementKey, message: Buffer, sig: Buffer): boolean {
  try {
    if (k.digest === undefined) return verify(null, message, k.key, sig);
    return verify(k.digest, message, k.key, sig) || verify(k.digest, message, { key: k.key, dsaEncoding: 'ieee-p1363' }, sig);
  } catch {
    return false;
  }
}

function fromPem(pem: string): StatementKey {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (e) {
    throw new FactstoreError('CONFIG', `the PEM key does not read (${e instanceof Error ? e.message : String(e)}): ${FIX}.`);
  }
  if (key.asymmetricKeyType === 'ed25519') return { key, digest: undefined };
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const digest = key.asymmetricKeyType === 'ec' && curve !== undefined ? PEM_CURVES[curve] : undefined;
  if (digest === undefined) throw new FactstoreError('CONFIG', `the PEM key is ${key.asymmetricKeyType ?? 'of no known type'}${curve !== undefined ? ` on ${curve}` : ''}: ${FIX}.`);
  return { key, digest };
}

function fromSshLine(line: string): StatementKey {
  const [type = '', encoded = ''] = line.split(/[ \t]+/);
  const blob = decodeBase64Strict(encoded);
  if (blob === undefined) throw new FactstoreError('CONFIG', `the key is neither PEM nor an OpenSSH line with a valid base64 part: ${FIX}.`);
  if (type === 'ssh-ed25519') {
    const pub = ed25519PublicFromBlob(blob);
    if (pub === undefined) throw new FactstoreError('CONFIG', `the ssh-ed25519 key's data is not an Ed25519 key (truncated or altered): ${FIX}.`);
    return { key: publicKeyFromBytes(pub), digest: undefined };
  }
  const curve = SSH_CURVES[type];
  if (curve === undefined) throw new FactstoreError('CONFIG', `keys of type ${JSON.stringify(type.slice(0, 64))} are not supported: ${FIX}.`);
  try {
    const r = new SshWireReader(blob);
    const named = r.text();
    r.text();
    const point = r.string();
    const size = curve.crv === 'P-256' ? 32 : 48;
    if (named !== type || point.length !== 1 + 2 * size || point[0] !== 4 || r.remaining !== 0) throw new Error('not an uncompressed point of its curve');
    const jwk = { kty: 'EC', crv: curve.crv, x: point.subarray(1, 1 + size).toString('base64url'), y: point.subarray(1 + size).toString('base64url') };
    return { key: createPublicKey({ key: jwk, format: 'jwk' }), digest: curve.digest };
  } catch (e) {
    throw new FactstoreError('CONFIG', `the ${type} key's data does not read (${e instanceof Error ? e.message : String(e)}): ${FIX}.`);
  }
}
