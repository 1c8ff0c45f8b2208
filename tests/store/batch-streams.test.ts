// The bulk readers behind whole-store reads (verify, native path logs): one `git cat-file --batch`
// and one `git log --raw` each, and how they fail, stop and pause.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NulTokens, streamFirstParentLog, ZERO_OID, type CommitChanges } from '../../src/core/store/local/batch-first-parent-log.js';
import { BatchObjectParser } from '../../src/core/store/local/batch-object-parser.js';
import { openCatFileBatch, type GitObject } from '../../src/core/store/local/cat-file-reader.js';
import { NativeObjectReader } from '../../src/core/store/local/native-reader.js';
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

describe('BatchObjectParser', () => {
  const stream = Buffer.concat([
    Buffer.from(`${'a'.repeat(40)} blob 3\nab\n\n`),
    Buffer.from(`${'b'.repeat(40)} missing\n`),
    Buffer.from(`${'c'.repeat(40)} tree 0\n\n`),
  ]);

  it('gives the same objects however the stream is cut, and is idle only between objects', () => {
    for (const size of [1, 5, 41, stream.length]) {
      const seen: string[] = [];
      const parser = new BatchObjectParser((o) => seen.push(`${o.oid.slice(0, 1)} ${o.type} ${o.size} ${JSON.stringify(Buffer.from(o.content).toString())}`));
      for (let i = 0; i < stream.length; i += size) parser.push(stream.subarray(i, i + size));
      expect(seen).toEqual(['a blob 3 "ab\\n"', 'b missing 0 ""', 'c tree 0 ""']);
      expect(parser.idle).toBe(true);
    }
    const half = new BatchObjectParser(() => undefined);
    half.push(stream.subarray(0, 20));
    expect(half.idle).toBe(false);
    const inBody = new BatchObjectParser(() => undefined);
    inBody.push(stream.subarray(0, 50));
    expect(inBody.idle).toBe(false);
  });

  it('refuses a header without a readable size, and an object not ended by a newline', () => {
    expect(() => new BatchObjectParser(() => undefined).push(Buffer.from(`${'a'.repeat(40)} blob x\n`))).toThrow(`git cat-file --batch: unreadable header "${'a'.repeat(40)} blob x"`);
    expect(() => new BatchObjectParser(() => undefined).push(Buffer.from(`${'a'.repeat(40)} blob -1\n`))).toThrow('unreadable header');
    expect(() => new BatchObjectParser(() => undefined).push(Buffer.from(`${'a'.repeat(40)} blob 2\nabX`))).toThrow('git cat-file --batch: an object is not followed by a newline');
  });
});

describe('NativeObjectReader', () => {
  it('reads objects one by one, says a missing one is missing, and starts again after close', async () => {
    const gitdir = path.join(tempRepo(), '.git');
    const oid = await writeLooseObject(gitdir, 'blob', Buffer.from('hello\n'));
    const reader = new NativeObjectReader(gitdir, 'git');
    const [a, b] = await Promise.all([reader.read(oid), reader.read(oid)]);
    expect(a).toEqual({ type: 'blob', content: Buffer.from('hello\n') });
    expect(b).toEqual(a);
    await expect(reader.read('f'.repeat(40))).rejects.toMatchObject({ code: 'NOT_FOUND', message: `git object ${'f'.repeat(40)} is missing from the repository: fetch the facts branch again.` });
    reader.close();
    expect((await reader.read(oid)).type).toBe('blob');
    expect(reader.seen).toEqual(new Set([oid, 'f'.repeat(40)]));
    reader.close();
  });

  it('git missing: every read fails with the reason', async () => {
    const reader = new NativeObjectReader(tempDir(), '/nonexistent/git');
    await expect(reader.read('f'.repeat(40))).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/^git cat-file failed: spawn \/nonexistent\/git ENOENT/) as unknown });
    await expect(reader.read('e'.repeat(40))).rejects.toThrow('git cat-file failed');
  });
});
