/**
 * Byte strings that betray the signing key when found in evidence (an environment dump, a
 * debug log that printed the secret): the evidence would otherwise publish the key on the facts
 * branch. Derived from the key text the adapter loaded; never printed, only `what` is.
 */
import { decodeBase64Strict, wrapBase64 } from './base64.js';
import { decodeOpensshKey } from './openssh-key-v1.js';
import { normalizeKeyText, opensshKeyBytes } from './private-key-text.js';

export interface SecretMarker {
  /** what the bytes are, for the error message: never the bytes themselves */
  readonly what: string;
  readonly bytes: Buffer;
}

const BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----';
const END = '-----END OPENSSH PRIVATE KEY-----';
/** Shorter runs could occur by chance in a large report; 16 base64 characters are 96 bits. */
const MIN_LINE = 16;

/**
 * The markers, and why each:
 * - every line of the PEM body that holds a character of the seed, as the key text wraps it and as
 *   OpenSSH wraps it (70 columns): one leaked line is part of the secret. Lines made only of the
 *   format header and the public key are left out: the first one is the same in every unencrypted
 *   Ed25519 key, so refusing it would refuse any report that merely shows some other key;
 * - the PEM body with its newlines removed: the key copied or logged on one line;
 * - the raw 32-byte seed (the private key itself) in hex, lower and upper case: hex of any structure
 *   holding the seed (the 64-byte seed‖public key of libsodium, a DER dump) contains it;
 * - the seed in base64 and base64url at each of the three byte alignments, keeping only the 42
 *   characters made of seed bits alone: whatever comes before or after it (a PKCS#8 prefix, the
 *   public half, padding), base64 of a structure holding the seed contains one of them;
 * - the raw seed bytes, for a binary dump;
 * - the key text itself when it was given base64-encoded once more (the form a CI secret sometimes holds).
 */
export function secretMarkers(keyText: string): SecretMarker[] {
  const data = opensshKeyBytes(keyText);
  const parts = decodeOpensshKey(data);
  try {
    const markers: SecretMarker[] = [];
    const add = (what: string, bytes: Buffer) => {
      if (!markers.some((m) => m.bytes.equals(bytes))) markers.push({ what, bytes });
    };
    const body = data.toString('base64');
    const secretChars = seedCharacters(data, parts.seed, parts.pub);
    const given = givenPem(keyText);
    if (given.outer !== undefined) add('key text (base64-encoded)', Buffer.from(given.outer));
    for (const line of secretLines(given.pem, body, secretChars)) add('private key text (one of its lines)', Buffer.from(line));
    for (const line of secretLines(`${BEGIN}\n${wrapBase64(data)}\n${END}`, body, secretChars)) add('private key text (one of its lines)', Buffer.from(line));
    add('private key text (its body on one line)', Buffer.from(body));
    add('Ed25519 seed (hex)', Buffer.from(parts.seed.toString('hex')));
    add('Ed25519 seed (hex)', Buffer.from(parts.seed.toString('hex').toUpperCase()));
    for (const run of seedBase64Runs(parts.seed)) add('Ed25519 seed (base64)', Buffer.from(run));
    add('Ed25519 seed (raw bytes)', Buffer.from(parts.seed));
    return markers;
  } finally {
    data.fill(0);
    parts.seed.fill(0);
  }
}

/** The PEM text as given, unwrapped once when the key was given base64-encoded (then `outer` is that text). */
function givenPem(keyText: string): { pem: string; outer?: string } {
  const t = normalizeKeyText(keyText);
  if (t.includes(BEGIN)) return { pem: t };
  const inner = decodeBase64Strict(t)?.toString('utf8');
  return inner === undefined ? { pem: '' } : { pem: normalizeKeyText(inner), outer: t.replace(/\s+/g, '') };
}

/** Which characters of the body's base64 change when the seed changes: those carry the secret. */
function seedCharacters(data: Buffer, seed: Buffer, pub: Buffer): boolean[] {
  const at = data.indexOf(Buffer.concat([seed, pub]));
  const flipped = Buffer.from(data);
  for (let i = 0; i < seed.length; i++) flipped[at + i] = (flipped[at + i] ?? 0) ^ 0xff;
  const a = data.toString('base64');
  const b = flipped.toString('base64');
  flipped.fill(0);
  return Array.from(a, (c, i) => c !== b[i]);
}

/** The lines of the PEM text's body that hold a seed character, as they are written in that text. */
function secretLines(pem: string, body: string, secretChars: readonly boolean[]): string[] {
  const start = pem.indexOf(BEGIN);
  const end = pem.indexOf(END, start);
  if (start < 0 || end < 0) return [];
  const out: string[] = [];
  let offset = 0;
  for (const raw of pem.slice(start + BEGIN.length, end).split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    // a body that is not the canonical base64 of the key (odd padding bits) has no reliable offsets
    if (body.slice(offset, offset + line.length) !== line) return out;
    if (line.length >= MIN_LINE && secretChars.slice(offset, offset + line.length).some(Boolean)) out.push(line);
    offset += line.length;
  }
  return out;
}

/** The 42 characters that encode seed bits only, with 0, 1 or 2 bytes before the seed, in both alphabets. */
function seedBase64Runs(seed: Buffer): string[] {
  const runs: string[] = [];
  for (const before of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(before), seed, Buffer.alloc(2)]);
    const firstPure = Math.ceil((before * 8) / 6);
    const run = encoded.toString('base64').slice(firstPure, firstPure + 42);
    runs.push(run, run.replace(/\+/g, '-').replace(/\//g, '_'));
    encoded.fill(0);
  }
  return runs;
}
