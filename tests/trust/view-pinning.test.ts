// The trusted view's reads at their edges on real repositories: every listing is read at the facts
// commit the view opened at (a file removed from the tip since is still there), prefetch reads the
// flow asked for and judges nothing, an attestation naming a commit or digest does not make its
// trail that commit's, objects replaced after opening are all named, and each commit's ancestry
// against a retired key's `until:` is asked once.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FactstoreError } from '../../src/core/errors.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import { artifactIndexPath, commitIndexPath, loosePath, trailPath } from '../../src/core/store/layout.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { NO_HIGH_WATER } from '../../src/core/trust/high-water.js';
import { TrustedFacts } from '../../src/core/trust/trusted-facts.js';
import { git } from '../helpers/git.js';
import { tamperFile } from '../helpers/tamper.js';
import { artifact, attested, COMMIT, DIGEST, FLOW, started, ts, World } from './world.js';

const open = (w: World, store = new LocalGitStore({ dir: w.dir, gitBinary: 'git' })) => TrustedFacts.open({ store, signers: w.signers });
const decision = (): Fact => makeFact({ kind: 'decision', flow: FLOW, commit: COMMIT, event: 'GATE_ALLOWED', factsCommit: 'f'.repeat(40), result: {}, actor: 'ci', ts: ts() });

async function integrity(promise: Promise<unknown>): Promise<string> {
  const e = await promise.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(FactstoreError);
  expect((e as FactstoreError).code).toBe('INTEGRITY');
  return (e as FactstoreError).message;
}

describe('the trusted view reads at the facts commit it opened at', () => {
  it('still lists a trail, its index lines and loose facts that the tip has removed since', async () => {
    const w = new World();
    const loose = decision();
    const tip = await w.write(w.ci, started('t1'), artifact('t1'), loose);
    const facts = await open(w);
    for (const file of [trailPath(FLOW, 't1'), commitIndexPath(COMMIT), artifactIndexPath(DIGEST), loosePath(loose)]) tamperFile(w.dir, 'factstore', file, null);
    expect(w.tip()).not.toBe(tip);
    expect(await facts.listTrails(FLOW)).toEqual([{ flow: FLOW, trail: 't1' }]);
    expect(await facts.trailsForCommit(COMMIT)).toEqual([{ flow: FLOW, trail: 't1' }]);
    expect(await facts.trailsForArtifact(DIGEST)).toEqual([{ flow: FLOW, trail: 't1' }]);
    expect((await facts.readLoose('decision', FLOW)).map((f) => f.id)).toEqual([loose.id]);
    // the histories prefetched are those at the facts commit: the trail file is there, nothing fails
    await facts.prefetch();
    expect((await facts.readTrail(FLOW, 't1')).map((f) => f.kind)).toEqual(['trail', 'artifact']);
    expect((await facts.report()).ignored).toEqual([]);
  });

  it('an attestation that names a commit or a digest does not make its trail that commit\'s or artifact\'s', async () => {
    const w = new World();
    const other = 'a'.repeat(40);
    await w.write(w.ci, makeFact({ kind: 'trail', flow: FLOW, trail: 't2', commit: other, actor: 'ci', ts: ts() }));
    await w.write(w.ci, makeFact({ kind: 'attestation', flow: FLOW, trail: 't2', type: 'unit-tests', status: 'PASSED', evidence: [], commit: COMMIT, artifact: DIGEST, actor: 'ci', ts: ts() }));
    // index lines for t2 under COMMIT and DIGEST, from a key nobody trusts
    await w.write(w.mallory, started('t2'), artifact('t2'));
    const facts = await open(w);
    expect((await facts.readTrail(FLOW, 't2')).map((f) => f.kind)).toEqual(['trail', 'attestation']);
    expect(await facts.trailsForCommit(COMMIT)).toEqual([]);
    expect(await facts.trailsForArtifact(DIGEST)).toEqual([]);
    expect(await facts.trailsForCommit(other)).toEqual([{ flow: FLOW, trail: 't2' }]);
  });
});

describe('prefetch', () => {
  it('reads the flow asked for only: a trail file of another flow removed from the tip fails only a prefetch of everything', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'));
    await w.write(w.ci, makeFact({ kind: 'trail', flow: 'other', trail: 't9', actor: 'ci', ts: ts() }), makeFact({ kind: 'attestation', flow: 'other', trail: 't9', type: 'unit-tests', status: 'FAILED', evidence: [], actor: 'ci', ts: ts() }));
    tamperFile(w.dir, 'factstore', trailPath('other', 't9'), null);
    const facts = await open(w);
    await facts.prefetch(FLOW);
    expect((await facts.readTrail(FLOW, 't1')).map((f) => f.kind)).toEqual(['trail']);
    expect(await integrity((await open(w)).prefetch())).toMatch(new RegExp(`^${trailPath('other', 't9')}: the lines facts commit [0-9a-f]{40} wrote \\(1-2\\) were changed or removed later`));
  });

  it('judges no trail until it is read: what did not count is reported for the trails read', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'));
    const untrusted = await w.write(w.mallory, started('t2'));
    const facts = await open(w);
    await facts.prefetch(FLOW);
    expect((await facts.report()).ignored).toEqual([]);
    expect(await facts.readTrail(FLOW, 't2')).toEqual([]);
    expect((await facts.report()).ignored.map((i) => [i.path, i.commit, i.reason])).toEqual([[trailPath(FLOW, 't2'), untrusted, 'untrusted-key']]);
  });
});

describe('objects replaced after the view opened', () => {
  it('fail the first read closed, naming each one', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'));
    await w.write(w.ci, attested('t1', 'PASSED'));
    const facts = await open(w);
    const [second = '', first = ''] = git(w.dir, 'rev-list', 'factstore').trim().split('\n');
    for (const oid of [first, second]) {
      const forged = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: w.dir, input: git(w.dir, 'cat-file', 'commit', oid).replace(/\n\n/, '\n\nforged ') }).toString().trim();
      git(w.dir, 'replace', oid, forged);
    }
    const message = await integrity(facts.readTrail(FLOW, 't1'));
    const replaced = (oid: string) => `object ${oid} of the facts branch is replaced (refs/replace/${oid})`;
    expect(message).toContain(replaced(first));
    expect(message).toContain(replaced(second));
    expect(message).toMatch(/ and check the branch with factstore verify; object [0-9a-f]{40} of the facts branch is replaced/);
  });
});

describe('retired keys', () => {
  it('ask the store once per commit whether it came by the key\'s until: commit', async () => {
    const w = new World();
    const until = await w.write(w.ci, started('t1'), attested('t1', 'PASSED'));
    const late = await w.write(w.ci, attested('t1', 'PASSED', 'sbom'), attested('t1', 'PASSED', 'lint'));
    const asked: string[] = [];
    const store = new LocalGitStore({ dir: w.dir, gitBinary: 'git' });
    const isAncestor = store.isAncestor.bind(store);
    store.isAncestor = (commit, descendant) => {
      asked.push(`${commit}..${descendant}`);
      return isAncestor(commit, descendant);
    };
    const facts = await TrustedFacts.open({ store, signers: [{ ...w.ci.signer, until }] });
    expect((await facts.countedTrail(FLOW, 't1')).map((c) => c.commit)).toEqual([until, until]);
    expect((await facts.report()).ignored.map((i) => [i.commit, i.reason])).toEqual([
      [late, 'retired-key'],
      [late, 'retired-key'],
    ]);
    expect(asked.sort()).toEqual([`${late}..${until}`, `${until}..${until}`].sort());
    store.close();
  });
});

describe('each trail file', () => {
  it('is read and judged once, however often the view is asked about it', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'), attested('t1', 'PASSED'));
    const store = new LocalGitStore({ dir: w.dir, gitBinary: 'git' });
    const read: string[] = [];
    const fileHistory = store.fileHistory.bind(store);
    store.fileHistory = (path, options) => {
      read.push(path);
      return fileHistory(path, options);
    };
    const facts = await open(w, store);
    expect((await facts.readTrail(FLOW, 't1')).length).toBe(2);
    expect((await facts.countedTrail(FLOW, 't1')).length).toBe(2);
    expect(await facts.trailsForCommit(COMMIT)).toEqual([{ flow: FLOW, trail: 't1' }]);
    expect(read).toEqual([trailPath(FLOW, 't1')]);
    store.close();
  });
});

describe('no high-water mark', () => {
  it('answers as a mark does, with promises: nothing read, nothing kept, and says where it is', async () => {
    await expect(NO_HIGH_WATER.read()).resolves.toBeUndefined();
    await expect(NO_HIGH_WATER.advance('a'.repeat(40))).resolves.toBeUndefined();
    expect(NO_HIGH_WATER.where).toBe('nowhere (no high-water mark is kept here)');
    expect(NO_HIGH_WATER.problem).toBeUndefined();
  });
});
