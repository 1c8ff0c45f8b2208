// The local store's own git plumbing, checked against plain git: commit payloads, tree objects,
// loose objects, branch refs (loose and packed) with their compare-and-swap, and finding .git.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitPayload } from '../../src/core/store/local/commit-text.js';
import { resolveGitDir } from '../../src/core/store/local/git-dir.js';
import { hashObject, parseTree, serializeTree, writeLooseObject } from '../../src/core/store/local/objects.js';
import { compareAndSwapBranch, readBranch } from '../../src/core/store/local/refs.js';
import { git, tempDir, tempRepo } from '../helpers/git.js';

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

describe('commitPayload', () => {
  it('writes the header lines git hashes, whole seconds in UTC, and ends the message with a newline', () => {
    const who = { name: 'Factstore', email: 'factstore@localhost' };
    expect(commitPayload({ tree: EMPTY_TREE, parents: [A, B], author: who, committer: { name: 'CI', email: 'ci@x' }, time: new Date('2026-11-23T10:00:00.999Z'), message: 'factstore: x' })).toBe(
      `tree ${EMPTY_TREE}\nparent ${A}\nparent ${B}\nauthor Factstore <factstore@localhost> 1795428000 +0000\ncommitter CI <ci@x> 1795428000 +0000\n\nfactstore: x\n`,
    );
  });

  it("drops what git refuses in an identity, and names an empty one 'unknown'", () => {
    const payload = commitPayload({ tree: EMPTY_TREE, parents: [], author: { name: ' Eve <x>\r\n', email: '<e@x>' }, committer: { name: '<>', email: '\n' }, time: new Date(0), message: 'm\n' });
    expect(payload).toBe(`tree ${EMPTY_TREE}\nauthor Eve x <e@x> 0 +0000\ncommitter unknown <unknown> 0 +0000\n\nm\n`);
  });
});

describe('tree objects', () => {
  it('serialises in git order (a directory sorts as name/) and hashes as git mktree does', () => {
    const dir = tempRepo();
    const blob = git(dir, 'hash-object', '-w', '--stdin').trim();
    const sub = git(dir, 'mktree').trim();
    const entries = [
      { mode: '40000', name: 'a', oid: sub },
      { mode: '100644', name: 'a.txt', oid: blob },
      { mode: '100644', name: 'a-b', oid: blob },
      { mode: '100644', name: 'a0', oid: blob },
    ];
    const content = serializeTree(entries);
    // git's order: a-b, a.txt, a/ (as 'a/'), a0
    expect(parseTree(content).map((e) => e.name)).toEqual(['a-b', 'a.txt', 'a', 'a0']);
    expect(sub).toBe(EMPTY_TREE);
    const byGit = gitInput(dir, ['mktree'], entries.map((e) => `${e.mode === '40000' ? '040000 tree' : '100644 blob'} ${e.oid}\t${e.name}\n`).join(''));
    expect(hashObject('tree', content)).toBe(byGit);
  });

  it('parses 040000 as 40000 and keeps names in UTF-8', () => {
    const oid = Buffer.from('ab'.repeat(20), 'hex');
    const raw = Buffer.concat([Buffer.from('040000 dir\0'), oid, Buffer.from('100644 café\0'), oid]);
    expect(parseTree(raw)).toEqual([
      { mode: '40000', name: 'dir', oid: 'ab'.repeat(20) },
      { mode: '100644', name: 'café', oid: 'ab'.repeat(20) },
    ]);
    // a view into a larger buffer parses the view only
    const big = Buffer.concat([Buffer.from('xxxx'), raw]);
    expect(parseTree(big.subarray(4))).toHaveLength(2);
  });
});

describe('writeLooseObject', () => {
  it('writes an object git reads, read-only, once', async () => {
    const dir = tempRepo();
    const gitdir = path.join(dir, '.git');
    const oid = await writeLooseObject(gitdir, 'blob', Buffer.from('hello\n'));
    expect(oid).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(git(dir, 'cat-file', '-p', oid)).toBe('hello\n');
    const file = path.join(gitdir, 'objects', 'ce', '013625030ba8dba906f756967f9e9ca394464a');
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(await writeLooseObject(gitdir, 'blob', Buffer.from('hello\n'))).toBe(oid);
    expect(git(dir, 'fsck', '--strict', '--no-dangling')).toBe('');
  });
});

describe('branch refs', () => {
  it('reads a loose ref, a packed ref, and nothing for a missing branch', async () => {
    const dir = tempRepo();
    const gitdir = path.join(dir, '.git');
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    expect(await readBranch(gitdir, 'main')).toBe(head);
    expect(await readBranch(gitdir, 'nope')).toBeUndefined();
    git(dir, 'branch', 'facts/x');
    git(dir, 'pack-refs', '--all');
    expect(await readBranch(gitdir, 'facts/x')).toBe(head);
    // a packed ref whose name only ends like the one asked for is another branch
    expect(await readBranch(gitdir, 'x')).toBeUndefined();
    // a damaged loose ref falls back to packed-refs
    mkdirSync(path.join(gitdir, 'refs', 'heads', 'facts'), { recursive: true });
    writeFileSync(path.join(gitdir, 'refs', 'heads', 'facts', 'x'), 'not a ref\n');
    expect(await readBranch(gitdir, 'facts/x')).toBe(head);
  });

  it('compare-and-swap: creates, moves only from the expected tip, refuses while locked', async () => {
    const dir = tempRepo();
    const gitdir = path.join(dir, '.git');
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    expect(await compareAndSwapBranch(gitdir, 'facts/store', undefined, head)).toBe('updated');
    expect(git(dir, 'rev-parse', 'facts/store').trim()).toBe(head);
    expect(await compareAndSwapBranch(gitdir, 'facts/store', undefined, head)).toBe('moved');
    expect(await compareAndSwapBranch(gitdir, 'facts/store', A, head)).toBe('moved');
    // the lock is released after a refusal
    const second = git(dir, 'commit-tree', '-p', head, '-m', 'x', `${head}^{tree}`).trim();
    expect(await compareAndSwapBranch(gitdir, 'facts/store', head, second)).toBe('updated');
    expect(git(dir, 'rev-parse', 'facts/store').trim()).toBe(second);
    writeFileSync(path.join(gitdir, 'refs', 'heads', 'facts', 'store.lock'), '');
    expect(await compareAndSwapBranch(gitdir, 'facts/store', second, head)).toBe('locked');
    expect(git(dir, 'rev-parse', 'facts/store').trim()).toBe(second);
  });
});

describe('resolveGitDir', () => {
  it('a work tree, a linked work tree (.git file), a bare repository', () => {
    const dir = tempRepo();
    expect(resolveGitDir(dir)).toBe(path.join(dir, '.git'));
    const linked = path.join(tempDir(), 'wt');
    git(dir, 'worktree', 'add', '-q', linked);
    expect(resolveGitDir(linked)).toBe(path.join(dir, '.git', 'worktrees', 'wt'));
    const bare = tempDir();
    git(bare, 'init', '-q', '--bare');
    expect(resolveGitDir(bare)).toBe(bare);
  });

  it('refuses a directory that is not a repository', () => {
    const dir = tempDir();
    expect(() => resolveGitDir(dir)).toThrow(expect.objectContaining({ code: 'BAD_INPUT', message: `${dir} is not a git repository: run 'git init' there first, or point --store at one.` }));
    // objects/ without HEAD is not a bare repository either
    mkdirSync(path.join(dir, 'objects'));
    expect(() => resolveGitDir(dir)).toThrow(/is not a git repository/);
  });
});

function gitInput(dir: string, args: string[], input: string): string {
  return execFileSync('git', args, { cwd: dir, input, encoding: 'utf8' }).trim();
}
