// The exact list of secret markers of a real key (ssh-keygen), worked out here from the key's bytes
// by another route than the code's: which base64 characters overlap the seed's bits, the seed from
// node:crypto's own reading of the key, and base64 of structures that hold the seed.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePrivateKey } from '../../src/core/signing/index.js';
import { secretMarkers } from '../../src/core/signing/secret-markers.js';
import { removeTempDirs, sshKeygen, tempDir } from './tools.js';

afterAll(removeTempDirs);

const BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----';
const END = '-----END OPENSSH PRIVATE KEY-----';
const key = sshKeygen(tempDir(), 'id_ed25519', ['-t', 'ed25519', '-C', 'ci@acme']);
const body = key.text.split('\n').slice(1, -2).join('');
const data = Buffer.from(body, 'base64');
const seed = Buffer.from(parsePrivateKey(key.text).keyObject.export({ format: 'jwk' }).d ?? '', 'base64url');
const seedAt = data.indexOf(seed);

/** Base64 character c stands for bits 6c…6c+5: it carries the secret when they overlap the seed's. */
const holdsSeed = (c: number) => 6 * c + 6 > 8 * seedAt && 6 * c < 8 * (seedAt + 32);

/** The lines of `body` wrapped at `width` that carry a seed bit and are 16 characters or more. */
function secretLinesAt(width: number): string[] {
  const lines: string[] = [];
  for (let o = 0; o < body.length; o += width) {
    const line = body.slice(o, o + width);
    if (line.length >= 16 && Array.from(line, (_, i) => holdsSeed(o + i)).some(Boolean)) lines.push(line);
  }
  return lines;
}

const rewrap = (width: number) => `${BEGIN}\n${body.replace(new RegExp(`(.{${width}})`, 'g'), '$1\n').replace(/\n$/, '')}\n${END}\n`;

describe('secretMarkers of a key ssh-keygen made', () => {
  it('finds the seed once, right before the public key, and ssh-keygen wraps at 70', () => {
    expect(seedAt).toBeGreaterThan(0);
    expect(data.indexOf(seed, seedAt + 1)).toBe(-1);
    expect(key.text).toBe(rewrap(70));
  });

  it('lists the seed-bearing lines, the body on one line, the seed in hex both cases, base64 runs and raw', () => {
    const markers = secretMarkers(key.text);
    const lines = secretLinesAt(70);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    const fixed = markers.filter((m) => m.what !== 'Ed25519 seed (base64)').map((m) => [m.what, m.bytes.toString('latin1')]);
    expect(fixed).toEqual([
      ...lines.map((l) => ['private key text (one of its lines)', l]),
      ['private key text (its body on one line)', body],
      ['Ed25519 seed (hex)', seed.toString('hex')],
      ['Ed25519 seed (hex)', seed.toString('hex').toUpperCase()],
      ['Ed25519 seed (raw bytes)', seed.toString('latin1')],
    ]);
    // the first body line (format header and the start of the public key) is the same in every key: never a marker
    expect(markers.some((m) => m.bytes.toString() === body.slice(0, 70))).toBe(false);
    // the runs come after the hex and before the raw bytes
    expect(markers.map((m) => m.what).slice(-2)).toEqual(['Ed25519 seed (base64)', 'Ed25519 seed (raw bytes)']);
  });

  it('lists the lines of the key as it was given, and as OpenSSH wraps it, without repeating one', () => {
    const given = secretMarkers(rewrap(64)).filter((m) => m.what === 'private key text (one of its lines)').map((m) => m.bytes.toString());
    expect(given).toEqual([...secretLinesAt(64), ...secretLinesAt(70)]);
    expect(new Set(given).size).toBe(given.length);
  });

  it('short lines never, lines of 16 characters and more always, wherever the seed falls', () => {
    const lines = (text: string) => secretMarkers(text).filter((m) => m.what === 'private key text (one of its lines)').map((m) => m.bytes.toString());
    expect(lines(rewrap(10))).toEqual(secretLinesAt(70));
    expect(lines(rewrap(16))).toEqual([...secretLinesAt(16), ...secretLinesAt(70)]);
    expect(secretLinesAt(16).length).toBeGreaterThan(secretLinesAt(70).length);
  });

  it('a key pasted with its lines indented (a YAML block) gives the same lines', () => {
    const indented = rewrap(64).split('\n').map((l) => `    ${l}`).join('\n');
    expect(secretMarkers(indented).filter((m) => m.what === 'private key text (one of its lines)').map((m) => m.bytes.toString())).toEqual([...secretLinesAt(64), ...secretLinesAt(70)]);
  });

  it('a key given base64-encoded once more is itself a marker, and its lines are the inner key\'s', () => {
    const outer = Buffer.from(key.text).toString('base64');
    const markers = secretMarkers(`${outer.slice(0, 40)}\n${outer.slice(40)}`);
    expect(markers[0]).toEqual({ what: 'key text (base64-encoded)', bytes: Buffer.from(outer) });
    expect(markers.filter((m) => m.what === 'private key text (one of its lines)').map((m) => m.bytes.toString())).toEqual(secretLinesAt(70));
  });

  it('base64 of any structure holding the seed contains one of the 42-character runs, in either alphabet', () => {
    const runs = secretMarkers(key.text).filter((m) => m.what === 'Ed25519 seed (base64)').map((m) => m.bytes.toString());
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.length).toBeLessThanOrEqual(6);
    for (const run of runs) expect(run).toMatch(/^[A-Za-z0-9+/_-]{42}$/);
    for (let before = 0; before < 9; before++) {
      for (const after of [0, 1, 2, 5]) {
        const structure = Buffer.concat([randomBytes(before), seed, randomBytes(after)]);
        expect(runs.some((r) => structure.toString('base64').includes(r)), `${before}+32+${after}`).toBe(true);
        expect(runs.some((r) => structure.toString('base64url').includes(r)), `url ${before}+32+${after}`).toBe(true);
      }
    }
  });
});
