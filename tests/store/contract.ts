import { describe, expect, it } from 'vitest';
import type { FactstoreError } from '../../src/core/errors.js';
import type { Fact, FactInput } from '../../src/core/model/fact.js';
import { makeFact, sha256Hex } from '../../src/core/model/fact-id.js';
import type { FactStore } from '../../src/core/store/fact-store.js';
import { trailPath } from '../../src/core/store/layout.js';
import { termFolder, termIndexPath, termKey } from '../../src/core/store/term-index.js';

/**
 * The store contract as an executable suite: every back-end (local git, GitHub) runs it.
 * `make` returns a fresh, empty store for each test.
 */
export function storeContract(name: string, make: () => Promise<FactStore>): void {
  const commit = 'a1b2c3d4e5f60718293a4b5c6d7e8f9011223344';
  const digest = `sha256:${'ab'.repeat(32)}`;
  let clock = Date.parse('2026-11-23T10:00:00Z');
  const at = () => new Date((clock += 1000)).toISOString();
  type Input = FactInput extends infer T ? (T extends unknown ? Omit<T, 'ts' | 'actor'> & { actor?: string } : never) : never;
  const fact = (input: Input): Fact => makeFact({ actor: 'ci', ts: at(), ...input });
  const trail = (t = 'build-1', c = commit) => fact({ kind: 'trail', flow: 'payments', trail: t, commit: c, gitBranch: 'main' });
  const artifact = (t = 'build-1', d = digest) => fact({ kind: 'artifact', flow: 'payments', trail: t, artifact: d, name: 'app' });
  const attestation = (t = 'build-1', type = 'unit-tests', status: 'PASSED' | 'FAILED' = 'PASSED') =>
    fact({ kind: 'attestation', flow: 'payments', trail: t, type, status, evidence: [] });

  describe(`store contract: ${name}`, () => {
    it('starts empty', async () => {
      const store = await make();
      expect(await store.tip()).toBeUndefined();
      expect(await store.readTrail('payments', 'build-1')).toEqual([]);
      expect(await store.trailsForArtifact(digest)).toEqual([]);
      expect(await store.trailsForCommit(commit)).toEqual([]);
      expect(await store.listTrails()).toEqual([]);
      expect(await store.readEvidence(digest)).toBeUndefined();
      const history = [];
      for await (const h of store.history()) history.push(h);
      expect(history).toEqual([]);
    });

    it('appends facts in one commit per write and reads them by trail, artifact and commit', async () => {
      const store = await make();
      const t = trail();
      const first = await store.append({ facts: [t] });
      expect(first.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(first.written).toEqual([t]);
      expect(await store.tip()).toBe(first.commit);
      const a = artifact();
      const u = attestation();
      const second = await store.append({ facts: [a, u] });
      expect(second.commit).not.toBe(first.commit);
      expect(await store.readTrail('payments', 'build-1')).toEqual([t, a, u]);
      expect(await store.trailsForArtifact(digest)).toEqual([{ flow: 'payments', trail: 'build-1' }]);
      expect(await store.trailsForCommit(commit)).toEqual([{ flow: 'payments', trail: 'build-1' }]);
      expect(await store.listTrails('payments')).toEqual([{ flow: 'payments', trail: 'build-1' }]);
      expect(await store.listTrails('other')).toEqual([]);
    });

    it('is idempotent: the same fact written twice is stored once and makes no commit', async () => {
      const store = await make();
      const t = trail();
      await store.append({ facts: [t] });
      const tip = await store.tip();
      const again = await store.append({ facts: [t] });
      expect(again).toMatchObject({ commit: undefined, written: [], skipped: [t] });
      expect(await store.tip()).toBe(tip);
      expect(await store.readTrail('payments', 'build-1')).toEqual([t]);
    });

    it('keeps the history append-only, newest first, with the facts each commit added', async () => {
      const store = await make();
      const t = trail();
      const a = artifact();
      const u = attestation();
      const c1 = (await store.append({ facts: [t] })).commit;
      const c2 = (await store.append({ facts: [a] })).commit;
      const c3 = (await store.append({ facts: [u] })).commit;
      const history = [];
      for await (const h of store.history()) history.push(h);
      expect(history.map((h) => h.commit)).toEqual([c3, c2, c1]);
      expect(history.map((h) => h.facts)).toEqual([[u], [a], [t]]);
      expect(history[0]?.parents).toEqual([c2]);
      const limited = [];
      for await (const h of store.history({ limit: 2 })) limited.push(h.commit);
      expect(limited).toEqual([c3, c2]);
    });

    it('reads the store as it was at an earlier facts commit', async () => {
      const store = await make();
      const t = trail();
      const c1 = (await store.append({ facts: [t] })).commit;
      await store.append({ facts: [attestation()] });
      expect(await store.readTrail('payments', 'build-1', { at: c1 })).toEqual([t]);
      expect((await store.readTrail('payments', 'build-1')).length).toBe(2);
    });

    it('stores evidence content-addressed and returns the same bytes', async () => {
      const store = await make();
      const bytes = Buffer.from('<testsuite tests="1"><testcase name="a"/></testsuite>\n');
      const sha = `sha256:${sha256Hex(bytes)}`;
      const u = fact({ kind: 'attestation', flow: 'payments', trail: 'build-1', type: 'unit-tests', status: 'PASSED',
        evidence: [{ name: 'junit.xml', sha256: sha, size: bytes.length, format: 'junit' }] });
      await store.append({ facts: [trail(), u], evidence: [{ sha256: sha, bytes }] });
      expect(Buffer.from((await store.readEvidence(sha))!)).toEqual(bytes);
    });

    it('refuses evidence whose bytes do not match its hash, and writes nothing', async () => {
      const store = await make();
      await store.append({ facts: [trail()] });
      const tip = await store.tip();
      const bytes = Buffer.from('real');
      await expect(store.append({ facts: [attestation()], evidence: [{ sha256: `sha256:${'0'.repeat(64)}`, bytes }] }))
        .rejects.toMatchObject({ code: 'BAD_INPUT' } satisfies Partial<FactstoreError>);
      expect(await store.tip()).toBe(tip);
    });

    it('keeps facts that belong to no trail apart, by kind and flow', async () => {
      const store = await make();
      const d = fact({ kind: 'decision', flow: 'payments', commit, event: 'GATE_BLOCKED', factsCommit: commit, result: { status: 'NON_COMPLIANT' } });
      await store.append({ facts: [d] });
      expect(await store.readLoose('decision', 'payments')).toEqual([d]);
      expect(await store.readLoose('decision', 'other')).toEqual([]);
      expect(await store.looseKeys('decision')).toEqual(['payments']);
      expect(await store.looseKeys('bypass')).toEqual([]);
    });

    it('records several trails per digest and per commit', async () => {
      const store = await make();
      await store.append({ facts: [trail('build-1'), artifact('build-1')] });
      await store.append({ facts: [trail('build-2'), artifact('build-2')] });
      expect(await store.trailsForArtifact(digest)).toEqual([
        { flow: 'payments', trail: 'build-1' },
        { flow: 'payments', trail: 'build-2' },
      ]);
      expect((await store.trailsForCommit(commit)).length).toBe(2);
      expect((await store.listTrails()).length).toBe(2);
    });

    it('tells which facts commit added each fact of a trail, oldest first', async () => {
      const store = await make();
      expect(await store.trailHistory('payments', 'build-1')).toEqual([]);
      const t = trail();
      const other = trail('build-2');
      const a = artifact();
      const u = attestation();
      const c1 = (await store.append({ facts: [t] })).commit;
      const c2 = (await store.append({ facts: [other] })).commit;
      const c3 = (await store.append({ facts: [a, u] })).commit;
      await store.append({ facts: [u] }); // already there: no commit, no entry
      const times = new Map<string, string>();
      for await (const h of store.history()) times.set(h.commit, h.time);
      expect(await store.trailHistory('payments', 'build-1')).toEqual([
        { commit: c1, time: times.get(c1!), facts: [t] },
        { commit: c3, time: times.get(c3!), facts: [a, u] },
      ]);
      expect(await store.trailHistory('payments', 'build-2')).toEqual([{ commit: c2, time: times.get(c2!), facts: [other] }]);
      expect(await store.trailHistory('payments', 'absent')).toEqual([]);
      expect(await store.trailHistory('other', 'build-1')).toEqual([]);
    });

    it('reads a trail history as it was at an earlier facts commit', async () => {
      const store = await make();
      const t = trail();
      const c1 = (await store.append({ facts: [t] })).commit;
      await store.append({ facts: [attestation()] });
      expect((await store.trailHistory('payments', 'build-1', { at: c1! })).map((h) => [h.commit, h.facts])).toEqual([[c1, [t]]]);
      expect((await store.trailHistory('payments', 'build-1')).length).toBe(2);
    });

    it('tells which facts commit added each loose fact, across the monthly files', async () => {
      const store = await make();
      const decision = (ts: string) =>
        makeFact({ kind: 'decision', flow: 'payments', commit, event: 'GATE_BLOCKED', factsCommit: commit, result: { status: 'NON_COMPLIANT' }, actor: 'ci', ts });
      const november = decision('2026-11-30T23:00:00.000Z');
      const december = decision('2026-12-01T01:00:00.000Z');
      const c1 = (await store.append({ facts: [november] })).commit;
      await store.append({ facts: [trail()] });
      const c3 = (await store.append({ facts: [december] })).commit;
      expect((await store.looseHistory('decision', 'payments')).map((h) => [h.commit, h.facts])).toEqual([[c1, [november]], [c3, [december]]]);
      expect(await store.looseHistory('decision', 'other')).toEqual([]);
      expect(await store.looseHistory('bypass', 'payments')).toEqual([]);
    });

    it('loses nothing when writes race in one process', async () => {
      const store = await make();
      await store.append({ facts: [trail()] });
      const facts = Array.from({ length: 8 }, (_, i) => attestation('build-1', `type-${i}`));
      const results = await Promise.all(facts.map((f) => store.append({ facts: [f] })));
      expect(results.every((r) => r.commit !== undefined)).toBe(true);
      const stored = await store.readTrail('payments', 'build-1');
      expect(stored.length).toBe(9);
      expect(new Set(stored.map((f) => f.id)).size).toBe(9);
    });

    it('appends on the newest tip when the commit it was based on is no longer the tip, losing nothing', async () => {
      const store = await make();
      const read = (await store.append({ facts: [trail()] })).commit ?? '';
      await store.append({ facts: [attestation('build-1', 'lint')] });
      const late = await store.append({ facts: [attestation('build-1', 'sbom')], basedOn: read });
      expect(await store.tip()).toBe(late.commit);
      expect((await store.readTrail('payments', 'build-1')).map((f) => (f.kind === 'attestation' ? f.type : f.kind))).toEqual(['trail', 'lint', 'sbom']);
      const onTip = await store.append({ facts: [attestation('build-1', 'perf')], basedOn: late.commit ?? '' });
      expect(onTip.attempts).toBe(1);
    });

    it('declares in each commit what it appended to every facts file, as the trust check reads it', async () => {
      const store = await make();
      const t = trail();
      await store.append({ facts: [t] });
      const a = artifact();
      await store.append({ facts: [a] });
      const history = await store.fileHistory(trailPath('payments', 'build-1'));
      expect(history.text?.split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as Fact).id)).toEqual([t.id, a.id]);
      const { parseClaims } = await import('../../src/core/trust/append-claims.js');
      const { parseCommitHeader } = await import('../../src/core/store/local/object-reader.js');
      const claims = history.commits.map((c) => {
        const parsed = parseClaims(parseCommitHeader(c.payload ?? '').message);
        return parsed.ok ? parsed.claims.get(history.path) : undefined;
      });
      expect(claims.map((c) => [c?.before, c?.after])).toEqual([[0, 1], [1, 2]]);
      expect(history.commits.every((c) => c.signature?.includes('BEGIN SSH SIGNATURE') === true)).toBe(true);
    });

    it('writes the search-term index lines with each fact and lists them by folder', async () => {
      const store = await make();
      const t = trail('Build-7');
      const a = fact({ kind: 'artifact', flow: 'payments', trail: 'Build-7', artifact: digest, name: 'ghcr.io/acme/web:1' });
      await store.append({ facts: [t, a] });
      const ref = [{ flow: 'payments', trail: 'Build-7' }];
      expect(await store.indexRefs(termIndexPath('trail', 'build-7', t.ts))).toEqual(ref);
      for (const part of ['ghcr.io/acme/web:1', 'ghcr.io', 'acme', 'web']) expect(await store.indexRefs(termIndexPath('artifact', part, a.ts)), part).toEqual(ref);
      expect(await store.indexEntries('index/terms/artifact/we')).toEqual(['b=']);
      expect(await store.indexEntries(termFolder('artifact', termKey('web')))).toEqual([`${a.ts.slice(0, 10)}.ndjson`]);
      expect(await store.indexEntries('index/terms/nothing')).toEqual([]);
      expect(await store.indexRefs('index/terms/nothing.ndjson')).toEqual([]);
      // read at an earlier facts commit: nothing was indexed yet
      const first = (await store.append({ facts: [attestation('Build-7')] })).commit;
      expect(await store.indexEntries('index/terms/type', { at: first ?? '' })).toEqual(['un']);
    });

    it('reads the histories of several files at once as it reads each alone', async () => {
      const store = await make();
      await store.append({ facts: [trail('b1'), trail('b2', 'b'.repeat(40))] });
      await store.append({ facts: [attestation('b1')] });
      await store.append({ facts: [attestation('b2', 'lint')] });
      const paths = [trailPath('payments', 'b1'), trailPath('payments', 'b2'), trailPath('payments', 'never')];
      const together = await store.fileHistoriesOf(paths);
      const strip = (h: Awaited<ReturnType<FactStore['fileHistory']>>) => ({ ...h, commits: h.commits.map((c) => ({ ...c, textAfter: undefined })) });
      const alone = await Promise.all(paths.map((p) => store.fileHistory(p)));
      expect(together.map(strip).sort((x, y) => x.path.localeCompare(y.path))).toEqual(alone.map(strip).sort((x, y) => x.path.localeCompare(y.path)));
      expect(together.find((h) => h.path === paths[0])?.commits.map((c) => c.commit)).toHaveLength(2);
      expect(await Promise.all((together.find((h) => h.path === paths[1])?.commits ?? []).map((c) => c.textAfter()))).toEqual(
        await Promise.all((alone[1]?.commits ?? []).map((c) => c.textAfter())),
      );
      // and again after one more commit (a back-end that keeps histories extends them)
      await store.append({ facts: [attestation('b2', 'sbom')] });
      const later = await store.fileHistoriesOf(paths);
      expect(later.find((h) => h.path === paths[1])?.commits.map((c) => c.commit)).toEqual((await store.fileHistory(paths[1] ?? '')).commits.map((c) => c.commit));
      expect(later.find((h) => h.path === paths[1])?.commits).toHaveLength(3);
    });

    it('writes only the missing index lines of facts already there when asked to reindex, once', async () => {
      const store = await make();
      const t = trail();
      await store.append({ facts: [t] });
      const plain = await store.append({ facts: [t] });
      expect(plain).toMatchObject({ commit: undefined, written: [], skipped: [t] });
      const again = await store.append({ facts: [t], reindex: true });
      // every line is there already: nothing to write
      expect(again).toMatchObject({ commit: undefined, written: [], indexed: 0 });
    });
  });
}
