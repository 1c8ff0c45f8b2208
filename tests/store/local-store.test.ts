import { describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import { validateFact } from '../../src/core/schema/index.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { loosePath, trailPath } from '../../src/core/store/layout.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { git, gitStatus, tempRepo, testKey, verifyCommitWithGit } from '../helpers/git.js';
import { storeContract } from './contract.js';

const key = testKey();

storeContract('local git', () => Promise.resolve(new LocalGitStore({ dir: tempRepo(), signer: sshSigner(key.privateKey) })));

describe('local git store', () => {
  it('writes commits plain git accepts: fsck --strict clean and every commit verifies', async () => {
    const dir = tempRepo();
    const store = new LocalGitStore({ dir, signer: sshSigner(key.privateKey), clock: () => new Date('2026-11-23T10:00:00Z') });
    const trail = makeFact({ kind: 'trail', flow: 'payments', trail: 'b1', actor: 'ci', ts: '2026-11-23T10:00:00.000Z' });
    await store.append({ facts: [trail] });
    await store.append({ facts: [makeFact({ kind: 'approval', flow: 'payments', trail: 'b1', actor: 'alice', ts: '2026-11-23T10:01:00.000Z', decision: 'APPROVED' })] });
    expect(gitStatus(dir, 'fsck', '--strict').status).toBe(0);
    const commits = git(dir, 'rev-list', 'factstore').trim().split('\n');
    expect(commits.length).toBe(2);
    for (const c of commits) expect(verifyCommitWithGit(dir, c, [key.signer]).status).toBe(0);
    const other = testKey('someone@else');
    expect(verifyCommitWithGit(dir, commits[0]!, [other.signer]).status).not.toBe(0);
    expect(git(dir, 'show', 'factstore:FACTSTORE.json')).toContain('"layout": 1');
    // the work tree's branch is untouched
    expect(git(dir, 'rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('main');
  });

  it('makes the same commit for the same facts at the same time (deterministic)', async () => {
    const ids = [];
    for (let i = 0; i < 2; i++) {
      const store = new LocalGitStore({ dir: tempRepo(), signer: sshSigner(key.privateKey), clock: () => new Date('2026-11-23T10:00:00Z') });
      const r = await store.append({ facts: [makeFact({ kind: 'trail', flow: 'f', trail: 't', actor: 'ci', ts: '2026-11-23T10:00:00.000Z' })] });
      ids.push(r.commit);
    }
    expect(ids[0]).toBe(ids[1]);
  });

  it('validates facts before writing and leaves the branch unchanged on a bad one', async () => {
    const store = new LocalGitStore({ dir: tempRepo(), signer: sshSigner(key.privateKey), validate: (f) => { const r = validateFact(f); if (!r.ok) throw new Error('invalid'); } });
    const bad = { ...makeFact({ kind: 'trail', flow: 'f', trail: 't', actor: 'ci', ts: '2026-11-23T10:00:00.000Z' }), trail: '../x' };
    await expect(store.append({ facts: [bad] })).rejects.toThrow('invalid');
    expect(await store.tip()).toBeUndefined();
  });

  it('refuses to write without a signing key', async () => {
    const store = new LocalGitStore({ dir: tempRepo() });
    await expect(store.append({ facts: [makeFact({ kind: 'trail', flow: 'f', trail: 't', actor: 'ci', ts: '2026-11-23T10:00:00.000Z' })] }))
      .rejects.toMatchObject({ code: 'KEY' });
  });

  it('reads packed repositories (after git gc)', async () => {
    const dir = tempRepo();
    const store = new LocalGitStore({ dir, signer: sshSigner(key.privateKey) });
    const t = makeFact({ kind: 'trail', flow: 'f', trail: 't', actor: 'ci', ts: '2026-11-23T10:00:00.000Z' });
    await store.append({ facts: [t] });
    git(dir, 'gc', '-q');
    const fresh = new LocalGitStore({ dir, signer: sshSigner(key.privateKey) });
    expect(await fresh.readTrail('f', 't')).toEqual([t]);
    await fresh.append({ facts: [makeFact({ kind: 'approval', flow: 'f', trail: 't', actor: 'a', ts: '2026-11-23T10:00:01.000Z', decision: 'APPROVED' })] });
    expect((await fresh.readTrail('f', 't')).length).toBe(2);
    expect(gitStatus(dir, 'fsck', '--strict').status).toBe(0);
  });
});

storeContract('local git, native reader', () =>
  Promise.resolve(new LocalGitStore({ dir: tempRepo(), signer: sshSigner(key.privateKey), gitBinary: 'git' })));

// histories kept in the git directory, as the CLI keeps them: every read after the first extends them
storeContract('local git, native reader, cached histories', () =>
  Promise.resolve(new LocalGitStore({ dir: tempRepo(), signer: sshSigner(key.privateKey), gitBinary: 'git', cacheHistories: true })));

describe('local git store with the native reader', () => {
  it('reads what isomorphic-git reads, also from a packed repository', async () => {
    const dir = tempRepo();
    const writer = new LocalGitStore({ dir, signer: sshSigner(key.privateKey) });
    const t = makeFact({ kind: 'trail', flow: 'f', trail: 't', actor: 'ci', ts: '2026-11-23T10:00:00.000Z' });
    await writer.append({ facts: [t] });
    git(dir, 'gc', '-q');
    const native = new LocalGitStore({ dir, gitBinary: 'git' });
    expect(await native.readTrail('f', 't')).toEqual([t]);
    expect(await native.readTrail('f', 'absent')).toEqual([]);
    native.close();
  });

  it('reports a missing object clearly', async () => {
    const dir = tempRepo();
    const native = new LocalGitStore({ dir, gitBinary: 'git' });
    await expect(native.readTrail('f', 't', { at: 'f'.repeat(40) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    native.close();
  });
});

describe('histories of many files at once', () => {
  it('walks their common folder once past a few dozen files, and gives what reading each alone gives', async () => {
    const dir = tempRepo();
    const store = new LocalGitStore({ dir, signer: sshSigner(key.privateKey), gitBinary: 'git' });
    const trails = Array.from({ length: 40 }, (_, i) => `t${i}`);
    for (const [i, t] of trails.entries()) {
      await store.append({ facts: [makeFact({ kind: 'trail', flow: i % 2 === 0 ? 'a' : 'b', trail: t, actor: 'ci', ts: `2026-11-23T10:00:${String(i).padStart(2, '0')}.000Z` })] });
    }
    await store.append({ facts: [makeFact({ kind: 'attestation', flow: 'a', trail: 't0', type: 'lint', status: 'PASSED', evidence: [], actor: 'ci', ts: '2026-11-23T11:00:00.000Z' })] });
    const paths = trails.map((t, i) => trailPath(i % 2 === 0 ? 'a' : 'b', t));
    const together = await store.fileHistoriesOf(paths);
    const alone = await Promise.all(paths.map((p) => store.fileHistory(p)));
    const commits = (h: { path: string; commits: { commit: string }[] }) => [h.path, h.commits.map((c) => c.commit)];
    expect(together.map(commits).sort()).toEqual(alone.map(commits).sort());
    expect(together.find((h) => h.path === paths[0])?.commits).toHaveLength(2);
    // trails and loose months together (what an export confirms): one walk of each top folder
    const loose = Array.from({ length: 3 }, (_, i) => makeFact({ kind: 'decision', flow: 'a', event: 'GATE_ALLOWED', factsCommit: 'f'.repeat(40), result: {}, actor: 'ci', ts: `2026-0${i + 1}-01T00:00:00.000Z` }));
    for (const d of loose) await store.append({ facts: [d] });
    const mixed = [...paths, ...loose.map((d) => loosePath(d))];
    const spy = new LocalGitStore({ dir, gitBinary: 'git' });
    const mixedTogether = await spy.fileHistoriesOf(mixed);
    const mixedAlone = await Promise.all(mixed.map((p) => spy.fileHistory(p)));
    expect(mixedTogether.map(commits).sort()).toEqual(mixedAlone.map(commits).sort());
    expect(mixedTogether.filter((h) => h.path.startsWith('loose/')).map((h) => h.commits.length)).toEqual([1, 1, 1]);
    spy.close();
    store.close();
  });
});
