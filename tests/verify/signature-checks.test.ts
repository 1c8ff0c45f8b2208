// SignatureChecks verifies well-formed signatures by trusted keys on worker threads and sends every
// other commit to checkCommitTrust. The fast path must be taken for the commits Factstore writes
// (or a 100k-commit verify is slow), and must never trust what checkCommitTrust would not.
import { sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addSignatureToCommit, parsePrivateKey } from '../../src/core/signing/index.js';
import { ED25519_KEY_TYPE } from '../../src/core/signing/public-key.js';
import { armorSignature, signedData, SSHSIG_MAGIC, type SshsigHash } from '../../src/core/signing/sshsig-format.js';
import { sshString, sshUint32 } from '../../src/core/signing/ssh-wire.js';
import type { CommitTrust } from '../../src/core/signing/commit-trust.js';
import { SignatureChecks } from '../../src/core/verify/signature-checks.js';
import { testKey } from '../helpers/git.js';

const ci = testKey('ci@acme');
const mallory = testKey('mallory@evil');
const PAYLOAD = `tree ${'4b825dc642cb6eb9a060e54bf8d69288fbee4904'}\nauthor CI <ci@acme> 1764000000 +0000\ncommitter CI <ci@acme> 1764000000 +0000\n\nfactstore: record 1 fact\n`;

interface SigOptions {
  key?: string;
  namespace?: string;
  hash?: SshsigHash;
  version?: number;
  keyType?: string;
  /** bytes appended inside the blob, after the signature field */
  trailing?: Buffer;
  /** bytes appended to the Ed25519 signature itself */
  sigExtra?: Buffer;
  signed?: string;
  /** the bytes signed, when they are not the payload's UTF-8 */
  signedBytes?: Buffer;
}

/** An SSHSIG as ssh-keygen -Y sign writes it, with each field choosable to build malformed ones. */
function signature(payload: string, o: SigOptions = {}): string {
  const key = parsePrivateKey(o.key ?? ci.privateKey);
  const namespace = o.namespace ?? 'git';
  const hash = o.hash ?? 'sha512';
  const raw = Buffer.concat([sign(null, signedData(namespace, hash, o.signedBytes ?? Buffer.from(o.signed ?? payload)), key.keyObject), o.sigExtra ?? Buffer.alloc(0)]);
  const blob = Buffer.concat([
    SSHSIG_MAGIC,
    sshUint32(o.version ?? 1),
    sshString(key.publicKeyBlob),
    sshString(namespace),
    sshString(''),
    sshString(hash),
    sshString(Buffer.concat([sshString(o.keyType ?? ED25519_KEY_TYPE), sshString(raw)])),
    o.trailing ?? Buffer.alloc(0),
  ]);
  return armorSignature(blob);
}

const commit = (o: SigOptions = {}, payload = PAYLOAD) => addSignatureToCommit(payload, signature(payload, o));

async function judge(raws: (string | Buffer)[]): Promise<{ verdicts: CommitTrust[]; counts: { fast: number; full: number }; progress: number }> {
  const checks = new SignatureChecks([ci.signer]);
  const verdicts: CommitTrust[] = [];
  let progress = 0;
  checks.onProgress(() => progress++);
  try {
    raws.forEach((raw, i) => checks.check(Buffer.isBuffer(raw) ? raw : Buffer.from(raw), (t) => (verdicts[i] = t)));
    await checks.settled();
    expect(checks.pending).toBe(0);
  } finally {
    await checks.close();
  }
  return { verdicts, counts: { ...checks.counts }, progress };
}

describe('SignatureChecks: the fast path', () => {
  it('trusts the commits Factstore writes on the worker threads, every one of them', async () => {
    const raws = Array.from({ length: 12 }, (_, i) => commit({}, PAYLOAD.replace('record 1 fact', `record ${i + 1} facts`)));
    const r = await judge(raws);
    expect(r.verdicts.map((v) => v.status)).toEqual(Array(12).fill('trusted'));
    expect(r.verdicts[0]).toEqual({ status: 'trusted', principal: 'ci@acme' });
    expect(r.counts).toEqual({ fast: 12, full: 0 });
    expect(r.progress).toBe(12);
  });

  it('takes sha256 signatures too, as OpenSSH accepts them', async () => {
    const r = await judge([commit({ hash: 'sha256' })]);
    expect(r.verdicts[0]?.status).toBe('trusted');
    expect(r.counts).toEqual({ fast: 1, full: 0 });
  });
});

describe('SignatureChecks: what the fast path must leave to the full check', () => {
  it.each<[string, () => string | Buffer]>([
    ['a valid signature by a trusted key in another namespace (file)', () => commit({ namespace: 'file' })],
    ['a signature by a key nobody trusts', () => commit({ key: mallory.privateKey })],
    ['a signature over other bytes than the commit', () => commit({ signed: PAYLOAD.replace('1 fact', '2 facts') })],
    ['an SSHSIG of version 2', () => commit({ version: 2 })],
    ['a signature blob with bytes after its last field', () => commit({ trailing: Buffer.from([0, 0, 0, 1, 7]) })],
    ['an Ed25519 signature of 65 bytes', () => commit({ sigExtra: Buffer.from([1]) })],
    ['a signature that names another key type', () => commit({ keyType: 'ssh-rsa' })],
    ['an armour without its END line', () => commit().replace('-----END SSH SIGNATURE-----', '')],
    ['an armour whose base64 is broken', () => commit().replace(/\n (\S{8})/, '\n !!!!$1')],
    ['a commit whose bytes are not UTF-8', () => Buffer.from(commit().replace('CI <ci', 'C\u00ff <ci'), 'latin1')],
    ['a gpgsig header after the headers (in the message)', () => `${PAYLOAD}gpgsig ${signature(PAYLOAD).split('\n').join('\n ')}\n`],
  ])('%s: not trusted on the fast path', async (_what, make) => {
    const r = await judge([make()]);
    expect(r.counts.fast).toBe(0);
    expect(r.counts.full).toBe(1);
    expect(r.verdicts[0]?.status).not.toBe('trusted');
  });

  it('a second gpgsig header: the full check decides, not the fast path', async () => {
    const twice = commit().replace('\n\n', `\ngpgsig ${signature(PAYLOAD).split('\n').join('\n ').trimEnd()}\n\n`);
    const r = await judge([twice]);
    expect(r.counts).toEqual({ fast: 0, full: 1 });
  });

  it('a commit signed over bytes that are not UTF-8: the full check decides (and does not trust it)', async () => {
    const latin1 = PAYLOAD.replace('CI <ci', 'C\u00ff <ci');
    const raw = Buffer.from(addSignatureToCommit(latin1, signature(latin1, { signedBytes: Buffer.from(latin1, 'latin1') })), 'latin1');
    const r = await judge([raw]);
    expect(r.counts).toEqual({ fast: 0, full: 1 });
    expect(r.verdicts[0]?.status).not.toBe('trusted');
  });

  it('an unsigned commit goes to the full check, which says so', async () => {
    const r = await judge([PAYLOAD]);
    expect(r.verdicts[0]?.status).toBe('unsigned');
    expect(r.counts).toEqual({ fast: 0, full: 1 });
  });

  it('a trusted and an untrusted commit side by side get their own verdicts', async () => {
    const r = await judge([commit(), commit({ key: mallory.privateKey }), commit({ namespace: 'file' })]);
    expect(r.verdicts.map((v) => v.status)).toEqual(['trusted', 'untrusted', 'invalid']);
    expect(r.counts).toEqual({ fast: 1, full: 2 });
  });
});
