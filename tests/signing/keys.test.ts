import { afterAll, describe, expect, it } from 'vitest';
import { generateKeyPair, parsePrivateKey, parsePublicKey } from '../../src/core/signing/index.js';
import { decodeOpensshKey, encodeOpensshKey } from '../../src/core/signing/openssh-key-v1.js';
import { armorOpensshKey, opensshKeyBytes } from '../../src/core/signing/private-key-text.js';
import { ok, removeTempDirs, sshKeygen, tempDir, writeKeyFile } from './tools.js';

afterAll(removeTempDirs);

/** `256 SHA256:… comment (ED25519)` → the fingerprint field. */
const fingerprintOf = (path: string) => ok('ssh-keygen', ['-lf', path]).split(' ')[1];

describe('generateKeyPair', () => {
  it('writes a key ssh-keygen reads, with the same public key and fingerprint', () => {
    const dir = tempDir();
    const pair = generateKeyPair('ci@acme');
    expect(pair.privateKey).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END OPENSSH PRIVATE KEY-----\n$/);
    expect(pair.publicKey).toMatch(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43} ci@acme$/);

    const path = writeKeyFile(dir, 'id_factstore', pair.privateKey);
    // ssh-keygen -y derives the public key from the private file: it proves the whole container parses
    expect(ok('ssh-keygen', ['-y', '-f', path]).trim()).toBe(pair.publicKey);
    expect(fingerprintOf(path)).toBe(pair.fingerprint);
    expect(pair.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });

  it('round-trips through parsePrivateKey and parsePublicKey', () => {
    const pair = generateKeyPair('round trip');
    const key = parsePrivateKey(pair.privateKey);
    expect(key.publicKey).toBe(pair.publicKey);
    expect(key.fingerprint).toBe(pair.fingerprint);
    expect(key.comment).toBe('round trip');
    const pub = parsePublicKey(pair.publicKey);
    expect(pub).toMatchObject({ type: 'ssh-ed25519', fingerprint: pair.fingerprint, comment: 'round trip' });
    expect(pub.blob.equals(key.publicKeyBlob)).toBe(true);
  });

  it('makes a different key each time and leaves the comment out when none is given', () => {
    const a = generateKeyPair();
    const b = generateKeyPair();
    expect(a.fingerprint).not.toBe(b.fingerprint);
    expect(a.publicKey.split(' ')).toHaveLength(2);
  });

  it('refuses a comment that would break the .pub line', () => {
    for (const comment of ['a\nb', 'a\rb']) {
      expect(() => generateKeyPair(comment)).toThrow(expect.objectContaining({ code: 'BAD_INPUT', message: 'The key comment must be one line: remove the line breaks.' }) as Error);
    }
  });
});

describe('keys made by ssh-keygen', () => {
  it('parses them and re-encodes the container byte for byte', () => {
    const dir = tempDir();
    const made = sshKeygen(dir, 'id_ed25519', ['-t', 'ed25519', '-C', 'made by ssh-keygen']);
    const key = parsePrivateKey(made.text);
    expect(key.publicKey).toBe(made.pub);
    expect(key.fingerprint).toBe(fingerprintOf(made.path));

    // Same seed, comment and check-int → our writer must produce exactly ssh-keygen's file.
    const parts = decodeOpensshKey(opensshKeyBytes(made.text));
    expect(armorOpensshKey(encodeOpensshKey(parts))).toBe(made.text);
  });

  it('re-encodes keys whose private section needs each padding length', () => {
    const dir = tempDir();
    // comment length moves the section length through every remainder mod 8
    for (let n = 0; n < 8; n++) {
      const made = sshKeygen(dir, `id_${n}`, ['-t', 'ed25519', '-C', 'c'.repeat(n)]);
      const parts = decodeOpensshKey(opensshKeyBytes(made.text));
      expect(armorOpensshKey(encodeOpensshKey(parts))).toBe(made.text);
    }
  });
});

describe('key text as it arrives from CI secrets', () => {
  const pair = generateKeyPair('ci');
  const variants: Record<string, string> = {
    'CRLF line ends': pair.privateKey.replace(/\n/g, '\r\n'),
    'surrounding whitespace': `\n\n   ${pair.privateKey}  \n\t`,
    'literal \\n': pair.privateKey.replace(/\n/g, '\\n'),
    'literal \\r\\n': pair.privateKey.replace(/\n/g, '\\r\\n'),
    'surrounding quotes': `"${pair.privateKey.trim()}"`,
    'body on one line': pair.privateKey.replace(/\n(?!-----)/g, ''),
    'the whole file base64-encoded': Buffer.from(pair.privateKey).toString('base64'),
  };
  for (const [name, text] of Object.entries(variants)) {
    it(`accepts ${name}`, () => {
      expect(parsePrivateKey(text).publicKey).toBe(pair.publicKey);
    });
  }
});

describe('parsePublicKey', () => {
  const pair = generateKeyPair('ci@acme');

  it('reads the line with or without a comment and with extra spaces', () => {
    const [type, b64] = pair.publicKey.split(' ');
    expect(parsePublicKey(`${type} ${b64}`).comment).toBeUndefined();
    expect(parsePublicKey(`  ${type}  ${b64}  two words \n`)).toMatchObject({ comment: 'two words', fingerprint: pair.fingerprint });
  });

  it('agrees with ssh-keygen on a key it made', () => {
    const dir = tempDir();
    const made = sshKeygen(dir, 'id_pub', ['-t', 'ed25519', '-C', 'x']);
    expect(parsePublicKey(made.pub).fingerprint).toBe(fingerprintOf(`${made.path}.pub`));
  });

  it('rejects what is not an Ed25519 public key line', () => {
    const dir = tempDir();
    const rsa = sshKeygen(dir, 'id_rsa', ['-t', 'rsa', '-b', '1024']).pub;
    const [, b64 = ''] = pair.publicKey.split(' ');
    const cases: [string, string, RegExp][] = [
      ['', 'BAD_INPUT', /empty/],
      ['hello', 'BAD_INPUT', /not an OpenSSH public key/],
      [rsa, 'KEY', /ssh-rsa.*Ed25519/],
      [`ssh-ed25519 ${b64.slice(0, -3)}`, 'BAD_INPUT', /base64/],
      [`ssh-ed25519 ${b64.slice(0, 40)}`, 'KEY', /not an Ed25519 key/],
      [pair.privateKey, 'BAD_INPUT', /private key/],
    ];
    for (const [line, code, message] of cases) {
      let caught: unknown;
      try {
        parsePublicKey(line);
      } catch (e) {
        caught = e;
      }
      expect(caught, line.slice(0, 20)).toMatchObject({ name: 'FactstoreError', code, message: expect.stringMatching(message) as string });
    }
  });
});
