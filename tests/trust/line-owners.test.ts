// Which commit added each line of a facts file, and whether it counts, on file histories written out
// here commit by commit (signed with a real key): declarations that overlap, skip or shrink, legacy
// commits, lines no commit added, untrusted commits between trusted ones, and lines that are no fact.
import { describe, expect, it } from 'vitest';
import { FactstoreError } from '../../src/core/errors.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import { generateKeyPair, parsePrivateKey, signSshsig } from '../../src/core/signing/index.js';
import type { FileCommit, FileHistory } from '../../src/core/store/fact-store.js';
import { claimFor, formatClaims } from '../../src/core/trust/append-claims.js';
import { attributeLines } from '../../src/core/trust/attribute-lines.js';
import { commitVerdict } from '../../src/core/trust/commit-verdict.js';
import { DEFAULT_SKEW_MS, fileTrust } from '../../src/core/trust/file-trust.js';
import { integrityFailure } from '../../src/core/trust/integrity.js';
import { TrustedKeys } from '../../src/core/trust/trusted-keys.js';

const PATH = 'trails/payments/ab/t1.ndjson';
const ci = generateKeyPair('ci@acme');
const stranger = generateKeyPair('stranger');
const keys = new TrustedKeys([{ principal: 'ci@acme', key: ci.publicKey }]);
const START = Date.parse('2026-11-23T10:00:00Z') / 1000;
const TAIL = '. Facts are only ever appended, so the facts branch was tampered with (or is incomplete): no decision is taken on it. Run factstore verify on a clone to see every problem, and restore the branch from a trusted copy.';

const line = (n: number): string => JSON.stringify(makeFact({ kind: 'attestation', flow: 'payments', trail: 't1', type: `type-${n}`, status: 'PASSED', evidence: [], actor: 'ci', ts: new Date((START - 60) * 1000).toISOString() }));
const text = (...ns: number[]): string => ns.map((n) => `${line(n)}\n`).join('');
const id = (n: number) => (JSON.parse(line(n)) as Fact).id;

let made = 0;
/** A commit of the file: its text after, and its message; signed by `by` (null: unsigned). */
function commit(after: string | undefined, message: string, by: { privateKey: string } | null = ci, extra: Partial<FileCommit> = {}): FileCommit {
  made++;
  const payload = `tree ${'0'.repeat(40)}\nauthor F <f@x> ${START + made} +0000\ncommitter F <f@x> ${START + made} +0000\n\n${message}`;
  return {
    commit: made.toString(16).padStart(40, 'c'),
    parents: [],
    time: new Date((START + made) * 1000).toISOString(),
    payload,
    signature: by === null ? undefined : signSshsig(parsePrivateKey(by.privateKey), Buffer.from(payload)),
    textAfter: () => Promise.resolve(after),
    ...extra,
  };
}
/** An honest commit: it declares what it appended to the file. */
const append = (before: string, after: string, by: { privateKey: string } | null = ci) => commit(after, `factstore: append\n\n${formatClaims([claimFor(PATH, before, after)])}\n`, by);
const history = (tip: string | undefined, ...commits: FileCommit[]): FileHistory => ({ path: PATH, at: 'f'.repeat(40), text: tip, commits });
const judge = (h: FileHistory) => fileTrust(h, { keys, skewMs: DEFAULT_SKEW_MS, isAncestor: () => Promise.resolve(true) });

async function integrity(h: FileHistory): Promise<string> {
  const e = await judge(h).then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(FactstoreError);
  expect((e as FactstoreError).code).toBe('INTEGRITY');
  return (e as FactstoreError).message;
}

describe('lines and the commits that added them', () => {
  it('counts each trusted line once, with its commit, that commit\'s time and signer', async () => {
    const c1 = append('', text(1, 2));
    const c2 = append(text(1, 2), text(1, 2, 3, 1));
    const trust = await judge(history(text(1, 2, 3, 1), c1, c2));
    expect(trust.counted.map((c) => [c.fact.id, c.commit, c.time, c.signer])).toEqual([
      [id(1), c1.commit, c1.time, 'ci@acme'],
      [id(2), c1.commit, c1.time, 'ci@acme'],
      [id(3), c2.commit, c2.time, 'ci@acme'],
    ]);
    expect(trust).toMatchObject({ path: PATH, ignored: [] });
  });

  it('lines untrusted commits added between trusted ones are ignored, naming the first such commit and the later ones', async () => {
    const c1 = append('', text(1));
    const u = [append(text(1), text(1, 2), stranger), append(text(1, 2), text(1, 2, 3), null), append(text(1, 2, 3), text(1, 2, 3, 4), stranger)];
    const c2 = append(text(1, 2, 3, 4), text(1, 2, 3, 4, 5));
    const trust = await judge(history(text(1, 2, 3, 4, 5), c1, ...u, c2));
    expect(trust.counted.map((c) => c.fact.id)).toEqual([id(1), id(5)]);
    const first = u[0]?.commit ?? '';
    const later = `(or one of 2 later untrusted commits: ${u[1]?.commit.slice(0, 7) ?? ''}, ${u[2]?.commit.slice(0, 7) ?? ''})`;
    expect(trust.ignored).toEqual([2, 3, 4].map((n) => ({ path: PATH, line: n, id: id(n), kind: 'attestation', commit: first, reason: 'untrusted-key', detail: `signed by key ${stranger.fingerprint}, which trust.signers does not list ${later}` })));
  });

  it('one later untrusted commit, and never more than three named', async () => {
    const c1 = append('', text(1));
    const two = [append(text(1), text(1, 2), null), append(text(1, 2), text(1, 2, 3), null)];
    expect((await judge(history(text(1, 2, 3), c1, ...two))).ignored[0]?.detail).toBe(`unsigned (or one of 1 later untrusted commit: ${two[1]?.commit.slice(0, 7) ?? ''})`);
    const five = [1, 2, 3, 4, 5].map((n) => append(text(...Array.from({ length: n }, (_, i) => i + 1)), text(...Array.from({ length: n + 1 }, (_, i) => i + 1)), null));
    const detail = (await judge(history(text(1, 2, 3, 4, 5, 6), c1, ...five))).ignored[0]?.detail;
    expect(detail).toBe(`unsigned (or one of 4 later untrusted commits: ${five.slice(1, 4).map((c) => c.commit.slice(0, 7)).join(', ')})`);
  });

  it('a badly signed commit is named as such', async () => {
    const c1 = append('', text(1));
    const bad = { ...append(text(1), text(1, 2)), payload: `${append(text(1), text(1, 2)).payload ?? ''}x` };
    const trust = await judge(history(text(1, 2), c1, bad));
    expect(trust.ignored.map((i) => [i.line, i.reason, i.commit])).toEqual([[2, 'bad-signature', bad.commit]]);
    expect(trust.ignored[0]?.detail).toBe('bad signature (The signature does not match the signed data: the data was changed after signing, or the signature belongs to other data)');
  });

  it('an untrusted line that is no fact is ignored without an id or kind', async () => {
    const c1 = append('', text(1));
    const junk = append(text(1), `${text(1)}not json\n`, null);
    const trust = await judge(history(`${text(1)}not json\n`, c1, junk));
    expect(trust.ignored).toEqual([{ path: PATH, line: 2, commit: junk.commit, reason: 'unsigned', detail: 'unsigned' }]);
    expect(trust.ignored[0]).not.toHaveProperty('id');
  });

  it('a trusted line that is no fact fails closed, whatever it is instead', async () => {
    for (const bad of ['not json', '[]', 'null', '"text"', '42', '{"kind":"trail","ts":"x","actor":"ci"}', '{"id":"x","ts":"x","actor":"ci"}', '{"id":"x","kind":"trail","actor":"ci"}', '{"id":"x","kind":"trail","ts":"x"}', '{"id":1,"kind":"trail","ts":"x","actor":"ci"}']) {
      const c1 = append('', `${text(1)}${bad}\n`);
      expect(await integrity(history(`${text(1)}${bad}\n`, c1)), bad).toBe(`${PATH}:2, written by trusted facts commit ${c1.commit}, is not a fact${TAIL}`);
    }
  });

  it('a commit that could not be read fails closed, naming the file', async () => {
    const c1 = append('', text(1));
    expect(await integrity(history(text(1), { ...c1, unreadable: 'its object is missing' }))).toBe(`${PATH}: its object is missing${TAIL}`);
  });
});

describe('declarations that do not add up fail closed', () => {
  it('lines no commit of the history added: at the end, in the middle, or all of them', async () => {
    const c1 = append('', text(1));
    expect(await integrity(history(text(1, 2, 3), c1))).toBe(`${PATH}: lines 2-3 were added by no commit of its history (the history is incomplete, or an object was replaced)${TAIL}`);
    expect(await integrity(history(text(1, 2)))).toBe(`${PATH}: lines 1-2 were added by no commit of its history (the history is incomplete, or an object was replaced)${TAIL}`);
    const skipping = commit(text(1, 2, 3), `factstore: append\n\n${formatClaims([claimFor(PATH, text(1, 2), text(1, 2, 3))])}\n`);
    expect(await integrity(history(text(1, 2, 3), c1, skipping))).toBe(
      `${PATH}: lines 2-2 were added by no commit of its history (the history is incomplete: a shallow or partial clone, or rewritten)${TAIL}`,
    );
  });

  it('a trusted commit that declares lines an earlier one wrote', async () => {
    const c1 = append('', text(1, 2));
    // claims to have written the first line itself, with the right hash of it
    const c2 = commit(text(1, 2), `factstore: append\n\n${formatClaims([claimFor(PATH, '', text(1))])}\n`);
    expect(await integrity(history(text(1, 2), c1, c2))).toBe(`${PATH}: lines 1-2 changed after facts commit ${c1.commit} wrote them (seen at facts commit ${c2.commit})${TAIL}`);
    const c3 = commit(text(1, 2, 3), `factstore: append\n\n${formatClaims([claimFor(PATH, text(1), text(1, 2, 3))])}\n`);
    expect(await integrity(history(text(1, 2, 3), c1, c3))).toBe(`${PATH}: lines 2-2 changed after facts commit ${c1.commit} wrote them (seen at facts commit ${c3.commit})${TAIL}`);
  });

  it('lines a trusted commit wrote that are gone or changed at the tip', async () => {
    const c1 = append('', text(1, 2));
    const message = `${PATH}: the lines facts commit ${c1.commit} wrote (1-2) were changed or removed later${TAIL}`;
    expect(await integrity(history(text(1), c1))).toBe(message);
    expect(await integrity(history(text(1, 3), c1))).toBe(message);
    expect(await integrity(history(text(2, 1), c1))).toBe(message);
  });

  it('a trusted commit with a damaged declaration, or one that changed the file without declaring it', async () => {
    const damaged = commit(text(1), `factstore: append\n\nFactstore-Append: ${PATH} 0 x abc\n`);
    expect(await integrity(history(text(1), damaged))).toBe(
      `facts commit ${damaged.commit} is signed by a trusted key but its message is damaged: malformed append declaration ${JSON.stringify(`Factstore-Append: ${PATH} 0 x abc`)}${TAIL}`,
    );
    const elsewhere = commit(text(1), `factstore: append\n\n${formatClaims([claimFor('trails/payments/cd/t2.ndjson', '', text(1))])}\n`);
    expect(await integrity(history(text(1), elsewhere))).toBe(`facts commit ${elsewhere.commit} changed ${PATH} without declaring it, although it is signed by a trusted key${TAIL}`);
  });
});

describe('commits from before declarations existed', () => {
  const legacy = (after: string | undefined, by: { privateKey: string } | null = ci) => commit(after, 'factstore: an older write\n', by);

  it('are read as they left the file, the first one from nothing', async () => {
    const l1 = legacy(text(1, 2));
    const l2 = legacy(text(1, 2, 3));
    const c3 = append(text(1, 2, 3), text(1, 2, 3, 4));
    const trust = await judge(history(text(1, 2, 3, 4), l1, l2, c3));
    expect(trust.counted.map((c) => [c.fact.id, c.commit])).toEqual([
      [id(1), l1.commit],
      [id(2), l1.commit],
      [id(3), l2.commit],
      [id(4), c3.commit],
    ]);
  });

  it('one that changed earlier lines, or whose lines are gone at the tip, fails closed', async () => {
    const l1 = legacy(text(1, 2));
    // left the file with its second line removed (the tip still has it: read from elsewhere)
    const l2 = legacy(text(1));
    expect(await integrity(history(text(1, 2), l1, l2))).toBe(`${PATH}: facts commit ${l2.commit} changed lines that were there before it${TAIL}`);
    const l3 = legacy(text(1, 2, 3));
    expect(await integrity(history(text(1, 2), l1, l3))).toBe(`${PATH}: the lines facts commit ${l3.commit} wrote were changed or removed later${TAIL}`);
    expect(await integrity(history(text(2, 1), l1))).toBe(`${PATH}: the lines facts commit ${l1.commit} wrote were changed or removed later${TAIL}`);
    // a first commit that left the file empty wrote nothing
    const empty = legacy(undefined);
    expect((await judge(history(text(1), empty, append('', text(1))))).counted.map((c) => c.fact.id)).toEqual([id(1)]);
  });
});

describe('integrityFailure', () => {
  it('says what happened and what to do, and keeps a cause only when given one', () => {
    const plain = integrityFailure('the branch moved');
    expect([plain.code, plain.message]).toEqual(['INTEGRITY', `the branch moved${TAIL}`]);
    expect(plain.cause).toBeUndefined();
    expect('cause' in plain).toBe(false);
    const cause = new Error('read failed');
    expect(integrityFailure('x', cause).cause).toBe(cause);
  });
});

describe('attributeLines on its own', () => {
  const owners = (h: FileHistory) => attributeLines(h, h.commits.map((c) => commitVerdict(c, keys)));

  it('gives one owner per line of the tip, and none for an empty file', async () => {
    expect(await owners(history(undefined))).toEqual([]);
    expect(await owners(history(''))).toEqual([]);
    const c1 = append('', text(1));
    const u = append(text(1), text(1, 2), null);
    const result = await owners(history(text(1, 2), c1, u));
    expect(result).toHaveLength(2);
    expect(result[0]).toMatchObject({ trusted: true, commit: { commit: c1.commit }, entry: { signer: { principal: 'ci@acme' } } });
    expect(result[1]).toMatchObject({ trusted: false, commits: [{ commit: { commit: u.commit }, verdict: { status: 'unsigned' } }] });
  });

  it('a declaration of more lines than the tip has fails closed, even when the missing line is empty', async () => {
    // declares two lines, the second one empty: hashing past the tip's end must not make it match
    const c1 = commit(text(1), `factstore: append\n\n${formatClaims([claimFor(PATH, '', `${text(1)}\n`)])}\n`);
    expect(await integrity(history(text(1), c1))).toBe(`${PATH}: the lines facts commit ${c1.commit} wrote (1-2) were changed or removed later${TAIL}`);
  });
});
