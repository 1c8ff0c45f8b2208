// The facts that count (DESIGN §2a) on real repositories: honest writes count; untrusted appends are
// left out and reported; rewrites, rollbacks, merges and replaced objects fail closed.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FactstoreError } from '../../src/core/errors.js';
import { trailPath } from '../../src/core/store/layout.js';
import { git } from '../helpers/git.js';
import { tamperFile } from '../helpers/tamper.js';
import { legacyCommit } from './legacy.js';
import { approval, artifact, attested, COMMIT, DIGEST, FLOW, started, World } from './world.js';

const PATH = trailPath(FLOW, 't1');

async function integrity(promise: Promise<unknown>): Promise<string> {
  const e = await promise.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(FactstoreError);
  expect((e as FactstoreError).code).toBe('INTEGRITY');
  return (e as FactstoreError).message;
}

describe.each([{ native: true }, { native: false }])('trusted facts (native git: $native)', ({ native }) => {
  it('counts every fact a trusted key appended, naming the commit and the signer', async () => {
    const w = new World();
    const first = await w.write(w.ci, started('t1'), artifact('t1'));
    const second = await w.write(w.ci, attested('t1', 'PASSED'));
    const third = await w.write(w.alice, approval('t1', 'alice'));
    const { facts, close } = await w.view({ native });
    const counted = await facts.countedTrail(FLOW, 't1');
    expect(counted.map((c) => [c.fact.kind, c.commit, c.signer])).toEqual([
      ['trail', first, 'ci@acme'],
      ['artifact', first, 'ci@acme'],
      ['attestation', second, 'ci@acme'],
      ['approval', third, 'alice@acme'],
    ]);
    expect(await facts.trailsForCommit(COMMIT)).toEqual([{ flow: FLOW, trail: 't1' }]);
    expect(await facts.trailsForArtifact(DIGEST)).toEqual([{ flow: FLOW, trail: 't1' }]);
    expect((await facts.report()).ignored).toEqual([]);
    close();
  });

  it('leaves out facts appended by an unsigned commit and says so', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'), attested('t1', 'FAILED'));
    const text = git(w.dir, 'show', `factstore:${PATH}`);
    const forged = approval('t1', 'alice');
    const unsigned = tamperFile(w.dir, 'factstore', PATH, `${text}${JSON.stringify(forged)}\n`);
    const { facts, close } = await w.view({ native });
    expect((await facts.readTrail(FLOW, 't1')).map((f) => f.kind)).toEqual(['trail', 'attestation']);
    const { ignored } = await facts.report();
    expect(ignored).toEqual([{ path: PATH, line: 3, id: forged.id, kind: 'approval', commit: unsigned, reason: 'unsigned', detail: 'unsigned' }]);
    close();
  });

  it('leaves out a forged trail and artifact index lines that no counted fact backs', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'));
    await w.write(w.mallory, started('t2'), artifact('t2'), attested('t2', 'PASSED'));
    const { facts, close } = await w.view({ native });
    expect(await facts.trailsForCommit(COMMIT)).toEqual([{ flow: FLOW, trail: 't1' }]);
    expect(await facts.trailsForArtifact(DIGEST)).toEqual([]);
    const ignored = (await facts.report()).ignored;
    expect(ignored.map((i) => i.reason)).toEqual(['untrusted-key', 'untrusted-key', 'untrusted-key']);
    expect(ignored[0]?.detail).toMatch(/signed by key SHA256:\S+, which trust\.signers does not list/);
    close();
  });

  it('fails closed when a later commit removes or changes a trusted line', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'), attested('t1', 'FAILED'));
    await w.write(w.ci, attested('t1', 'PASSED', 'sbom'));
    const lines = git(w.dir, 'show', `factstore:${PATH}`).split('\n');
    tamperFile(w.dir, 'factstore', PATH, `${[lines[0], lines[2]].join('\n')}\n`);
    const { facts, close } = await w.view({ native });
    expect(await integrity(facts.readTrail(FLOW, 't1'))).toMatch(/were changed or removed later/);
    close();
  });

  it('fails closed when the trail file was removed and a trusted writer wrote it again (sticky FAILED erased)', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'), attested('t1', 'FAILED'));
    tamperFile(w.dir, 'factstore', PATH, null);
    await w.write(w.ci, attested('t1', 'PASSED'));
    const { facts, close } = await w.view({ native });
    expect(await integrity(facts.readTrail(FLOW, 't1'))).toMatch(new RegExp(`${PATH}: the lines facts commit [0-9a-f]{40} wrote \\(1-2\\) were changed or removed later`));
    close();
  });

  it('fails closed when the branch is rolled back below the newest decision', async () => {
    const w = new World();
    const before = await w.write(w.ci, started('t1'));
    await w.write(w.ci, attested('t1', 'FAILED'));
    const first = await w.view({ native });
    await first.facts.decided();
    first.close();
    git(w.dir, 'update-ref', 'refs/heads/factstore', before);
    expect(await integrity(w.view({ native }))).toMatch(/rolled back: its tip [0-9a-f]{40} is older than the newest facts commit a decision was taken on/);
  });

  it('fails closed on a merge commit that would hide a side of the history', async () => {
    const w = new World();
    const base = await w.write(w.ci, started('t1'));
    const real = await w.write(w.ci, attested('t1', 'FAILED'));
    const seen = await w.view({ native });
    await seen.facts.decided();
    seen.close();
    const tree = git(w.dir, 'rev-parse', `${base}^{tree}`).trim();
    const env = { ...process.env, GIT_AUTHOR_NAME: 'm', GIT_AUTHOR_EMAIL: 'm@x', GIT_COMMITTER_NAME: 'm', GIT_COMMITTER_EMAIL: 'm@x' };
    const merge = execFileSync('git', ['commit-tree', tree, '-p', base, '-p', real, '-m', 'merge'], { cwd: w.dir, env }).toString().trim();
    git(w.dir, 'update-ref', 'refs/heads/factstore', merge);
    expect(await integrity(w.view({ native }))).toContain(`merge commit ${merge}`);
  });

  it('fails closed when git replace swaps a trail blob', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'), attested('t1', 'FAILED'));
    const blob = git(w.dir, 'rev-parse', `factstore:${PATH}`).trim();
    const forged = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: w.dir, input: `${JSON.stringify(started('t1'))}\n` }).toString().trim();
    git(w.dir, 'replace', blob, forged);
    const { facts, close } = await w.view({ native });
    expect(await integrity(facts.readTrail(FLOW, 't1'))).toContain(`object ${blob} of the facts branch is replaced`);
    close();
  });

  it('counts approvals only from the approver\'s own key or the App\'s, never from the CI key', async () => {
    const w = new World();
    const app = w.mallory; // any key, listed as the App's
    w.signers = [...w.signers, { ...app.signer, principal: 'factstore-app', app: true }];
    await w.write(w.ci, started('t1'), approval('t1', 'alice'));
    await w.write(w.alice, approval('t1', 'bob'), attested('t1', 'PASSED'));
    await w.write(w.alice, approval('t1', 'alice', 'REJECTED'));
    await w.write(app, approval('t1', 'carol'));
    const { facts, close } = await w.view({ native });
    expect((await facts.readTrail(FLOW, 't1')).map((f) => `${f.kind}:${f.actor}`)).toEqual(['trail:ci', 'approval:alice', 'approval:carol']);
    const ignored = (await facts.report()).ignored;
    expect(ignored.map((i) => [i.kind, i.reason])).toEqual([
      ['approval', 'no-authority'],
      ['approval', 'no-authority'],
      ['attestation', 'no-authority'],
    ]);
    expect(ignored[0]?.detail).toBe("ci@acme's key may not record approval facts (it may record: trail, artifact, attestation, snapshot, drift, decision, export)");
    expect(ignored[1]?.detail).toContain("alice@acme's key may not record an approval by bob: only bob's own key");
    close();
  });

  it('counts a retired key only for facts added by its until commit or before', async () => {
    const w = new World();
    const early = await w.write(w.ci, started('t1'));
    const until = await w.write(w.ci, attested('t1', 'PASSED'));
    const late = await w.write(w.ci, attested('t1', 'PASSED', 'sbom'));
    const { facts, close } = await w.view({ native, signers: [{ ...w.ci.signer, until }] });
    const counted = await facts.countedTrail(FLOW, 't1');
    expect(counted.map((c) => c.commit)).toEqual([early, until]);
    expect((await facts.report()).ignored.map((i) => [i.commit, i.reason])).toEqual([[late, 'retired-key']]);
    close();
  });

  it('does not count a fact dated later than the commit that added it', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'));
    await w.write(w.alice, { ...approval('t1', 'alice'), ts: '2099-01-01T00:00:00.000Z' });
    const { facts, close } = await w.view({ native });
    expect((await facts.readTrail(FLOW, 't1')).map((f) => f.kind)).toEqual(['trail']);
    expect((await facts.report()).ignored[0]?.reason).toBe('future-timestamp');
    close();
  });

  it('reads older stores whose commits declare nothing, and still catches a rewrite of them', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'));
    const text = git(w.dir, 'show', `factstore:${PATH}`);
    const line = `${JSON.stringify(attested('t1', 'FAILED'))}\n`;
    await legacyCommit(w.dir, w.ci, PATH, `${text}${line}`);
    const ok = await w.view({ native });
    expect((await ok.facts.readTrail(FLOW, 't1')).map((f) => f.kind)).toEqual(['trail', 'attestation']);
    ok.close();
    await legacyCommit(w.dir, w.ci, PATH, text);
    const bad = await w.view({ native });
    expect(await integrity(bad.facts.readTrail(FLOW, 't1'))).toMatch(/changed lines that were there before it|changed or removed later/);
    bad.close();
  });
});

describe('trusted facts read through the history cache of the git directory', () => {
  const cachedView = async (w: World) => {
    const { LocalGitStore } = await import('../../src/core/store/local/local-store.js');
    const { LocalHighWaterMark } = await import('../../src/core/store/local/local-high-water.js');
    const { TrustedFacts } = await import('../../src/core/trust/trusted-facts.js');
    const store = new LocalGitStore({ dir: w.dir, gitBinary: 'git', cacheHistories: true });
    const facts = await TrustedFacts.open({ store, signers: w.signers, highWater: new LocalHighWaterMark(store.gitdir, 'factstore') });
    return { facts, close: () => store.close() };
  };

  it('walks only the commits added since, and counts the same facts as a cold read', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'), attested('t1', 'PASSED'));
    const first = await cachedView(w);
    expect((await first.facts.readTrail(FLOW, 't1')).length).toBe(2);
    first.close();
    await w.write(w.alice, approval('t1', 'alice'));
    const warm = await cachedView(w);
    const cold = await w.view();
    expect(await warm.facts.countedTrail(FLOW, 't1')).toEqual(await cold.facts.countedTrail(FLOW, 't1'));
    expect((await warm.facts.countedTrail(FLOW, 't1')).map((c) => c.fact.kind)).toEqual(['trail', 'attestation', 'approval']);
    warm.close();
    cold.close();
  });

  it('still fails closed on a line removed after the history was cached', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'), attested('t1', 'FAILED'));
    const first = await cachedView(w);
    await first.facts.readTrail(FLOW, 't1');
    first.close();
    const lines = git(w.dir, 'show', `factstore:${PATH}`).split('\n');
    tamperFile(w.dir, 'factstore', PATH, `${lines[0] ?? ''}\n`);
    const after = await cachedView(w);
    expect(await integrity(after.facts.readTrail(FLOW, 't1'))).toMatch(/were changed or removed later/);
    after.close();
  });

  it('walks the whole history again when the cached tip is no longer on the branch', async () => {
    const w = new World();
    const base = await w.write(w.ci, started('t1'));
    await w.write(w.ci, attested('t1', 'FAILED'));
    const first = await cachedView(w);
    await first.facts.readTrail(FLOW, 't1');
    first.close();
    git(w.dir, 'update-ref', 'refs/heads/factstore', base);
    await w.write(w.ci, attested('t1', 'PASSED'));
    const after = await cachedView(w);
    // no decision was recorded, so the rewind itself is not caught here; the cache adds nothing stale
    expect((await after.facts.readTrail(FLOW, 't1')).map((f) => (f.kind === 'attestation' ? f.status : f.kind))).toEqual(['trail', 'PASSED']);
    after.close();
  });
});

describe('concurrent deciders', () => {
  it('a decision recorded while another one opens is never mistaken for a rollback', async () => {
    const w = new World();
    await w.write(w.ci, started('t1'));
    const { LocalGitStore } = await import('../../src/core/store/local/local-store.js');
    const { LocalHighWaterMark } = await import('../../src/core/store/local/local-high-water.js');
    const { TrustedFacts } = await import('../../src/core/trust/trusted-facts.js');
    const store = new LocalGitStore({ dir: w.dir, gitBinary: 'git' });
    const real = new LocalHighWaterMark(store.gitdir, 'factstore');
    // another decider records its decision (a new commit) and moves the mark while this one opens
    const racing = {
      where: real.where,
      read: async () => {
        const decided = await w.write(w.ci, attested('t1', 'PASSED'));
        await real.advance(decided);
        return real.read();
      },
      advance: (c: string) => real.advance(c),
    };
    const facts = await TrustedFacts.open({ store, signers: w.signers, highWater: racing });
    expect(facts.factsCommit).toBe(w.tip());
    store.close();
  });
});
