/**
 * The openssh-key-v1 container (OpenSSH PROTOCOL.key), unencrypted Ed25519 only:
 *   "openssh-key-v1\0" cipher kdf kdfoptions uint32(1) string(pubblob) string(private section)
 *   private section: checkint checkint "ssh-ed25519" pub32 (seed32|pub32) comment padding(1,2,3…)
 * node:crypto cannot read it, and the format is small enough to handle here.
 */
import { FactstoreError } from '../errors.js';
import { ED25519_PUBLIC_BYTES, ED25519_SEED_BYTES } from './ed25519-crypto.js';
import { ED25519_KEY_TYPE, blobKeyType, ed25519Blob, ed25519PublicFromBlob } from './public-key.js';
import { SshWireReader, SshWireTruncated, sshString, sshUint32 } from './ssh-wire.js';

const MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');
const BLOCK_SIZE = 8; // cipher "none"

export interface Ed25519KeyParts {
  seed: Buffer;
  pub: Buffer;
  comment: string;
  /** the random check-int; kept so a re-encoded key is byte-identical */
  checkint: number;
}

export function encodeOpensshKey(parts: Ed25519KeyParts): Buffer {
  const section = [
    sshUint32(parts.checkint),
    sshUint32(parts.checkint),
    sshString(ED25519_KEY_TYPE),
    sshString(parts.pub),
    sshString(Buffer.concat([parts.seed, parts.pub])),
    sshString(parts.comment),
  ];
  const length = section.reduce((n, b) => n + b.length, 0);
  const padding = Array.from({ length: (BLOCK_SIZE - (length % BLOCK_SIZE)) % BLOCK_SIZE }, (_, i) => i + 1);
  return Buffer.concat([
    MAGIC,
    sshString('none'),
    sshString('none'),
    sshString(''),
    sshUint32(1),
    sshString(ed25519Blob(parts.pub)),
    sshString(Buffer.concat([...section, Buffer.from(padding)])),
  ]);
}

const keyError = (message: string) => new FactstoreError('KEY', message);
const MAKE_NEW = 'Make a new one with `factstore keygen --out PATH`.';
const MAKE_NEW_LOWER = 'make a new one with `factstore keygen --out PATH`.';

export function notEd25519Message(type: string | undefined): string {
  const family = !type
    ? 'not an Ed25519 key'
    : type.startsWith('ssh-rsa') || type.startsWith('rsa-')
      ? 'an RSA key'
      : type.startsWith('ecdsa-')
        ? 'an ECDSA key'
        : type.startsWith('sk-')
          ? 'a security-key (FIDO) key, which needs the hardware token to sign'
          : type === 'ssh-dss'
            ? 'a DSA key'
            : `a ${type} key`;
  return `The signing key is ${family}: Factstore signs with Ed25519 only. Use an Ed25519 key: factstore keygen --out PATH (or ssh-keygen -t ed25519 -N '' -f PATH), and list its .pub line under trust.signers.`;
}

/** Decodes the binary container; every failure is a KEY error that never quotes key bytes. */
export function decodeOpensshKey(data: Buffer): Ed25519KeyParts {
  if (data.length < MAGIC.length || !data.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw keyError(`The signing key is not an OpenSSH private key (its data does not start with openssh-key-v1). ${MAKE_NEW}`);
  }
  try {
    return decodeBody(new SshWireReader(data.subarray(MAGIC.length)));
  } catch (e) {
    if (e instanceof SshWireTruncated) {
      throw keyError(`The signing key is truncated: part of the key text is missing. Copy the whole file, from -----BEGIN to -----END, or ${MAKE_NEW_LOWER}`);
    }
    throw e;
  }
}

function decodeBody(r: SshWireReader): Ed25519KeyParts {
  const cipher = r.text();
  const kdf = r.text();
  r.string(); // kdf options
  const count = r.uint32();
  if (count !== 1) throw keyError(`The signing key file holds ${count} keys; Factstore needs exactly one. ${MAKE_NEW}`);
  const pubBlob = r.string();
  const pub = ed25519PublicFromBlob(pubBlob);
  if (!pub) throw keyError(notEd25519Message(blobKeyType(pubBlob)));
  if (cipher !== 'none' || kdf !== 'none') {
    throw keyError(
      "The signing key is encrypted with a passphrase, and Factstore cannot prompt for one. Decrypt a copy: ssh-keygen -p -N '' -f KEY (it asks for the old passphrase), keep that file private (mode 0600), or make a new key with `factstore keygen --out PATH`.",
    );
  }
  const section = r.string();
  if (r.remaining !== 0) throw keyError(`The signing key has extra data after the key: the file is damaged. ${MAKE_NEW}`);
  if (section.length % BLOCK_SIZE !== 0) throw keyError(`The signing key's private part has a bad length: the file is damaged. ${MAKE_NEW}`);
  return decodeSection(new SshWireReader(section), pub);
}

function decodeSection(r: SshWireReader, pub: Buffer): Ed25519KeyParts {
  const check1 = r.uint32();
  const check2 = r.uint32();
  if (check1 !== check2) {
    throw keyError(`The signing key is corrupt (its check-ints differ): the private part is damaged or was encrypted by another tool. ${MAKE_NEW}`);
  }
  const type = r.text();
  if (type !== ED25519_KEY_TYPE) throw keyError(notEd25519Message(blobKeyType(sshString(type))));
  const innerPub = r.string();
  const secret = r.string();
  const comment = r.text();
  const padding = r.rest();
  const consistent =
    innerPub.length === ED25519_PUBLIC_BYTES &&
    innerPub.equals(pub) &&
    secret.length === ED25519_SEED_BYTES + ED25519_PUBLIC_BYTES &&
    secret.subarray(ED25519_SEED_BYTES).equals(pub) &&
    padding.every((b, i) => b === i + 1);
  if (!consistent) throw keyError(`The signing key is corrupt: its private and public parts do not match. ${MAKE_NEW}`);
  return { seed: Buffer.from(secret.subarray(0, ED25519_SEED_BYTES)), pub: Buffer.from(pub), comment, checkint: check1 };
}
