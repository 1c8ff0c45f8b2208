import { afterAll, describe, expect, it } from 'vitest';
import { FactstoreError } from '../../src/core/errors.js';
import { generateKeyPair, parsePrivateKey, sshSigner } from '../../src/core/signing/index.js';
import { SshWireReader } from '../../src/core/signing/ssh-wire.js';
import { removeTempDirs, sshKeygen, tempDir } from './tools.js';

afterAll(removeTempDirs);

const BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----';
const END = '-----END OPENSSH PRIVATE KEY-----';

function keyError(text: string): FactstoreError {
  try {
    parsePrivateKey(text);
  } catch (e) {
    if (e instanceof FactstoreError) return e;
    throw new Error(`expected a FactstoreError, got ${String(e)}`);
  }
  throw new Error('the key was accepted');
}

/** No run of base64 long enough to be key material, and no line of the key text. */
function expectNoKeyMaterial(message: string, text: string): void {
  expect(message).not.toMatch(/[A-Za-z0-9+/=]{20,}/);
  for (const line of text.split('\n')) {
    if (line.length >= 8 && !line.startsWith('-----')) expect(message).not.toContain(line);
  }
}

function body(text: string): Buffer {
  return Buffer.from(text.replace(BEGIN, '').replace(END, '').replace(/\s+/g, ''), 'base64');
}

function armor(data: Buffer): string {
  const b64 = data.toString('base64').replace(/(.{70})/g, '$1\n');
  return `${BEGIN}\n${b64}\n${END}\n`;
}

/** Offset of the first check-int: after magic, cipher, kdf, kdf options, count, public blob, section length. */
function checkintOffset(data: Buffer): number {
  const r = new SshWireReader(data.subarray('openssh-key-v1\0'.length));
  r.string();
  r.string();
  r.string();
  r.uint32();
  r.string();
  r.uint32();
  return data.length - r.remaining;
}

describe('hostile signing keys', () => {
  const dir = tempDir();
  const good = generateKeyPair('victim').privateKey;
  const goodBytes = body(good);

  const corruptCheckints = Buffer.from(goodBytes);
  corruptCheckints.writeUInt32BE((corruptCheckints.readUInt32BE(checkintOffset(goodBytes)) ^ 1) >>> 0, checkintOffset(goodBytes));

  const swappedSeed = Buffer.from(goodBytes);
  // the seed sits 32+32 bytes before the comment; flipping a bit in it breaks seed → public
  const seedAt = checkintOffset(goodBytes) + 8 + 4 + 'ssh-ed25519'.length + 4 + 32 + 4;
  swappedSeed.writeUInt8((swappedSeed.readUInt8(seedAt) ^ 0x80) >>> 0, seedAt);

  const cases: [string, () => string, RegExp][] = [
    ['an empty string', () => '', /empty/],
    ['only whitespace and literal \\n', () => '  \\n \n\t', /empty/],
    ['garbage text', () => 'this is not a key at all', /not an OpenSSH private key/],
    ['an encrypted key (ssh-keygen -N pass)', () => sshKeygen(dir, 'enc', ['-t', 'ed25519'], 'pass').text, /encrypted.*ssh-keygen -p -N '' -f KEY.*factstore keygen/s],
    ['an RSA key', () => sshKeygen(dir, 'rsa', ['-t', 'rsa', '-b', '1024']).text, /RSA key.*Use an Ed25519 key: factstore keygen --out/],
    ['an encrypted RSA key', () => sshKeygen(dir, 'rsaenc', ['-t', 'rsa', '-b', '1024'], 'pass').text, /RSA key.*factstore keygen --out/],
    ['an RSA key in PEM format', () => sshKeygen(dir, 'rsapem', ['-t', 'rsa', '-b', '1024', '-m', 'PEM']).text, /RSA key.*factstore keygen --out/],
    ['an ECDSA key', () => sshKeygen(dir, 'ecdsa', ['-t', 'ecdsa']).text, /ECDSA key.*factstore keygen --out/],
    ['a public key', () => sshKeygen(dir, 'pub', ['-t', 'ed25519']).pub, /public key.*without \.pub/],
    ['truncated base64 (half the body, END kept)', () => armor(goodBytes.subarray(0, 120)), /truncated/],
    ['base64 cut mid-group', () => good.replace(/\n-----END/, 'Q\n-----END'), /damaged/],
    ['no END line', () => good.slice(0, good.indexOf(END)), /truncated.*END/],
    ['corrupt check-ints', () => armor(corruptCheckints), /check-ints differ/],
    ['a seed that does not match its public key', () => armor(swappedSeed), /public half does not belong/],
    ['another format inside the armor', () => armor(Buffer.from('not-openssh-key-v1 at all, just bytes')), /openssh-key-v1/],
  ];

  for (const [name, make, message] of cases) {
    it(`rejects ${name} with a KEY error that says what to do`, () => {
      const text = make();
      const err = keyError(text);
      expect(err.code).toBe('KEY');
      expect(err.message).toMatch(message);
      // every message names the way out
      expect(err.message).toMatch(/factstore keygen --out PATH|without \.pub/);
      expectNoKeyMaterial(err.message, text);
      expect(err.cause).toBeUndefined(); // no wrapped error that could carry key bytes
    });
  }

  it('rejects a non-string without crashing', () => {
    expect(keyError(undefined as unknown as string).code).toBe('KEY');
  });

  it('sshSigner fails at once on a bad key, not at the first signature', () => {
    expect(() => sshSigner('garbage')).toThrow(expect.objectContaining({ code: 'KEY' }) as Error);
  });
});
