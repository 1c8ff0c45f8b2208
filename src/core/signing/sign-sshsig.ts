/** `ssh-keygen -Y sign` in node:crypto: the same bytes, because Ed25519 is deterministic. */
import { sign } from 'node:crypto';
import { badInput } from '../errors.js';
import type { SshPrivateKey } from './private-key.js';
import { ED25519_KEY_TYPE } from './public-key.js';
import { armorSignature, signatureBlob, signedData } from './sshsig-format.js';
import { sshString } from './ssh-wire.js';

export const GIT_NAMESPACE = 'git';

export function signSshsig(key: SshPrivateKey, data: Uint8Array, namespace: string = GIT_NAMESPACE): string {
  if (namespace.length === 0) throw badInput('The SSHSIG namespace is empty: use "git" for commits (or another non-empty purpose name).');
  const raw = sign(null, signedData(namespace, 'sha512', data), key.keyObject);
  const signature = Buffer.concat([sshString(ED25519_KEY_TYPE), sshString(raw)]);
  return armorSignature(signatureBlob({ publicKeyBlob: key.publicKeyBlob, namespace, hash: 'sha512', signature }));
}
