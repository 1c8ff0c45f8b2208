// The rules the trust filter is made of, one at a time: append declarations, who may record what,
// the words for a commit's signature, the report of what did not count, the keys of trust.signers,
// and the audit log's commit-by-commit judge. Keys and signatures are real (made at test time).
import { describe, expect, it } from 'vitest';
import type { TrustedSigner } from '../../src/core/config/config.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import { addSignatureToCommit, generateKeyPair, parsePrivateKey, signSshsig } from '../../src/core/signing/index.js';
import { claimFor, formatClaims, linesHash, parseClaims, splitLines } from '../../src/core/trust/append-claims.js';
import { APP_KINDS, authorityProblem, DEFAULT_KINDS, kindsOf, PERSON_KINDS, writerAuthorityProblem } from '../../src/core/trust/authority.js';
import { CommitJudge } from '../../src/core/trust/commit-facts.js';
import { commitVerdict, verdictText } from '../../src/core/trust/commit-verdict.js';
import { describeIgnored } from '../../src/core/trust/ignored.js';
import { TrustedKeys } from '../../src/core/trust/trusted-keys.js';

const sha = (s: string) => linesHash(splitLines(s));
const approval = (actor: string, team?: string): Fact =>
  makeFact({ kind: 'approval', flow: 'payments', trail: 't1', actor, ts: '2026-11-23T10:00:00.000Z', decision: 'APPROVED', ...(team !== undefined ? { team } : {}) });
const bypass = (actor: string): Fact =>
  makeFact({ kind: 'bypass', flow: 'payments', trail: 't1', actor, ts: '2026-11-23T10:00:00.000Z', event: 'BYPASS_GRANTED', reason: 'incident-hotfix', expires: '2026-11-24T10:00:00.000Z' });
const trail = (ts = '2026-11-23T10:00:00.000Z'): Fact => makeFact({ kind: 'trail', flow: 'payments', trail: 't1', actor: 'ci', ts });

describe('append declarations', () => {
  it('splitLines: a final newline ends the last line; nothing is no line', () => {
    expect(splitLines(undefined)).toEqual([]);
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\nb')).toEqual(['a', 'b']);
    expect(splitLines('\n')).toEqual(['']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
  });

  it('linesHash is the sha256 of each line with its newline, as sha256sum sees the file', () => {
    expect(linesHash([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    // printf 'a\nb\n' | sha256sum
    expect(linesHash(['a', 'b'])).toBe('911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2');
    expect(sha('a\nb')).toBe(sha('a\nb\n'));
  });

  it('claimFor counts the lines before and after and hashes the file after', () => {
    expect(claimFor('trails/p/t.ndjson', 'a\n', 'a\nb\nc\n')).toEqual({ path: 'trails/p/t.ndjson', before: 1, after: 3, sha256: sha('a\nb\nc\n') });
    expect(claimFor('x', '', 'a\n')).toEqual({ path: 'x', before: 0, after: 1, sha256: sha('a\n') });
  });

  it('formatClaims writes one trailer line per file, and parseClaims reads them back', () => {
    const claims = [claimFor('trails/p/t1.ndjson', '', 'a\n'), claimFor('index/x.ndjson', 'a\n', 'a\nb\n')];
    const text = formatClaims(claims);
    expect(text).toBe(`Factstore-Append: trails/p/t1.ndjson 0 1 ${sha('a\n')}\nFactstore-Append: index/x.ndjson 1 2 ${sha('a\nb\n')}`);
    const parsed = parseClaims(`factstore: attest\n\n${text}\nother trailer: x\n`);
    expect(parsed).toEqual({ ok: true, claims: new Map(claims.map((c) => [c.path, c])) });
    expect(formatClaims([])).toBe('');
    // counts of many digits, up to nine
    const big = { path: 'p', before: 123456789, after: 123456789, sha256: 'a'.repeat(64) };
    expect(parseClaims(formatClaims([{ ...big, before: 10, after: 12 }]))).toEqual({ ok: true, claims: new Map([['p', { ...big, before: 10, after: 12 }]]) });
    expect(parseClaims(formatClaims([big]))).toEqual({ ok: true, claims: new Map([['p', big]]) });
    expect(parseClaims('no declarations\n')).toEqual({ ok: true, claims: new Map() });
  });

  it('a malformed, shrinking or repeated declaration is a problem, never skipped', () => {
    const hex = 'a'.repeat(64);
    expect(parseClaims(`Factstore-Append: p 1 x ${hex}`)).toEqual({ ok: false, problem: `malformed append declaration ${JSON.stringify(`Factstore-Append: p 1 x ${hex}`)}` });
    expect(parseClaims(`Factstore-Append: p 1 2 ${hex} extra`)).toMatchObject({ ok: false });
    expect(parseClaims(`Factstore-Append: p 1 2 ${'A'.repeat(64)}`)).toMatchObject({ ok: false });
    expect(parseClaims(`Factstore-Append: p 1234567890 1234567891 ${hex}`)).toMatchObject({ ok: false });
    // a long line is quoted only in part
    expect(parseClaims(`Factstore-Append: ${'p'.repeat(200)} x 2 ${hex}`)).toEqual({
      ok: false,
      problem: `malformed append declaration ${JSON.stringify(`Factstore-Append: ${'p'.repeat(102)}`)}`,
    });
    expect(parseClaims(`Factstore-Append: p 2 1 ${hex}`)).toEqual({ ok: false, problem: 'append declaration for p shrinks the file' });
    expect(parseClaims(`Factstore-Append: p 2 2 ${hex}`)).toMatchObject({ ok: true });
    expect(parseClaims(`Factstore-Append: p 1 2 ${hex}\nFactstore-Append: p 2 3 ${hex}`)).toEqual({ ok: false, problem: 'two append declarations for p' });
    // the declaration must start the line
    expect(parseClaims(` Factstore-Append: p 1 2 ${hex}`)).toEqual({ ok: true, claims: new Map() });
  });
});

describe('who may record what', () => {
  const ci: TrustedSigner = { principal: 'ci@acme', key: 'k' };
  const alice: TrustedSigner = { principal: 'alice@acme', key: 'k', actors: ['Alice'] };
  const app: TrustedSigner = { principal: 'factstore-app', key: 'k', app: true };

  it('the kinds of each sort of entry, and an entry\'s own kinds first', () => {
    expect(kindsOf(ci)).toEqual(['trail', 'artifact', 'attestation', 'snapshot', 'drift', 'decision', 'export']);
    expect(kindsOf(alice)).toEqual(['approval', 'bypass']);
    expect(kindsOf(app)).toEqual(['decision', 'approval', 'bypass', 'alarm', 'export']);
    expect(kindsOf({ ...app, actors: ['x'] })).toBe(APP_KINDS);
    expect(kindsOf({ ...ci, kinds: ['snapshot'] })).toEqual(['snapshot']);
    expect(kindsOf({ ...app, kinds: ['drift'] })).toEqual(['drift']);
    expect([DEFAULT_KINDS, PERSON_KINDS]).toEqual([kindsOf(ci), kindsOf(alice)]);
  });

  it('says why a key may not record a fact, in words', () => {
    expect(authorityProblem(ci, trail())).toBeUndefined();
    expect(authorityProblem(ci, approval('alice'))).toBe("ci@acme's key may not record approval facts (it may record: trail, artifact, attestation, snapshot, drift, decision, export)");
    expect(authorityProblem(alice, trail())).toBe("alice@acme's key may not record trail facts (it may record: approval, bypass)");
    expect(authorityProblem(alice, approval('alice'))).toBeUndefined();
    expect(authorityProblem(alice, approval('ALICE'))).toBeUndefined();
    expect(authorityProblem(alice, bypass('alice'))).toBeUndefined();
    expect(authorityProblem(alice, approval('bob'))).toBe("alice@acme's key may not record an approval by bob: only bob's own key (listed with actors: [bob]) or the App's key may");
    expect(authorityProblem(alice, bypass('bob'))).toBe("alice@acme's key may not record a bypass by bob: only bob's own key (listed with actors: [bob]) or the App's key may");
    expect(authorityProblem(alice, approval('alice', '@acme/leads'))).toBe('the approval claims team @acme/leads, which only the App can check: approve by name, or through the App');
    expect(authorityProblem(app, approval('bob', '@acme/leads'))).toBeUndefined();
    expect(authorityProblem(app, trail())).toBe("factstore-app's key may not record trail facts (it may record: decision, approval, bypass, alarm, export)");
    // approvals from an entry given the kind without actors: nobody's
    expect(authorityProblem({ ...ci, kinds: ['approval'] }, approval('ci'))).toBe("ci@acme's key may not record an approval by ci: only ci's own key (listed with actors: [ci]) or the App's key may");
    // a decision from a person's entry given that kind is not a person's decision: it counts
    expect(authorityProblem({ ...alice, kinds: ['decision'] }, makeFact({ kind: 'decision', flow: 'p', commit: 'a'.repeat(40), event: 'GATE_ALLOWED', factsCommit: 'b'.repeat(40), result: {}, actor: 'x', ts: '2026-11-23T10:00:00.000Z' }))).toBeUndefined();
  });

  it('writers are asked about the entry of the key they sign with, and told nothing for an unlisted key', () => {
    const ciKey = generateKeyPair('ci@acme');
    const signers = [{ principal: 'ci@acme', key: ciKey.publicKey }];
    expect(writerAuthorityProblem(signers, ciKey.publicKey, approval('alice'))).toBe(
      "ci@acme's key may not record approval facts (it may record: trail, artifact, attestation, snapshot, drift, decision, export)",
    );
    expect(writerAuthorityProblem(signers, ciKey.publicKey, trail())).toBeUndefined();
    expect(writerAuthorityProblem(signers, generateKeyPair().publicKey, approval('alice'))).toBeUndefined();
  });
});

describe('the keys of trust.signers', () => {
  const a = generateKeyPair('a');
  const b = generateKeyPair('b');
  const blob = (k: { publicKey: string }) => Buffer.from(k.publicKey.split(' ')[1] ?? '', 'base64');

  it('finds a key by its bytes at its first entry; an unreadable entry never matches nor counts', () => {
    const keys = new TrustedKeys([
      { principal: 'broken', key: 'ssh-ed25519 AAAA' },
      { principal: 'a1', key: a.publicKey },
      { principal: 'a2', key: a.publicKey.replace(' a', ' other comment') },
      { principal: 'b', key: b.publicKey },
    ]);
    expect(keys.size).toBe(2);
    expect(keys.entryFor(blob(a))).toMatchObject({ signer: { principal: 'a1' }, index: 1, fingerprint: a.fingerprint });
    expect(keys.entryFor(blob(b))).toMatchObject({ signer: { principal: 'b' }, index: 3, fingerprint: b.fingerprint });
    expect(keys.entryFor(blob(generateKeyPair()))).toBeUndefined();
  });
});

describe('a commit\'s signature, in words', () => {
  const key = generateKeyPair('ci@acme');
  const payload = 'tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor F <f@x> 1764000000 +0000\ncommitter F <f@x> 1764000000 +0000\n\nfacts\n';
  const signature = signSshsig(parsePrivateKey(key.privateKey), Buffer.from(payload));
  const keys = new TrustedKeys([{ principal: 'ci@acme', key: key.publicKey }]);

  it('trusted, untrusted, unsigned, or invalid with why', () => {
    expect(commitVerdict({ payload, signature }, keys)).toMatchObject({ status: 'trusted', entry: { signer: { principal: 'ci@acme' } } });
    expect(commitVerdict({ payload, signature }, new TrustedKeys([]))).toEqual({ status: 'untrusted', fingerprint: key.fingerprint });
    expect(commitVerdict({ payload, signature: undefined }, keys)).toEqual({ status: 'unsigned' });
    expect(commitVerdict({ payload: undefined, signature }, keys)).toEqual({ status: 'unsigned' });
    expect(commitVerdict({ payload, signature: '-----BEGIN PGP SIGNATURE-----\n\niQE\n-----END PGP SIGNATURE-----\n' }, keys)).toEqual({ status: 'invalid', detail: 'a PGP signature: facts commits are signed with SSH' });
    expect(commitVerdict({ payload, signature: 'x509 blob' }, keys)).toEqual({ status: 'invalid', detail: 'not an SSH signature: facts commits are signed with SSH' });
    expect(commitVerdict({ payload, signature: `  \n${signature}` }, keys).status).toBe('trusted');
    expect(commitVerdict({ payload: payload.replace('facts', 'forged'), signature }, keys)).toEqual({
      status: 'invalid',
      detail: 'The signature does not match the signed data: the data was changed after signing, or the signature belongs to other data.',
    });
  });

  it('verdictText says it as every surface shows it', () => {
    expect(verdictText({ status: 'trusted', entry: { signer: { principal: 'ci@acme', key: '' }, index: 0, fingerprint: '' } })).toBe('signed by ci@acme');
    expect(verdictText({ status: 'untrusted', fingerprint: 'SHA256:x' })).toBe('signed by key SHA256:x, which trust.signers does not list');
    expect(verdictText({ status: 'unsigned' })).toBe('unsigned');
    expect(verdictText({ status: 'invalid', detail: 'it is truncated.' })).toBe('bad signature (it is truncated)');
    expect(verdictText({ status: 'invalid', detail: 'no stop' })).toBe('bad signature (no stop)');
    expect(verdictText({ status: 'invalid', detail: 'a. b.' })).toBe('bad signature (a. b)');
  });
});

describe('what did not count, in a few words', () => {
  it('one line per commit and reason, counted', () => {
    const one = { path: 'p', line: 1, reason: 'unsigned' as const, detail: 'unsigned', commit: '3179c30'.padEnd(40, 'a') };
    expect(describeIgnored([])).toEqual([]);
    expect(describeIgnored([one])).toEqual(['1 fact ignored: added by commit 3179c30, unsigned']);
    expect(describeIgnored([one, { ...one, line: 2 }, { ...one, line: 3, commit: 'b'.repeat(40) }, { path: 'p', line: 4, reason: 'unsigned', detail: 'added by no commit of the file history' }])).toEqual([
      '2 facts ignored: added by commit 3179c30, unsigned',
      '1 fact ignored: added by commit bbbbbbb, unsigned',
      '1 fact ignored: added by no commit of the file history',
    ]);
    expect(describeIgnored([one, { ...one, detail: 'other' }])).toEqual(['1 fact ignored: added by commit 3179c30, unsigned', '1 fact ignored: added by commit 3179c30, other']);
  });
});

describe('the audit log\'s judge, commit by commit', () => {
  const ci = generateKeyPair('ci@acme');
  const signers: TrustedSigner[] = [{ principal: 'ci@acme', key: ci.publicKey, until: 'u'.repeat(40) }];
  const payload = (time: number) => `tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor F <f@x> ${time} +0000\ncommitter F <f@x> ${time} +0000\n\nfacts\n`;
  const time = Date.parse('2026-11-23T10:00:00Z') / 1000;
  const signedBy = (k: { privateKey: string }, p = payload(time)) => addSignatureToCommit(p, signSshsig(parsePrivateKey(k.privateKey), Buffer.from(p)));

  it('every fact of an unreadable, unsigned, untrusted or badly signed commit, with the commit\'s verdict', async () => {
    const judge = new CommitJudge(signers, () => Promise.resolve(true));
    const facts = [trail(), trail('2026-11-23T09:00:00.000Z')];
    expect(await judge.judge('c', undefined, facts)).toEqual(facts.map(() => ({ counts: false, reason: 'bad-signature', detail: 'the commit could not be read to check its signature' })));
    expect(await judge.judge('c', payload(time), facts)).toEqual(facts.map(() => ({ counts: false, reason: 'unsigned', detail: 'unsigned' })));
    const stranger = generateKeyPair('x');
    expect((await judge.judge('c', signedBy(stranger), [trail()]))[0]).toEqual({ counts: false, reason: 'untrusted-key', detail: `signed by key ${stranger.fingerprint}, which trust.signers does not list` });
    expect((await judge.judge('c', signedBy(ci).replace('facts\n', 'forged\n'), [trail()]))[0]).toMatchObject({ counts: false, reason: 'bad-signature' });
  });

  it('each fact of a trusted commit on its own: authority, retirement, and its date against the commit\'s', async () => {
    const ancestors: string[] = [];
    const judge = new CommitJudge(signers, (commit, until) => {
      ancestors.push(`${commit}..${until}`);
      return Promise.resolve(commit === 'early');
    });
    const raw = signedBy(ci);
    expect(await judge.judge('early', raw, [trail(), approval('alice')])).toEqual([
      { counts: true, signer: 'ci@acme' },
      { counts: false, reason: 'no-authority', detail: "ci@acme's key may not record approval facts (it may record: trail, artifact, attestation, snapshot, drift, decision, export)" },
    ]);
    expect(await judge.judge('late', raw, [trail()])).toEqual([
      { counts: false, reason: 'retired-key', detail: "ci@acme's key was retired at facts commit uuuuuuu (until:), and this commit came after it" },
    ]);
    expect(ancestors).toEqual([`early..${'u'.repeat(40)}`, `late..${'u'.repeat(40)}`]);
    // five minutes of clock skew are allowed, not a second more (the default)
    expect(await judge.judge('early', raw, [trail('2026-11-23T10:05:00.000Z'), trail('2026-11-23T10:05:01.000Z')])).toEqual([
      { counts: true, signer: 'ci@acme' },
      { counts: false, reason: 'future-timestamp', detail: 'dated 2026-11-23T10:05:01.000Z, later than the commit that added it (2026-11-23T10:00:00.000Z)' },
    ]);
    // a skew of its own, and a date that cannot be read, which never counts
    const strict = new CommitJudge([{ principal: 'ci@acme', key: ci.publicKey }], () => Promise.resolve(true), 0);
    expect((await strict.judge('c', raw, [trail('2026-11-23T10:00:01.000Z'), trail('2026-11-23T10:00:00.000Z'), { ...trail(), ts: 'soon' }])).map((s) => s.counts)).toEqual([false, true, false]);
  });
});
