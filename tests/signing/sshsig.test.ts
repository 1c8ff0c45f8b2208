import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateKeyPair, parsePrivateKey, signSshsig, sshSigner, verifySshsig } from '../../src/core/signing/index.js';
import { ok, removeTempDirs, run, sshKeygen, tempDir, writeKeyFile } from './tools.js';

afterAll(removeTempDirs);

const DATA = Buffer.from('tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n\nbytes to sign: é ✓ \u0000 end\n');

describe('signSshsig', () => {
  it('is byte-identical to ssh-keygen -Y sign -n git on a key ssh-keygen made', () => {
    const dir = tempDir();
    const made = sshKeygen(dir, 'id_ed25519', ['-t', 'ed25519', '-C', 'ci@acme']);
    const theirs = ok('ssh-keygen', ['-Y', 'sign', '-n', 'git', '-f', made.path], { input: DATA });
    const ours = signSshsig(parsePrivateKey(made.text), DATA);
    expect(ours).toMatch(/^-----BEGIN SSH SIGNATURE-----\n[\s\S]+\n-----END SSH SIGNATURE-----\n$/);
    expect(ours).toBe(theirs);
  });

  it('is byte-identical to ssh-keygen for a key we generated, in another namespace, on empty data', () => {
    const dir = tempDir();
    const pair = generateKeyPair('ours');
    const path = writeKeyFile(dir, 'id_ours', pair.privateKey);
    const key = parsePrivateKey(pair.privateKey);
    for (const [namespace, data] of [['file', DATA], ['git', Buffer.alloc(0)]] as const) {
      const theirs = ok('ssh-keygen', ['-Y', 'sign', '-n', namespace, '-f', path], { input: data });
      expect(signSshsig(key, data, namespace)).toBe(theirs);
    }
  });

  it('is accepted by ssh-keygen -Y verify with an allowed-signers file', () => {
    const dir = tempDir();
    const pair = generateKeyPair();
    const sig = join(dir, 'data.sig');
    writeFileSync(sig, signSshsig(parsePrivateKey(pair.privateKey), DATA));
    const allowed = join(dir, 'allowed');
    writeFileSync(allowed, `ci@acme namespaces="git" ${pair.publicKey}\n`);
    const good = run('ssh-keygen', ['-Y', 'verify', '-f', allowed, '-I', 'ci@acme', '-n', 'git', '-s', sig], { input: DATA });
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain(`Good "git" signature for ci@acme with ED25519 key ${pair.fingerprint}`);
    // and the same tool refuses it for changed data, so the check above can fail
    const bad = run('ssh-keygen', ['-Y', 'verify', '-f', allowed, '-I', 'ci@acme', '-n', 'git', '-s', sig], { input: Buffer.concat([DATA, Buffer.from('x')]) });
    expect(bad.status).not.toBe(0);
  });

  it('refuses an empty namespace', () => {
    const key = parsePrivateKey(generateKeyPair().privateKey);
    expect(() => signSshsig(key, DATA, '')).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }) as Error);
  });
});

describe('verifySshsig', () => {
  const pair = generateKeyPair('v');
  const key = parsePrivateKey(pair.privateKey);
  const signature = signSshsig(key, DATA);

  it('accepts a good signature and names its key', () => {
    const result = verifySshsig(signature, DATA, 'git');
    expect(result).toMatchObject({ valid: true, fingerprint: pair.fingerprint });
    expect(result.publicKeyBlob?.equals(key.publicKeyBlob)).toBe(true);
    expect(result.error).toBeUndefined();
  });

  it("accepts ssh-keygen's signatures, CRLF armor included", () => {
    const dir = tempDir();
    const made = sshKeygen(dir, 'id_theirs', ['-t', 'ed25519']);
    const theirs = ok('ssh-keygen', ['-Y', 'sign', '-n', 'git', '-f', made.path], { input: DATA });
    expect(verifySshsig(theirs.replace(/\n/g, '\r\n'), DATA, 'git').valid).toBe(true);
  });

  it('rejects tampered data, a wrong namespace and a signature of other data, naming the key', () => {
    const tampered = Buffer.from(DATA);
    tampered[0] = tampered[0]! ^ 1;
    const cases = [
      verifySshsig(signature, tampered, 'git'),
      verifySshsig(signature, DATA, 'file'),
      verifySshsig(signSshsig(key, Buffer.from('other')), DATA, 'git'),
    ];
    for (const r of cases) expect(r).toMatchObject({ valid: false, fingerprint: pair.fingerprint });
    expect(cases[0]!.error).toMatch(/does not match/);
    expect(cases[1]!.error).toMatch(/namespace "git", not "file"/);
  });

  it('rejects a signature whose key blob was swapped for another key', () => {
    const other = parsePrivateKey(generateKeyPair().privateKey);
    const swapped = signature.replace(
      /^-----BEGIN SSH SIGNATURE-----\n([\s\S]+)\n-----END/,
      (_, b64: string) => {
        const blob = Buffer.from(b64.replace(/\n/g, ''), 'base64');
        other.publicKeyBlob.copy(blob, 6 + 4 + 4); // after "SSHSIG", version, blob length
        return `-----BEGIN SSH SIGNATURE-----\n${blob.toString('base64')}\n-----END`;
      },
    );
    expect(verifySshsig(swapped, DATA, 'git')).toMatchObject({ valid: false, fingerprint: other.fingerprint });
  });

  it('reports garbage without throwing', () => {
    const body = signature.split('\n').slice(1, -2).join('');
    const garbage: unknown[] = [
      '',
      'garbage',
      null,
      42,
      '-----BEGIN PGP SIGNATURE-----\n\niQEz\n-----END PGP SIGNATURE-----\n',
      '-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n',
      '-----BEGIN SSH SIGNATURE-----\n!!!!\n-----END SSH SIGNATURE-----\n',
      `-----BEGIN SSH SIGNATURE-----\n${Buffer.from('NOTSIG and some more bytes').toString('base64')}\n-----END SSH SIGNATURE-----\n`,
      `-----BEGIN SSH SIGNATURE-----\n${body.slice(0, 40)}\n-----END SSH SIGNATURE-----\n`,
      `-----BEGIN SSH SIGNATURE-----\n${Buffer.from('SSHSIG\0\0\0\x01\xff\xff\xff\xff').toString('base64')}\n-----END SSH SIGNATURE-----\n`,
    ];
    for (const g of garbage) {
      const result = verifySshsig(g as string, DATA, 'git');
      expect(result.valid, String(g)).toBe(false);
      expect(result.error, String(g)).toMatch(/\w/);
    }
    expect(verifySshsig(garbage[4] as string, DATA, 'git').error).toMatch(/PGP/);
    expect(verifySshsig(signature, null as unknown as Uint8Array, 'git').valid).toBe(false);
  });
});

describe('sshSigner', () => {
  it('signs like signSshsig in namespace git and exposes the public key', async () => {
    const pair = generateKeyPair('signer');
    const signer = sshSigner(pair.privateKey.replace(/\n/g, '\\n'));
    expect(signer.publicKey).toBe(pair.publicKey);
    expect(signer.fingerprint).toBe(pair.fingerprint);
    const sig = await signer.sign(DATA);
    expect(sig).toBe(signSshsig(parsePrivateKey(pair.privateKey), DATA, 'git'));
    expect(verifySshsig(sig, DATA, 'git').valid).toBe(true);
  });
});
