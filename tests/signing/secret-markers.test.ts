// Which evidence betrays the signing key: every form the key's secret is commonly written in is
// found, text that is no secret (another key's header, the public key) is not, and the refusal
// never quotes what it found. Keys are made at test time, by factstore and by ssh-keygen.
import { afterAll, describe, expect, it } from 'vitest';
import { refuseSecretEvidence } from '../../src/core/evidence/files/refuse-secret-evidence.js';
import { generateKeyPair, parsePrivateKey } from '../../src/core/signing/index.js';
import { secretMarkers, type SecretMarker } from '../../src/core/signing/secret-markers.js';
import { removeTempDirs, sshKeygen, tempDir } from './tools.js';

afterAll(removeTempDirs);

/** The message refuseSecretEvidence gives, or undefined when the evidence is accepted. */
function refusal(evidence: string | Buffer, markers: readonly SecretMarker[]): string | undefined {
  try {
    refuseSecretEvidence(Buffer.from(evidence), 'report.log', markers);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

function seedOf(keyText: string): Buffer {
  const jwk = parsePrivateKey(keyText).keyObject.export({ format: 'jwk' });
  return Buffer.from(jwk.d ?? '', 'base64url');
}

const pair = generateKeyPair('ci@acme');
const markers = secretMarkers(pair.privateKey);
const seed = seedOf(pair.privateKey);
const bodyLines = pair.privateKey.split('\n').slice(1, -2);

describe('evidence that holds the signing key is refused', () => {
  const forms: { name: string; evidence: () => string | Buffer; what: string }[] = [
    { name: 'the whole key file', evidence: () => pair.privateKey, what: 'private key text (one of its lines)' },
    { name: 'the line that holds the seed, alone', evidence: () => `x ${bodyLines[3] ?? ''} y`, what: 'private key text (one of its lines)' },
    { name: 'the key with CRLF line ends', evidence: () => pair.privateKey.replace(/\n/g, '\r\n'), what: 'private key text (one of its lines)' },
    { name: 'the body on one line', evidence: () => `KEY=${bodyLines.join('')}`, what: 'private key text (one of its lines)' },
    { name: 'the seed in hex', evidence: () => `seed: ${seed.toString('hex')}`, what: 'Ed25519 seed (hex)' },
    { name: 'the seed in upper-case hex', evidence: () => seed.toString('hex').toUpperCase(), what: 'Ed25519 seed (hex)' },
    { name: 'the seed as a JWK (base64url)', evidence: () => JSON.stringify(parsePrivateKey(pair.privateKey).keyObject.export({ format: 'jwk' })), what: 'Ed25519 seed (base64)' },
    {
      name: 'the key as a PKCS#8 PEM',
      evidence: () => parsePrivateKey(pair.privateKey).keyObject.export({ format: 'pem', type: 'pkcs8' }).toString(),
      what: 'Ed25519 seed (base64)',
    },
    {
      name: 'the 64-byte seed and public key of libsodium, in base64',
      evidence: () => Buffer.concat([seed, Buffer.from(pair.publicKey.split(' ')[1] ?? '', 'base64').subarray(-32)]).toString('base64'),
      what: 'Ed25519 seed (base64)',
    },
    { name: 'the raw seed in a binary dump', evidence: () => Buffer.concat([Buffer.alloc(1000, 7), seed, Buffer.alloc(1000, 9)]), what: 'Ed25519 seed (raw bytes)' },
  ];

  it.each(forms)('$name', ({ evidence, what }) => {
    const message = refusal(evidence(), markers);
    expect(message).toContain(`the evidence file report.log contains the signing key's ${what}: nothing was recorded`);
    for (const m of markers) expect(message).not.toContain(m.bytes.toString('latin1'));
  });

  it('finds the lines of a key ssh-keygen wrote, however the key text was delivered', () => {
    const key = sshKeygen(tempDir(), 'id_ed25519', ['-t', 'ed25519', '-C', 'ci@acme']);
    const line = key.text.split('\n')[4] ?? '';
    for (const given of [key.text, key.text.replace(/\n/g, '\\n'), Buffer.from(key.text).toString('base64')]) {
      expect(refusal(`dump ${line} dump`, secretMarkers(given))).toContain('private key text (one of its lines)');
    }
    // a CI secret holding the key base64-encoded shows in an environment dump as that text
    const encoded = Buffer.from(key.text).toString('base64');
    expect(refusal(`FACTSTORE_SIGNING_KEY=${encoded}\n`, secretMarkers(encoded))).toContain('key text (base64-encoded)');
  });

  it('leaves alone what is no secret: the format header every key shares, the public key, another key', () => {
    const other = generateKeyPair('ci@acme');
    // the first body line is the same in every unencrypted Ed25519 key
    expect(bodyLines[0]).toBe(other.privateKey.split('\n')[1]);
    expect(refusal(`${bodyLines[0] ?? ''}\n${pair.publicKey}\n${pair.fingerprint}\n`, markers)).toBeUndefined();
    expect(refusal(other.privateKey, markers)).toBeUndefined();
    expect(refusal(Buffer.alloc(0), markers)).toBeUndefined();
    // no marker is short enough to turn up by chance
    for (const m of markers) expect(m.bytes.length).toBeGreaterThanOrEqual(16);
  });

  it('every marker is the key\'s own: none of another key\'s markers is found in this key', () => {
    const mine = secretMarkers(pair.privateKey);
    const theirs = secretMarkers(generateKeyPair('ci@acme').privateKey);
    expect(refusal(pair.privateKey, theirs)).toBeUndefined();
    expect(mine.map((m) => m.what)).toContain('Ed25519 seed (raw bytes)');
  });
});
