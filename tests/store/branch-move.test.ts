// How a local facts branch moved from a commit seen before: the same answer with native git and
// with the pure-JS walk, on commits made with plain git.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAncestor, resolveCommit, runGit } from '../../src/core/store/local/batch-git.js';
import { localBranchMove } from '../../src/core/store/local/local-branch-move.js';
import { IsoObjectReader, parseCommitHeader } from '../../src/core/store/local/object-reader.js';
import { git, tempRepo } from '../helpers/git.js';

/** root ← a ← b ← merge(b, side) ← c, with side ← root; and other ← root off the line. */
function history() {
  const dir = tempRepo();
  const gitdir = path.join(dir, '.git');
  const tree = git(dir, 'rev-parse', 'HEAD^{tree}').trim();
  const commit = (msg: string, ...parents: string[]) => git(dir, 'commit-tree', ...parents.flatMap((p) => ['-p', p]), '-m', msg, tree).trim();
  const root = commit('root');
  const a = commit('a', root);
  const b = commit('b', a);
  const side = commit('side', root);
  const merge = commit('merge', b, side);
  const c = commit('c', merge);
  const other = commit('other', root);
  return { dir, gitdir, root, a, b, side, merge, c, other };
}

describe.each([
  { name: 'native git', gitBinary: 'git' },
  { name: 'the pure-JS walk', gitBinary: undefined },
])('localBranchMove with $name', ({ gitBinary }) => {
  const h = history();
  const move = (base: string | undefined, tip: string) => localBranchMove({ reader: new IsoObjectReader(h.gitdir), gitdir: h.gitdir, gitBinary, base, tip });

  it('without a base: ahead, not checked', async () => {
    expect(await move(undefined, h.c)).toEqual({ relation: 'ahead', merges: [], complete: false });
  });

  it('identical, ahead (with the merges on the way), behind', async () => {
    expect(await move(h.b, h.b)).toEqual({ relation: 'identical', merges: [], complete: true });
    expect(await move(h.a, h.b)).toEqual({ relation: 'ahead', merges: [], complete: true });
    expect(await move(h.a, h.c)).toEqual({ relation: 'ahead', merges: [h.merge], complete: true });
    expect(await move(h.b, h.a)).toEqual({ relation: 'behind', merges: [], complete: true });
    expect(await move(h.c, h.root)).toEqual({ relation: 'behind', merges: [], complete: true });
  });

  it('diverged, and a base the repository does not hold', async () => {
    expect(await move(h.b, h.other)).toEqual({ relation: 'diverged', merges: [], complete: true });
    expect(await move('f'.repeat(40), h.b)).toEqual({ relation: 'unknown', merges: [], complete: true });
  });
});

describe('localBranchMove: where the two walks differ', () => {
  const h = history();
  it('a base merged in from the side: native git sees an ancestor, the first-parent walk a rewrite', async () => {
    const native = await localBranchMove({ reader: new IsoObjectReader(h.gitdir), gitdir: h.gitdir, gitBinary: 'git', base: h.side, tip: h.c });
    expect(native).toEqual({ relation: 'ahead', merges: [h.merge], complete: true });
    const walked = await localBranchMove({ reader: new IsoObjectReader(h.gitdir), gitdir: h.gitdir, gitBinary: undefined, base: h.side, tip: h.c });
    expect(walked).toEqual({ relation: 'diverged', merges: [h.merge], complete: true });
  });
});

describe('small git questions', () => {
  const h = history();

  it('resolveCommit: full and abbreviated ids, in any case; nothing for other text', async () => {
    expect(await resolveCommit(h.gitdir, h.b)).toBe(h.b);
    expect(await resolveCommit(h.gitdir, h.b.slice(0, 10).toUpperCase())).toBe(h.b);
    expect(await resolveCommit(h.gitdir, 'HEAD')).toBeUndefined();
    expect(await resolveCommit(h.gitdir, h.b.slice(0, 3))).toBeUndefined();
    expect(await resolveCommit(h.gitdir, `${h.b}0`)).toBeUndefined();
    expect(await resolveCommit(h.gitdir, 'f'.repeat(40))).toBeUndefined();
    const tree = git(h.dir, 'rev-parse', 'HEAD^{tree}').trim();
    expect(await resolveCommit(h.gitdir, tree)).toBeUndefined();
  });

  it('isAncestor: yes, no, and a failure for an unknown commit', async () => {
    expect(await isAncestor(h.gitdir, h.a, h.c)).toBe(true);
    expect(await isAncestor(h.gitdir, h.c, h.a)).toBe(false);
    await expect(isAncestor(h.gitdir, 'f'.repeat(40), h.a)).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/^git merge-base failed: \S/) as unknown });
  });

  it('runGit: the exit code and output, or a clear error when git cannot run', async () => {
    expect(await runGit(h.gitdir, ['cat-file', '-t', h.a])).toEqual({ code: 0, stdout: 'commit\n', stderr: '' });
    expect((await runGit(h.gitdir, ['cat-file', '-e', 'f'.repeat(40)])).code).toBe(1);
    await expect(runGit(h.gitdir, ['status'], '/nonexistent/git')).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('install git and put it on the PATH') as unknown });
  });

  it('parseCommitHeader: tree, parents, committer time and message', () => {
    const raw = `tree ${'1'.repeat(40)}\nparent ${h.a}\nparent ${h.b}\nauthor A <a@x> 100 +0000\ncommitter C <c@x> 1795428000 -0130\n\nsubject\n\nbody\n`;
    expect(parseCommitHeader(raw)).toEqual({ tree: '1'.repeat(40), parents: [h.a, h.b], time: 1795428000, message: 'subject\n\nbody\n' });
    expect(parseCommitHeader(`tree ${'1'.repeat(40)}`)).toEqual({ tree: '1'.repeat(40), parents: [], time: 0, message: '' });
  });
});
