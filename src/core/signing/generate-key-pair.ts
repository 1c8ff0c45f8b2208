/** `factstore keygen`: a fresh Ed25519 key in the same text ssh-keygen writes. */
import { randomBytes } from 'node:crypto';
import { badInput } from '../errors.js';
import { generateSeed } from './ed25519-crypto.js';
import { encodeOpensshKey } from './openssh-key-v1.js';
import { armorOpensshKey } from './private-key-text.js';
import { ed25519Blob, publicKeyLine, sshFingerprint } from './public-key.js';

export interface GeneratedKeyPair {
  /** `-----BEGIN OPENSSH PRIVATE KEY-----…`: write it with mode 0600 */
  privateKey: string;
  /** `ssh-ed25519 AAAA… comment` */
  publicKey: string;
  fingerprint: string;
}

export function generateKeyPair(comment = ''): GeneratedKeyPair {
  if (/[\r\n]/.test(comment)) throw badInput('The key comment must be one line: remove the line breaks.');
  const { seed, pub } = generateSeed();
  const data = encodeOpensshKey({ seed, pub, comment, checkint: randomBytes(4).readUInt32BE(0) });
  const privateKey = armorOpensshKey(data);
  seed.fill(0);
  data.fill(0);
  const blob = ed25519Blob(pub);
  return { privateKey, publicKey: publicKeyLine(blob, comment), fingerprint: sshFingerprint(blob) };
}
