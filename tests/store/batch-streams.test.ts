// The bulk readers behind whole-store reads (verify, native path logs): one `git cat-file --batch`
// and one `git log --raw` each, and how they fail, stop and pause.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NulTokens, streamFirstParentLog, ZERO_OID, type CommitChanges } from '../../src/core/store/local/batch-first-parent-log.js';
import { openCatFileBatch, type GitObject } from '../../src/core/store/local/cat-file-reader.js';
import { writeLooseObject } from '../../src/core/store/local/objects.js';
import { git, tempDir, tempRepo } from '../helpers/git.js';

describe('openCatFileBatch', () => {
  it('answers in request order, past one pipe write of requests, and tells each delivery', async () => {
    const gitdir = path.join(tempRepo(), '.git');
    const oids = await Promise.all(Array.from({ length: 600 }, (_, i) => writeLooseObject(gitdir, 'blob', Buffer.from(`${i}\n`))));
    const cat = openCatFileBatch({ gitdir });
    const seen: string[] = [];
    let delivered = 0;
    cat.onDelivered(() => delivered++);
    for (const oid of oids) cat.request(oid, (o) => seen.push(Buffer.from(o.content).toString()));
    expect(cat.pending).toBe(600);
    await cat.end();
    expect(seen).toEqual(oids.map((_, i) => `${i}\n`));
    expect(delivered).toBe(600);
    expect(cat.pending).toBe(0);
  });

  it('says a missing object is missing', async () => {
    const gitdir = path.join(tempRepo(), '.git');
    const cat = openCatFileBatch({ gitdir });
    let got: GitObject | undefined;
    cat.request('f'.repeat(40), (o) => (got = o));
    await cat.end();
    expect(got).toMatchObject({ oid: 'f'.repeat(40), type: 'missing' });
  });

  it('git failing: its exit code and message', async () => {
    const cat = openCatFileBatch({ gitdir: path.join(tempDir(), 'nothing') });
    const failure = cat.end();
    await expect(failure).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/^git cat-file exited with 128: fatal: /) as unknown });
  });

  it('git missing: a clear error, and no more requests taken', async () => {
    const cat = openCatFileBatch({ gitdir: tempDir(), git: '/nonexistent/git' });
    await expect(cat.done).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('reading a whole store needs native git on the PATH; install git.') as unknown });
    expect(() => cat.request('f'.repeat(40), () => undefined)).toThrow('install git');
  });

  it('aborted: pending callbacks never run, and done rejects', async () => {
    const gitdir = path.join(tempRepo(), '.git');
    const oid = await writeLooseObject(gitdir, 'blob', Buffer.from('x'));
    const cat = openCatFileBatch({ gitdir });
    let called = false;
    cat.request(oid, () => (called = true));
    cat.abort();
    await expect(cat.done).rejects.toThrow('git cat-file was stopped before it answered every request.');
    expect(called).toBe(false);
    expect(() => cat.request(oid, () => undefined)).toThrow('stopped before it answered');
  });
});

describe('streamFirstParentLog', () => {
  it('lists added, changed and removed files, and the root commit against nothing', async () => {
    const dir = tempRepo();
    const gitdir = path.join(dir, '.git');
    const root = git(dir, 'rev-parse', 'HEAD').trim();
    const readme = git(dir, 'rev-parse', 'HEAD:README.md').trim();
    git(dir, 'rm', '-q', 'README.md');
    git(dir, 'commit', '-q', '-m', 'rm');
    const removed = git(dir, 'rev-parse', 'HEAD').trim();
    const seen: CommitChanges[] = [];
    await streamFirstParentLog({ gitdir, tip: removed, onCommit: (c) => seen.push(c) }).done;
    expect(seen).toEqual([
      { commit: root, parents: [], changes: [{ status: 'A', path: 'README.md', oldMode: '000000', newMode: '100644', oldOid: ZERO_OID, newOid: readme }] },
      { commit: removed, parents: [root], changes: [{ status: 'D', path: 'README.md', oldMode: '100644', newMode: '000000', oldOid: readme, newOid: ZERO_OID }] },
    ]);
  });

  it('a tip git does not know: git log exits with its message', async () => {
    const gitdir = path.join(tempRepo(), '.git');
    const log = streamFirstParentLog({ gitdir, tip: 'f'.repeat(40), onCommit: () => undefined });
    await expect(log.done).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/^git log exited with 128: fatal: /) as unknown });
  });

  it('git missing, and a log stopped on purpose', async () => {
    const missing = streamFirstParentLog({ gitdir: tempDir(), tip: 'HEAD', git: '/nonexistent/git', onCommit: () => undefined });
    await expect(missing.done).rejects.toThrow('reading a whole store needs native git on the PATH');
    const dir = tempRepo();
    const stopped = streamFirstParentLog({ gitdir: path.join(dir, '.git'), tip: 'HEAD', onCommit: () => undefined });
    stopped.abort();
    await expect(stopped.done).rejects.toThrow('git log was stopped.');
  });

  it('a callback that throws fails the log', async () => {
    const dir = tempRepo();
    const log = streamFirstParentLog({ gitdir: path.join(dir, '.git'), tip: 'HEAD', onCommit: () => { throw new Error('no thanks'); } });
    await expect(log.done).rejects.toThrow('no thanks');
  });
});

describe('NulTokens', () => {
  it('splits at NUL bytes, joining a token cut across chunks', () => {
    const tokens = new NulTokens();
    const out: string[] = [];
    const push = (s: string) => tokens.push(Buffer.from(s), (t) => out.push(t.toString()));
    push('ab\0c');
    expect(tokens.empty).toBe(false);
    push('d');
    push('e\0\0f\0');
    expect(out).toEqual(['ab', 'cde', '', 'f']);
    expect(tokens.empty).toBe(true);
  });
});
