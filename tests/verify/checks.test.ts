import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addSignatureToCommit, checkCommitTrust, sshSigner, type CommitTrust } from '../../src/core/signing/index.js';
import { commitPayload } from '../../src/core/store/local/commit-text.js';
import { firstChangedLine, isAppendOf } from '../../src/core/verify/append-only.js';
import { SignatureChecks } from '../../src/core/verify/signature-checks.js';
import { classifyPath } from '../../src/core/verify/store-paths.js';
import { trailPath } from '../../src/core/store/layout.js';
import { otherKey, trustedKey } from './helpers.js';

const blobId = (text: string) => createHash('sha1').update(`blob ${Buffer.byteLength(text)}\0`).update(text).digest('hex');
const old = (text: string) => ({ oid: blobId(text), size: Buffer.byteLength(text) });

describe('isAppendOf', () => {
  it('accepts appended lines and the first version of a file', () => {
    expect(isAppendOf(old('a\nb\n'), Buffer.from('a\nb\nc\n'))).toBe(true);
    expect(isAppendOf(old(''), Buffer.from('a\n'))).toBe(true);
  });

  it('refuses edited, shortened and run-on versions', () => {
    expect(isAppendOf(old('a\nb\n'), Buffer.from('a\nB\nc\n'))).toBe(false);
    expect(isAppendOf(old('a\nb\n'), Buffer.from('a\n'))).toBe(false);
    // no newline at the end: appending would change the last line
    expect(isAppendOf(old('a\nb'), Buffer.from('a\nbc\n'))).toBe(false);
  });

  it('names the first changed line', () => {
    expect(firstChangedLine(Buffer.from('a\nb\nc\n'), Buffer.from('a\nb\nX\n'))).toBe(3);
    expect(firstChangedLine(Buffer.from('a\n'), Buffer.from('b\n'))).toBe(1);
  });
});

describe('classifyPath', () => {
  it('follows the store layout', () => {
    expect(classifyPath(trailPath('payments', 'b1'))).toEqual({ kind: 'trail', flow: 'payments', trail: 'b1' });
    expect(classifyPath('loose/snapshot/production/2026-11.ndjson')).toEqual({ kind: 'loose', factKind: 'snapshot', key: 'production', month: '2026-11' });
    expect(classifyPath(`index/commits/a1/a1${'0'.repeat(38)}.ndjson`)).toMatchObject({ kind: 'index', index: 'commits' });
    expect(classifyPath(`evidence/ab/${'ab'.repeat(32)}`)).toEqual({ kind: 'evidence', hex: 'ab'.repeat(32) });
    expect(classifyPath('FACTSTORE.json')).toEqual({ kind: 'other' });
  });

  it('flags files in the wrong shard or of the wrong shape', () => {
    const right = trailPath('payments', 'b1');
    const wrong = right.replace(/\/([0-9a-f]{2})\//, (_, aa: string) => `/${aa === '00' ? '01' : '00'}/`);
    expect(classifyPath(wrong).kind).toBe('unexpected');
    expect(classifyPath(`evidence/cd/${'ab'.repeat(32)}`).kind).toBe('unexpected');
    expect(classifyPath('index/other/ab/x.ndjson').kind).toBe('unexpected');
    expect(classifyPath('trails/../x/b1.ndjson').kind).toBe('unexpected');
  });
});

describe('SignatureChecks agrees with checkCommitTrust', () => {
  const who = { name: 'Factstore', email: 'factstore@localhost' };
  const payload = commitPayload({ tree: '4b825dc642cb6eb9a060e54bf8d69288fbe4904b', parents: [], author: who, committer: who, time: new Date('2026-11-23T10:00:00Z'), message: 'factstore: test\n' });
  const signed = async (key = trustedKey, text = payload) => addSignatureToCommit(text, await sshSigner(key.privateKey).sign(Buffer.from(text, 'utf8')));

  async function both(raw: Buffer): Promise<{ fast: CommitTrust; slow: CommitTrust }> {
    const checks = new SignatureChecks([trustedKey.signer]);
    let fast: CommitTrust | undefined;
    checks.check(raw, (t) => (fast = t));
    await checks.settled();
    return { fast: fast!, slow: checkCommitTrust(raw.toString('utf8'), [trustedKey.signer]) };
  }

  it('on commits signed by a trusted key, by another key, unsigned and altered', async () => {
    const cases = [
      Buffer.from(await signed()),
      Buffer.from(await signed(otherKey)),
      Buffer.from(payload),
      Buffer.from((await signed()).replace('factstore: test', 'factstore: tset')),
      // a second signature header: only checkCommitTrust knows how git reads it
      Buffer.from((await signed()).replace('\ngpgsig ', '\ngpgsig-sha256 x\ngpgsig ')),
    ];
    const statuses = [];
    for (const raw of cases) {
      const { fast, slow } = await both(raw);
      expect(fast.status).toBe(slow.status);
      statuses.push(fast.status);
    }
    expect(statuses).toEqual(['trusted', 'untrusted', 'unsigned', 'invalid', 'trusted']);
  });

  it('on a payload that is not UTF-8 (checkCommitTrust verifies its UTF-8 decoding)', async () => {
    const raw = Buffer.from(await signed(trustedKey, payload.replace('test', 'caf\u00e9')), 'utf8');
    const bad = Buffer.from(raw);
    bad[raw.indexOf('caf') + 3] = 0xe9; // latin-1 é in place of the first UTF-8 byte
    const { fast, slow } = await both(bad);
    expect(fast.status).toBe(slow.status);
    expect(fast.status).toBe('invalid');
  });
});
