// The trusted view on real repositories, at its edges: opening on a branch that is gone, rewritten
// or unknown to the high-water mark; what the report says; loose facts, histories and listings; and
// the gate that turns an integrity failure into a blocked decision naming it.
import { describe, expect, it } from 'vitest';
import type { FactstoreConfig } from '../../src/core/config/config.js';
import { FactstoreError } from '../../src/core/errors.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { trailPath } from '../../src/core/store/layout.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { LocalHighWaterMark } from '../../src/core/store/local/local-high-water.js';
import type { HighWaterMark } from '../../src/core/trust/high-water.js';
import { NO_HIGH_WATER } from '../../src/core/trust/high-water.js';
import { TrustedFacts } from '../../src/core/trust/trusted-facts.js';
import { trustedGate } from '../../src/core/trust/trusted-gate.js';
import { git } from '../helpers/git.js';
import { tamperFile } from '../helpers/tamper.js';
import { approval, attested, COMMIT, DIGEST, FLOW, started, ts, World } from './world.js';

const PATH = trailPath(FLOW, 't1');

async function failure(promise: Promise<unknown>): Promise<string> {
  const e = await promise.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(FactstoreError);
  expect((e as FactstoreError).code).toBe('INTEGRITY');
  return (e as FactstoreError).message;
}

/** A high-water mark held in memory, with the calls made to it. */
function memoryMark(commit?: string, problem?: string): HighWaterMark & { advanced: string[] } {
  const advanced: string[] = [];
  return {
    where: 'memory',
    advanced,
    read: () => Promise.resolve(commit),
    advance: (c) => {
      advanced.push(c);
      return Promise.resolve();
    },
    ...(problem !== undefined ? { problem: () => problem } : {}),
  };
}

const open = (w: World, highWater?: HighWaterMark) => TrustedFacts.open({ store: new LocalGitStore({ dir: w.dir }), signers: w.signers, ...(highWater !== undefined ? { highWater } : {}) });
const decision = (flow: string, at: string): Fact =>
  makeFact({ kind: 'decision', flow, commit: COMMIT, event: 'GATE_BLOCKED', factsCommit: 'f'.repeat(40), result: {}, actor: 'ci', ts: at });

describe('opening the trusted view', () => {
  it('before the facts branch exists: nothing to read, no note, and no decision to record', async () => {
    const w = new World();
    const mark = memoryMark();
    const facts = await open(w, mark);
    expect([await facts.tip(), facts.factsCommit]).toEqual([undefined, undefined]);
    expect(await facts.readTrail(FLOW, 't1')).toEqual([]);
    expect(await facts.readLoose('decision', FLOW)).toEqual([]);
    await facts.prefetch();
    expect(await facts.report()).toEqual({ factsCommit: null, highWater: { commit: null, where: 'memory' }, historyChecked: true, ignored: [], notes: [] });
    await facts.decided();
    expect(mark.advanced).toEqual([]);
  });

  it('fails closed when the branch is gone although a decision was taken on it', async () => {
    const w = new World();
    expect(await failure(open(w, memoryMark('a'.repeat(40))))).toBe(
      `the facts branch is gone, although a decision was taken on its facts commit ${'a'.repeat(40)} (high-water mark in memory). Facts are only ever appended, so the facts branch was tampered with (or is incomplete): no decision is taken on it. Run factstore verify on a clone to see every problem, and restore the branch from a trusted copy.`,
    );
  });

  it('fails closed when the high-water mark is not in the repository, or the tip does not descend from it', async () => {
    const w = new World();
    const first = await w.write(w.ci, started('t1'));
    expect(await failure(open(w, memoryMark('a'.repeat(40))))).toMatch(
      new RegExp(`^the newest facts commit a decision was taken on, ${'a'.repeat(40)} \\(high-water mark in memory\\) is not in this repository: the facts branch was rewritten, or this clone lacks it \\(fetch the facts branch again\\)\\. Facts are only ever appended`),
    );
    // rewrite: another root commit, then the mark on the old line
    const tip = await w.write(w.ci, attested('t1', 'PASSED'));
    git(w.dir, 'update-ref', '-d', 'refs/heads/factstore');
    const other = await w.write(w.ci, started('t2'));
    expect(await failure(open(w, memoryMark(tip)))).toContain(`the facts branch was rewritten: its tip ${other} does not descend from the newest facts commit a decision was taken on, ${tip}`);
    expect(first).not.toBe(other);
  });

  it('an honest branch with the mark below the tip opens, checks the history, and advances the mark to what was decided', async () => {
    const w = new World();
    const first = await w.write(w.ci, started('t1'));
    const second = await w.write(w.ci, attested('t1', 'PASSED'));
    const mark = memoryMark(first);
    const facts = await open(w, mark);
    expect(await facts.tip()).toBe(second);
    expect(await facts.report()).toEqual({ factsCommit: second, highWater: { commit: first, where: 'memory' }, historyChecked: true, ignored: [], notes: [] });
    await facts.decided();
    await facts.decided('d'.repeat(40));
    expect(mark.advanced).toEqual([second, 'd'.repeat(40)]);
  });

  it('without a mark, says a rewind cannot be told; with an unreadable one, says why instead', async () => {
    const w = new World();
    const tip = await w.write(w.ci, started('t1'));
    expect(await (await open(w)).report()).toEqual({
      factsCommit: tip,
      highWater: { commit: null, where: 'nowhere (no high-water mark is kept here)' },
      historyChecked: false,
      ignored: [],
      notes: ['no decision was recorded on this facts branch before (no high-water mark yet): a rollback or rewrite before this one cannot be told; factstore verify checks the whole history'],
    });
    expect((await (await open(w, memoryMark(undefined, 'the check run holding it could not be read'))).report()).notes).toEqual(['the check run holding it could not be read']);
    // NO_HIGH_WATER itself records nothing and reads nothing
    await NO_HIGH_WATER.advance(tip);
    expect(await NO_HIGH_WATER.read()).toBeUndefined();
  });
});

describe('reading through the view', () => {
  it('stays on the facts commit it opened at while the branch moves on', async () => {
    const w = new World();
    const tip = await w.write(w.ci, started('t1'), decision(FLOW, ts()));
    const facts = await open(w);
    await w.write(w.ci, attested('t1', 'PASSED'), started('t2'), decision(FLOW, ts()));
    expect(await facts.tip()).toBe(tip);
    expect((await facts.readTrail(FLOW, 't1')).map((f) => f.kind)).toEqual(['trail']);
    expect(await facts.listTrails(FLOW)).toEqual([{ flow: FLOW, trail: 't1' }]);
    expect(await facts.trailsForCommit(COMMIT)).toEqual([{ flow: FLOW, trail: 't1' }]);
    expect((await facts.readLoose('decision', FLOW)).length).toBe(1);
  });

  it('an index line proves nothing: only a counted trail or artifact fact of that trail does', async () => {
    const w = new World();
    const other = 'a'.repeat(40);
    const otherDigest = `sha256:${'e'.repeat(64)}`;
    // t2 counts, but for another commit and another digest; mallory adds the index lines
    await w.write(w.ci, makeFact({ kind: 'trail', flow: FLOW, trail: 't2', commit: other, actor: 'ci', ts: ts() }), attested('t2', 'PASSED'));
    await w.write(w.ci, makeFact({ kind: 'artifact', flow: FLOW, trail: 't2', artifact: otherDigest, name: 'app', actor: 'ci', ts: ts() }));
    await w.write(w.mallory, started('t2'), makeFact({ kind: 'artifact', flow: FLOW, trail: 't2', artifact: DIGEST, name: 'app', actor: 'ci', ts: ts() }));
    const facts = await open(w);
    expect(await facts.trailsForCommit(COMMIT)).toEqual([]);
    expect(await facts.trailsForArtifact(DIGEST)).toEqual([]);
    expect(await facts.trailsForCommit(other)).toEqual([{ flow: FLOW, trail: 't2' }]);
    expect(await facts.trailsForArtifact(otherDigest)).toEqual([{ flow: FLOW, trail: 't2' }]);
  });

  it('fails closed at once on commits of the branch replaced or grafted, naming each', async () => {
    const w = new World();
    const first = await w.write(w.ci, started('t1'));
    const second = await w.write(w.ci, attested('t1', 'PASSED'));
    await w.write(w.ci, attested('t1', 'PASSED', 'sbom'));
    git(w.dir, 'replace', '--graft', second);
    git(w.dir, 'replace', '--graft', first, second);
    const store = new LocalGitStore({ dir: w.dir, gitBinary: 'git' });
    const message = await failure(TrustedFacts.open({ store, signers: w.signers }));
    store.close();
    const replaced = (oid: string) => `object ${oid} of the facts branch is replaced (refs/replace/${oid}): remove the replacement with \`git replace -d ${oid}\` and check the branch with factstore verify`;
    expect([`${replaced(first)}; ${replaced(second)}`, `${replaced(second)}; ${replaced(first)}`]).toContain(message.slice(0, message.indexOf('. Facts are only ever appended')));
  });

  it('loose facts of every month, oldest commit first, and their histories grouped by commit', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'));
    // written a minute apart, the December file first
    const at = (time: string, ...facts: Fact[]) =>
      new LocalGitStore({ dir: w.dir, signer: sshSigner(w.ci.privateKey), clock: () => new Date(time) }).append({ facts }).then((r) => r.commit ?? '');
    const dec = await at('2026-12-01T00:01:00Z', decision(FLOW, '2026-12-01T00:00:00.000Z'), decision(FLOW, '2026-12-01T00:00:01.000Z'));
    const nov = await at('2026-12-01T00:02:00Z', decision(FLOW, '2026-11-30T00:00:00.000Z'));
    await w.write(w.mallory, decision(FLOW, '2026-11-30T00:00:05.000Z'));
    const facts = await open(w);
    const counted = await facts.countedLoose('decision', FLOW);
    // by the commit's time: the December file's commit came first
    expect(counted.map((c) => [c.commit, c.fact.ts])).toEqual([
      [dec, '2026-12-01T00:00:00.000Z'],
      [dec, '2026-12-01T00:00:01.000Z'],
      [nov, '2026-11-30T00:00:00.000Z'],
    ]);
    expect((await facts.readLoose('decision', FLOW)).map((f) => f.ts)).toEqual(counted.map((c) => c.fact.ts));
    expect((await facts.looseHistory('decision', FLOW)).map((h) => [h.commit, h.facts.length])).toEqual([
      [dec, 2],
      [nov, 1],
    ]);
    expect((await facts.looseHistory('decision', FLOW)).map((h) => h.time)).toEqual(['2026-12-01T00:01:00.000Z', '2026-12-01T00:02:00.000Z']);
    expect(await facts.readLoose('decision', 'other')).toEqual([]);
    expect((await facts.report()).ignored.map((i) => i.reason)).toEqual(['untrusted-key']);
  });

  it('trail histories by commit, and listings that keep only trails with a fact that counts', async () => {
    const w = new World();
    const a = await w.write(w.ci, started('t1'), attested('t1', 'PASSED'));
    const b = await w.write(w.alice, approval('t1', 'alice'));
    await w.write(w.mallory, started('t2'));
    await w.write(w.ci, makeFact({ kind: 'trail', flow: 'other', trail: 't3', actor: 'ci', ts: ts() }));
    const facts = await open(w);
    expect((await facts.trailHistory(FLOW, 't1')).map((h) => [h.commit, h.facts.map((f) => f.kind)])).toEqual([
      [a, ['trail', 'attestation']],
      [b, ['approval']],
    ]);
    expect(await facts.listTrails(FLOW)).toEqual([{ flow: FLOW, trail: 't1' }]);
    expect((await facts.listTrails()).map((t) => t.trail).sort()).toEqual(['t1', 't3']);
    expect(await facts.trailsForCommit('b'.repeat(40))).toEqual([]);
  });

  it('prefetch reads every trail history in one walk, and a trail file removed since still fails closed', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'), attested('t1', 'FAILED'));
    await w.write(w.ci, started('t2'));
    const facts = await open(w);
    await facts.prefetch(FLOW);
    expect((await facts.readTrail(FLOW, 't2')).map((f) => f.kind)).toEqual(['trail']);
    tamperFile(w.dir, 'factstore', PATH, null);
    const after = await open(w);
    expect(await failure(after.prefetch())).toMatch(/were changed or removed later/);
  });
});

describe('trustedGate', () => {
  const config = (w: World, flow = FLOW): FactstoreConfig => ({
    facts: { branch: 'factstore' },
    trust: { signers: w.signers, admins: [] },
    flows: { [flow]: { name: flow, require: ['unit-tests'], policies: [], branches: ['main'], environments: ['production'], retries: 'sticky' } },
    types: {},
    policies: {},
    environments: {},
    evidenceMaxBytes: 1024,
    gate: { allowUnscoped: false },
  });

  it('decides on the facts that count and reports what it read', async () => {
    const w = new World();
    const tip = await w.write(w.ci, started('t1'), attested('t1', 'PASSED'));
    await w.write(w.mallory, attested('t1', 'FAILED'));
    const store = new LocalGitStore({ dir: w.dir });
    const gate = await trustedGate({ store, config: config(w), commit: COMMIT, now: new Date(), highWater: new LocalHighWaterMark(store.gitdir, 'factstore') });
    expect(gate.result.decision).toBe('GATE_ALLOWED');
    expect(gate.result.trust?.ignored.map((i) => i.reason)).toEqual(['untrusted-key']);
    expect(gate.facts?.factsCommit).not.toBe(tip);
    expect(gate.integrity).toBeUndefined();
  });

  it('an integrity failure blocks every flow that applies, naming it, scoped as the event says', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'), attested('t1', 'PASSED'));
    const store = new LocalGitStore({ dir: w.dir });
    const gone = memoryMark('a'.repeat(40));
    const base = { store, config: config(w), commit: COMMIT, now: new Date(), highWater: gone };
    const blocked = await trustedGate(base);
    expect(blocked.integrity?.code).toBe('INTEGRITY');
    expect(blocked.facts).toBeUndefined();
    expect(blocked.result).toMatchObject({ decision: 'GATE_BLOCKED', factsCommit: null, flows: [{ flow: FLOW, decision: 'GATE_BLOCKED', trail: null }] });
    expect(blocked.result.details).toBe(`no decision can be taken: ${blocked.integrity?.message ?? ''}`);
    expect((await trustedGate({ ...base, branches: ['feature'] })).result.flows).toEqual([]);
    expect((await trustedGate({ ...base, environment: 'staging' })).result.flows).toEqual([]);
    expect((await trustedGate({ ...base, flow: FLOW, branches: ['main'], environment: 'production' })).result.flows.map((f) => f.flow)).toEqual([FLOW]);
  });

  it('a failure that is not about integrity is not turned into a decision', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'));
    const store = new LocalGitStore({ dir: w.dir });
    const base = { store, config: config(w), commit: COMMIT, now: new Date(), highWater: memoryMark() };
    await expect(trustedGate({ ...base, commit: 'abc' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(trustedGate({ ...base, flow: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const broken = new LocalGitStore({ dir: w.dir });
    broken.tip = () => Promise.reject(new Error('disk gone'));
    await expect(trustedGate({ ...base, store: broken })).rejects.toThrow('disk gone');
  });

  it('a failure met while reading names the facts commit it was met at, and blocks only the flow asked for', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'), attested('t1', 'FAILED'));
    const tip = await w.write(w.ci, attested('t1', 'PASSED', 'sbom'));
    tamperFile(w.dir, 'factstore', PATH, null);
    const tampered = w.tip();
    const store = new LocalGitStore({ dir: w.dir });
    const cfg = config(w);
    cfg.flows.docs = { name: 'docs', require: [], policies: [], branches: [], environments: [], retries: 'sticky' };
    const gate = await trustedGate({ store, config: cfg, commit: COMMIT, now: new Date(), highWater: memoryMark(), flow: FLOW });
    expect(gate.integrity?.message).toMatch(/were changed or removed later/);
    expect(gate.result.factsCommit).toBe(tampered);
    expect(gate.result.flows.map((f) => f.flow)).toEqual([FLOW]);
    expect(tampered).not.toBe(tip);
  });
});
