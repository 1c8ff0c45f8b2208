// SSHSIG verification field by field: a real signature (ssh-keygen -Y sign) taken apart and put back
// with one field changed at a time. Each refusal is a finding with its whole message, never a throw,
// and names the signer's key whenever the signature got that far.
import { afterAll, describe, expect, it } from 'vitest';
import { checkCommitTrust } from '../../src/core/signing/commit-trust.js';
import { addSignatureToCommit } from '../../src/core/signing/commit-signature.js';
import { verifySshsig } from '../../src/core/signing/index.js';
import { ok, removeTempDirs, sshKeygen, tempDir } from './tools.js';

afterAll(removeTempDirs);

const BEGIN = '-----BEGIN SSH SIGNATURE-----';
const END = '-----END SSH SIGNATURE-----';
const DATA = Buffer.from('tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n\nfacts\n');

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const str = (s: string | Buffer) => Buffer.concat([u32(Buffer.byteLength(s)), Buffer.from(s)]);

/** The fields of an SSHSIG blob, read by hand from PROTOCOL.sshsig. */
interface Sshsig {
  magic: Buffer;
  version: number;
  publicKey: Buffer;
  namespace: string;
  reserved: Buffer;
  hash: string;
  sigType: string;
  sigBytes: Buffer;
  /** after the signature's own fields, inside its string */
  sigTrailer: Buffer;
  trailer: Buffer;
}

function read(armored: string): Sshsig {
  const blob = Buffer.from(armored.replace(BEGIN, '').replace(END, '').replace(/\s+/g, ''), 'base64');
  let at = 6;
  const num = () => ((at += 4), blob.readUInt32BE(at - 4));
  const bytes = () => {
    const n = num();
    at += n;
    return blob.subarray(at - n, at);
  };
  const fields = { magic: blob.subarray(0, 6), version: num(), publicKey: bytes(), namespace: bytes().toString(), reserved: bytes(), hash: bytes().toString() };
  const sig = bytes();
  const sigType = sig.subarray(4, 4 + sig.readUInt32BE(0)).toString();
  const rest = sig.subarray(4 + sigType.length);
  const sigBytes = rest.subarray(4, 4 + rest.readUInt32BE(0));
  return { ...fields, sigType, sigBytes, sigTrailer: rest.subarray(4 + sigBytes.length), trailer: blob.subarray(at) };
}

function write(s: Sshsig): string {
  const blob = Buffer.concat([s.magic, u32(s.version), str(s.publicKey), str(s.namespace), str(s.reserved), str(s.hash), str(Buffer.concat([str(s.sigType), str(s.sigBytes), s.sigTrailer])), s.trailer]);
  return `${BEGIN}\n${blob.toString('base64').replace(/(.{70})/g, '$1\n')}\n${END}\n`;
}

const dir = tempDir();
const key = sshKeygen(dir, 'id_ed25519', ['-t', 'ed25519', '-C', 'ci@acme']);
const fingerprint = ok('ssh-keygen', ['-lf', key.path]).split(' ')[1] ?? '';
const sign = (extra: string[] = [], namespace = 'git') => ok('ssh-keygen', ['-Y', 'sign', '-n', namespace, '-f', key.path, ...extra], { input: DATA });
const real = sign();
const good = read(real);

describe('verifySshsig, one field changed at a time', () => {
  it('the real signature reads back as ssh-keygen wrote it, and verifies with its key named', () => {
    expect(write(good)).toBe(real);
    const r = verifySshsig(real, DATA, 'git');
    expect(r).toEqual({ valid: true, publicKeyBlob: good.publicKey, fingerprint });
  });

  it('armor with CR or CRLF line ends, or whitespace around it, verifies', () => {
    for (const armored of [real.replace(/\n/g, '\r\n'), real.replace(/\n/g, '\r'), `\n  ${real}  \n`]) expect(verifySshsig(armored, DATA, 'git').valid).toBe(true);
  });

  it('a sha256 signature (ssh-keygen -O hashalg=sha256) verifies too', () => {
    const sha256 = sign(['-O', 'hashalg=sha256']);
    expect(read(sha256).hash).toBe('sha256');
    expect(verifySshsig(sha256, DATA, 'git').valid).toBe(true);
  });

  const named = { valid: false, publicKeyBlob: good.publicKey, fingerprint };
  const cases: [string, Partial<Sshsig>, string][] = [
    ['trailing data after the fields', { trailer: Buffer.from([0]) }, 'The SSH signature has trailing data after its fields.'],
    ['another namespace', { namespace: 'file' }, 'The signature was made for namespace "file", not "git".'],
    ['a long namespace, shown shortened', { namespace: 'n'.repeat(65) }, `The signature was made for namespace "${'n'.repeat(64)}…", not "git".`],
    ['a namespace of 64 characters, shown whole', { namespace: 'n'.repeat(64) }, `The signature was made for namespace "${'n'.repeat(64)}", not "git".`],
    ['a hash OpenSSH does not take', { hash: 'md5' }, 'The signature uses hash "md5"; expected sha512 or sha256.'],
    ['an inner signature of another type', { sigType: 'ssh-rsa' }, 'The SSH signature is malformed: its inner signature is not an Ed25519 signature.'],
    ['an inner signature of another length', { sigBytes: good.sigBytes.subarray(1) }, 'The SSH signature is malformed: its inner signature is not an Ed25519 signature.'],
    ['bytes after the inner signature', { sigTrailer: Buffer.from([0]) }, 'The SSH signature is malformed: its inner signature is not an Ed25519 signature.'],
    ['another signature of the right shape', { sigBytes: Buffer.alloc(64, 1) }, 'The signature does not match the signed data: the data was changed after signing, or the signature belongs to other data.'],
    ['a reserved field the signature did not cover', { reserved: Buffer.from('x') }, 'The signature does not match the signed data: the data was changed after signing, or the signature belongs to other data.'],
  ];

  it.each(cases)('%s: a finding that names the key', (_name, change, error) => {
    expect(verifySshsig(write({ ...good, ...change }), DATA, 'git')).toEqual({ ...named, error });
  });

  it('the key of another family, or no key at all, is named as far as it can be', () => {
    const rsa = sshKeygen(dir, 'id_rsa', ['-t', 'rsa', '-b', '1024']);
    const rsaBlob = Buffer.from(rsa.pub.split(' ')[1] ?? '', 'base64');
    const withRsa = verifySshsig(write({ ...good, publicKey: rsaBlob }), DATA, 'git');
    expect(withRsa).toMatchObject({ valid: false, error: 'The signature was made with a ssh-rsa key; Factstore accepts Ed25519 keys only.' });
    expect(withRsa.fingerprint).toBe(ok('ssh-keygen', ['-lf', rsa.path]).split(' ')[1]);
    expect(verifySshsig(write({ ...good, publicKey: Buffer.from('junk') }), DATA, 'git').error).toBe(
      'The signature was made with a unknown key; Factstore accepts Ed25519 keys only.',
    );
  });

  it('what cannot be read at all is a finding with no key', () => {
    const finding = (armored: unknown, data: unknown = DATA) => verifySshsig(armored as string, data as Buffer, 'git');
    expect(finding(42)).toEqual({ valid: false, error: 'The signature is not text.' });
    expect(finding('hello')).toEqual({ valid: false, error: `This is not an SSH signature: it does not start with ${BEGIN}.` });
    expect(finding('-----BEGIN PGP SIGNATURE-----\n\niQE\n-----END PGP SIGNATURE-----\n')).toEqual({
      valid: false,
      error: 'This is a PGP signature, not an SSH signature: Factstore verifies SSH (SSHSIG) signatures only.',
    });
    expect(finding(real.replace(END, ''))).toEqual({ valid: false, error: `The SSH signature is truncated: no ${END} line.` });
    expect(finding(`${BEGIN}\nnot base64!\n${END}\n`)).toEqual({ valid: false, error: 'The SSH signature is damaged: its body is not base64.' });
    expect(finding(write({ ...good, magic: Buffer.from('SSHSIH') }))).toEqual({ valid: false, error: 'The SSH signature is malformed: it lacks the SSHSIG preamble.' });
    expect(finding(write({ ...good, version: 2 }))).toEqual({ valid: false, error: 'The SSH signature has version 2; only version 1 is known.' });
    const cut = Buffer.from(real.replace(BEGIN, '').replace(END, '').replace(/\s+/g, ''), 'base64').subarray(0, 40);
    expect(finding(`${BEGIN}\n${cut.toString('base64')}\n${END}\n`)).toEqual({ valid: false, error: 'The SSH signature is malformed: it is truncated.' });
    // data that is no bytes cannot be hashed: a finding too, not a throw
    expect(finding(real, 42)).toEqual({ valid: false, error: 'The SSH signature is malformed: it could not be read.' });
  });
});

describe('checkCommitTrust says why', () => {
  const payload = 'tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor F <f@x> 1 +0000\ncommitter F <f@x> 1 +0000\n\nfacts\n';
  const signed = addSignatureToCommit(payload, ok('ssh-keygen', ['-Y', 'sign', '-n', 'git', '-f', key.path], { input: payload }));
  const listed = [{ principal: 'ci@acme', key: key.pub }];

  it('each status with its detail', () => {
    expect(checkCommitTrust(signed, listed)).toEqual({ status: 'trusted', principal: 'ci@acme', fingerprint });
    expect(checkCommitTrust(signed, [])).toEqual({
      status: 'untrusted',
      fingerprint,
      detail: `The signature is valid but key ${fingerprint} is not listed under trust.signers in the config.`,
    });
    expect(checkCommitTrust(payload, listed)).toEqual({ status: 'unsigned', detail: 'The commit has no gpgsig header.' });
    expect(checkCommitTrust(addSignatureToCommit(payload, '-----BEGIN PGP SIGNATURE-----\n\niQE\n-----END PGP SIGNATURE-----\n'), listed)).toEqual({
      status: 'invalid',
      detail: "The commit's signature is a PGP signature: facts commits must be signed with SSH (SSHSIG, namespace git).",
    });
    expect(checkCommitTrust(addSignatureToCommit(payload, 'x509 something\n'), listed)).toEqual({
      status: 'invalid',
      detail: "The commit's signature is not an SSH signature: facts commits must be signed with SSH (SSHSIG, namespace git).",
    });
    expect(checkCommitTrust(signed.replace('facts\n', 'forged\n'), listed)).toEqual({
      status: 'invalid',
      fingerprint,
      detail: 'The signature does not match the signed data: the data was changed after signing, or the signature belongs to other data.',
    });
    const damaged = checkCommitTrust(addSignatureToCommit(payload, `${BEGIN}\nnot base64!\n${END}\n`), listed);
    expect(damaged).toEqual({ status: 'invalid', detail: 'The SSH signature is damaged: its body is not base64.' });
    expect(damaged).not.toHaveProperty('fingerprint');
    // a header with more than one space before the signature is still read as that signature
    expect(checkCommitTrust(signed.replace('gpgsig -----BEGIN', 'gpgsig  -----BEGIN'), listed)).toEqual({ status: 'trusted', principal: 'ci@acme', fingerprint });
  });

  it('a listed key that cannot be read matches nothing, and the others are still searched', () => {
    expect(checkCommitTrust(signed, [{ principal: 'broken', key: 'ssh-ed25519 AAAA' }, ...listed])).toMatchObject({ status: 'trusted', principal: 'ci@acme' });
    expect(checkCommitTrust(signed, [{ principal: 'broken', key: 'ssh-ed25519 AAAA' }]).status).toBe('untrusted');
  });
});
