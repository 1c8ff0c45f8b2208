// The private key container at the byte level: a real key (ssh-keygen) taken apart and put back
// with one field changed at a time, and the other kinds of keys people paste (made by ssh-keygen,
// openssl and gpg). Every refusal is a KEY error whose whole message is checked: it says what the
// key is and what to do.
import { afterAll, describe, expect, it } from 'vitest';
import { FactstoreError } from '../../src/core/errors.js';
import { parsePrivateKey } from '../../src/core/signing/index.js';
import { decodeOpensshKey, notEd25519Message } from '../../src/core/signing/openssh-key-v1.js';
import { ok, removeTempDirs, sshKeygen, tempDir } from './tools.js';

afterAll(removeTempDirs);

const BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----';
const END = '-----END OPENSSH PRIVATE KEY-----';
const MAKE_NEW = 'Make a new one with `factstore keygen --out PATH`.';

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const str = (s: string | Buffer) => Buffer.concat([u32(Buffer.byteLength(s)), Buffer.from(s)]);

/** The fields of an openssh-key-v1 container, read here by hand from PROTOCOL.key. */
interface Container {
  magic: Buffer;
  cipher: string;
  kdf: string;
  kdfOptions: Buffer;
  count: number;
  pubBlob: Buffer;
  check1: number;
  check2: number;
  type: string;
  innerPub: Buffer;
  secret: Buffer;
  comment: string;
  padding: Buffer;
  /** bytes after the private section */
  trailer: Buffer;
  /** the private section's length as written; undefined: its real length */
  sectionLength?: number;
}

function readContainer(text: string): Container {
  const data = Buffer.from(text.replace(BEGIN, '').replace(END, '').replace(/\s+/g, ''), 'base64');
  let at = 15;
  const num = () => ((at += 4), data.readUInt32BE(at - 4));
  const bytes = () => {
    const n = num();
    at += n;
    return data.subarray(at - n, at);
  };
  const c = { magic: data.subarray(0, 15), cipher: bytes().toString(), kdf: bytes().toString(), kdfOptions: bytes(), count: num(), pubBlob: bytes() };
  const section = bytes();
  const trailer = data.subarray(at);
  at = 0;
  const read = (b: Buffer) => {
    const n = b.readUInt32BE(at);
    at += 4 + n;
    return b.subarray(at - n, at);
  };
  const check1 = section.readUInt32BE(0);
  const check2 = section.readUInt32BE(4);
  at = 8;
  const type = read(section).toString();
  const innerPub = read(section);
  const secret = read(section);
  const comment = read(section).toString();
  return { ...c, check1, check2, type, innerPub, secret, comment, padding: section.subarray(at), trailer };
}

function writeContainer(c: Container): string {
  const section = Buffer.concat([u32(c.check1), u32(c.check2), str(c.type), str(c.innerPub), str(c.secret), str(c.comment), c.padding]);
  const data = Buffer.concat([
    c.magic,
    str(c.cipher),
    str(c.kdf),
    str(c.kdfOptions),
    u32(c.count),
    str(c.pubBlob),
    u32(c.sectionLength ?? section.length),
    section,
    c.trailer,
  ]);
  return `${BEGIN}\n${data.toString('base64').replace(/(.{70})/g, '$1\n')}\n${END}\n`;
}

function refusal(text: string): string {
  try {
    parsePrivateKey(text);
  } catch (e) {
    if (e instanceof FactstoreError && e.code === 'KEY') return e.message;
    throw e;
  }
  throw new Error('the key was accepted');
}

const dir = tempDir();
const real = sshKeygen(dir, 'id_ed25519', ['-t', 'ed25519', '-C', 'ci@acme']);
const good = readContainer(real.text);
const blobOf = (type: string, pub: Buffer) => Buffer.concat([str(type), str(pub)]);

describe('the openssh-key-v1 container, one field changed at a time', () => {
  it('the real key reads back as ssh-keygen wrote it', () => {
    expect(writeContainer(good)).toBe(real.text);
    const parts = decodeOpensshKey(Buffer.from(real.text.replace(BEGIN, '').replace(END, '').replace(/\s+/g, ''), 'base64'));
    expect([parts.comment, parts.checkint, parts.pub.equals(good.innerPub), parts.seed.equals(good.secret.subarray(0, 32))]).toEqual(['ci@acme', good.check1, true, true]);
  });

  const corrupt = `The signing key is corrupt: its private and public parts do not match. ${MAKE_NEW}`;
  const other = Buffer.alloc(32, 7);
  const cases: [string, Partial<Container>, string][] = [
    ['two keys in the file', { count: 2 }, `The signing key file holds 2 keys; Factstore needs exactly one. ${MAKE_NEW}`],
    ['no key in the file', { count: 0 }, `The signing key file holds 0 keys; Factstore needs exactly one. ${MAKE_NEW}`],
    ['a cipher without a kdf', { cipher: 'aes256-ctr' }, "The signing key is encrypted with a passphrase, and Factstore cannot prompt for one. Decrypt a copy: ssh-keygen -p -N '' -f KEY (it asks for the old passphrase), keep that file private (mode 0600), or make a new key with `factstore keygen --out PATH`."],
    ['a kdf without a cipher', { kdf: 'bcrypt' }, "The signing key is encrypted with a passphrase, and Factstore cannot prompt for one. Decrypt a copy: ssh-keygen -p -N '' -f KEY (it asks for the old passphrase), keep that file private (mode 0600), or make a new key with `factstore keygen --out PATH`."],
    ['bytes after the private section', { trailer: Buffer.from([0]) }, `The signing key has extra data after the key: the file is damaged. ${MAKE_NEW}`],
    ['a private section that is not whole blocks of 8', { padding: good.padding.subarray(0, good.padding.length - 1) }, `The signing key's private part has a bad length: the file is damaged. ${MAKE_NEW}`],
    ['another key type inside, an Ed25519 key outside', { type: 'ssh-rsa' }, notEd25519Message('ssh-rsa')],
    ['an inner public key of another length', { innerPub: good.innerPub.subarray(1) }, corrupt],
    ['an inner public key that is another key', { innerPub: other }, corrupt],
    ['a secret of another length', { secret: good.secret.subarray(0, 63) }, corrupt],
    ['a secret whose public half is another key', { secret: Buffer.concat([good.secret.subarray(0, 32), other]) }, corrupt],
    ['padding that is not 1, 2, 3…', { padding: Buffer.alloc(good.padding.length, 9) }, corrupt],
    ['an outer key that is no Ed25519 key', { pubBlob: blobOf('ssh-ed25519', other.subarray(1)) }, notEd25519Message('ssh-ed25519')],
    ['the data of another format', { magic: Buffer.from('openssh-key-v2\0') }, `The signing key is not an OpenSSH private key (its data does not start with openssh-key-v1). ${MAKE_NEW}`],
  ];

  it.each(cases)('%s', (_name, change, message) => {
    // keep the sections whole-block sized unless the case is about it
    const changed = { ...good, ...change };
    if (change.innerPub !== undefined || change.secret !== undefined || change.type !== undefined) {
      const len = 8 + 4 + changed.type.length + 4 + changed.innerPub.length + 4 + changed.secret.length + 4 + changed.comment.length;
      changed.padding = Buffer.from(Array.from({ length: (8 - (len % 8)) % 8 }, (_, i) => i + 1));
    }
    expect(refusal(writeContainer(changed))).toBe(message);
  });

  it('data shorter than the format\'s name, the name alone, and a section cut short', () => {
    expect(refusal(`${BEGIN}\n${Buffer.from('openssh-key-v1\0').toString('base64')}\n${END}\n`)).toBe(
      'The signing key is truncated: part of the key text is missing. Copy the whole file, from -----BEGIN to -----END, or make a new one with `factstore keygen --out PATH`.',
    );
    expect(refusal(`${BEGIN}\n${Buffer.from('openssh').toString('base64')}\n${END}\n`)).toBe(
      `The signing key is not an OpenSSH private key (its data does not start with openssh-key-v1). ${MAKE_NEW}`,
    );
    expect(refusal(writeContainer({ ...good, sectionLength: 4000 }))).toBe(
      'The signing key is truncated: part of the key text is missing. Copy the whole file, from -----BEGIN to -----END, or make a new one with `factstore keygen --out PATH`.',
    );
  });
});

describe('keys of other kinds say what they are', () => {
  const notEd25519 = (family: string) =>
    `The signing key is ${family}: Factstore signs with Ed25519 only. Use an Ed25519 key: factstore keygen --out PATH (or ssh-keygen -t ed25519 -N '' -f PATH), and list its .pub line under trust.signers.`;

  it('names each family by its type', () => {
    expect(notEd25519Message('ssh-rsa')).toBe(notEd25519('an RSA key'));
    expect(notEd25519Message('rsa-sha2-512')).toBe(notEd25519('an RSA key'));
    expect(notEd25519Message('ecdsa-sha2-nistp256')).toBe(notEd25519('an ECDSA key'));
    expect(notEd25519Message('sk-ssh-ed25519@openssh.com')).toBe(notEd25519('a security-key (FIDO) key, which needs the hardware token to sign'));
    expect(notEd25519Message('ssh-dss')).toBe(notEd25519('a DSA key'));
    expect(notEd25519Message('ssh-xmss@openssh.com')).toBe(notEd25519('a ssh-xmss@openssh.com key'));
    expect(notEd25519Message(undefined)).toBe(notEd25519('not an Ed25519 key'));
    // the family is told from the start of the type only
    expect(notEd25519Message('x-ssh-rsa')).toBe(notEd25519('a x-ssh-rsa key'));
    expect(notEd25519Message('x-rsa-')).toBe(notEd25519('a x-rsa- key'));
    expect(notEd25519Message('x-ecdsa-')).toBe(notEd25519('a x-ecdsa- key'));
    expect(notEd25519Message('x-sk-')).toBe(notEd25519('a x-sk- key'));
  });

  it('OpenSSH containers of other key types (ssh-keygen), and a FIDO key\'s container', () => {
    expect(refusal(sshKeygen(dir, 'dsa', ['-t', 'dsa']).text)).toBe(notEd25519('a DSA key'));
    expect(refusal(sshKeygen(dir, 'ecdsa', ['-t', 'ecdsa']).text)).toBe(notEd25519('an ECDSA key'));
    // a FIDO key cannot be made without the token: the container with its public key type is enough
    expect(refusal(writeContainer({ ...good, pubBlob: blobOf('sk-ssh-ed25519@openssh.com', good.innerPub) }))).toBe(
      notEd25519('a security-key (FIDO) key, which needs the hardware token to sign'),
    );
  });

  it('PEM keys of other formats (openssl, ssh-keygen, gpg)', () => {
    const made = (args: string[]) => ok('openssl', args);
    const MAKE = 'Make one with `factstore keygen --out PATH`.';
    expect(refusal(made(['genpkey', '-algorithm', 'ed25519']))).toBe(`The signing key is a PKCS#8 key; Factstore reads OpenSSH private keys (-----BEGIN OPENSSH PRIVATE KEY-----). ${MAKE}`);
    expect(refusal(made(['genpkey', '-algorithm', 'ed25519', '-aes-256-cbc', '-pass', 'pass:secret']))).toBe(
      `The signing key is an encrypted PKCS#8 key; Factstore needs an unencrypted OpenSSH Ed25519 key. ${MAKE}`,
    );
    expect(refusal(made(['ecparam', '-genkey', '-name', 'prime256v1', '-noout']))).toBe(notEd25519('an ECDSA key'));
    expect(refusal(sshKeygen(dir, 'dsapem', ['-t', 'dsa', '-m', 'PEM']).text)).toBe(notEd25519('a DSA key'));
    expect(refusal(sshKeygen(dir, 'rsapem', ['-t', 'rsa', '-b', '1024', '-m', 'PEM']).text)).toBe(notEd25519('an RSA key'));
    const home = tempDir();
    ok('gpg', ['--homedir', home, '--batch', '--passphrase', '', '--quick-generate-key', 'ci@acme', 'ed25519', 'sign', 'never']);
    const pgp = ok('gpg', ['--homedir', home, '--batch', '--pinentry-mode', 'loopback', '--passphrase', '', '--armor', '--export-secret-keys', 'ci@acme']);
    expect(refusal(pgp)).toBe(`The signing key is a PGP key; Factstore signs commits with SSH Ed25519 keys. ${MAKE}`);
  });

  it('a public key line, of any family', () => {
    const pub = `This is a public key: the signing key is the private key file (the one without .pub), starting with ${BEGIN}.`;
    expect(refusal(real.pub)).toBe(pub);
    expect(refusal(sshKeygen(dir, 'ecdsa-pub', ['-t', 'ecdsa']).pub)).toBe(pub);
    expect(refusal(`sk-ssh-ed25519@openssh.com ${good.pubBlob.toString('base64')} token`)).toBe(pub);
    // a type alone, or text around it, is no public key line
    expect(refusal('ssh-ed25519')).toBe(`The signing key is not an OpenSSH private key (no ${BEGIN} line found). Give the key file's text, or make a new one with \`factstore keygen --out PATH\`.`);
    expect(refusal(`my key: ${real.pub}`)).toBe(`The signing key is not an OpenSSH private key (no ${BEGIN} line found). Give the key file's text, or make a new one with \`factstore keygen --out PATH\`.`);
  });
});
