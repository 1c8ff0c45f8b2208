import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { streamFirstParentLog, type CommitChanges } from '../../src/core/store/local/batch-first-parent-log.js';
import { BatchObjectParser, type GitObject } from '../../src/core/store/local/batch-object-parser.js';
import { openCatFileBatch } from '../../src/core/store/local/cat-file-reader.js';
import { resolveGitDir } from '../../src/core/store/local/git-dir.js';
import { hashObject, writeLooseObject } from '../../src/core/store/local/objects.js';
import { trailPath } from '../../src/core/store/layout.js';
import { tempRepo } from '../helpers/git.js';
import { cleanStore } from './helpers.js';

function batchStream(objects: { oid: string; type: string; content: Buffer }[]): Buffer {
  return Buffer.concat(objects.flatMap((o) => (o.type === 'missing' ? [Buffer.from(`${o.oid} missing\n`)] : [Buffer.from(`${o.oid} ${o.type} ${o.content.length}\n`), o.content, Buffer.from('\n')])));
}

const copy = (o: GitObject) => ({ oid: o.oid, type: o.type, content: Buffer.from(o.content) });

describe('BatchObjectParser', () => {
  const objects = [
    { oid: 'a'.repeat(40), type: 'blob', content: Buffer.from('line one\nline two\n') },
    { oid: 'b'.repeat(40), type: 'missing', content: Buffer.alloc(0) },
    { oid: 'c'.repeat(40), type: 'blob', content: Buffer.alloc(0) },
    { oid: 'd'.repeat(40), type: 'commit', content: randomBytes(3000) },
  ];
  const stream = batchStream(objects);

  it('gives the same objects however the stream is cut into chunks', () => {
    for (const size of [1, 2, 7, 64, 1000, stream.length]) {
      const seen: ReturnType<typeof copy>[] = [];
      const parser = new BatchObjectParser((o) => seen.push(copy(o)));
      for (let i = 0; i < stream.length; i += size) parser.push(stream.subarray(i, i + size));
      expect(seen).toEqual(objects);
      expect(parser.idle).toBe(true);
    }
  });

  it('knows when the stream stopped inside an object', () => {
    const parser = new BatchObjectParser(() => undefined);
    parser.push(stream.subarray(0, 50));
    expect(parser.idle).toBe(false);
  });

  it('refuses an object that is not followed by a newline', () => {
    const parser = new BatchObjectParser(() => undefined);
    expect(() => parser.push(Buffer.from(`${'a'.repeat(40)} blob 2\nabX`))).toThrow(/newline/);
  });
});

describe('openCatFileBatch', () => {
  it('streams many objects, large and missing ones included, in request order', async () => {
    const gitdir = resolveGitDir(tempRepo());
    const contents = Array.from({ length: 2000 }, (_, i) => Buffer.from(`object ${i}\n`));
    contents.push(randomBytes(3 << 20)); // several pipe chunks long
    const oids = await Promise.all(contents.map((c) => writeLooseObject(gitdir, 'blob', c)));
    const missing = hashObject('blob', Buffer.from('never written'));
    const cat = openCatFileBatch({ gitdir });
    const seen: GitObject[] = [];
    for (const oid of [...oids, missing]) cat.request(oid, (o) => seen.push({ ...o, content: Buffer.from(o.content) }));
    expect(cat.pending).toBe(oids.length + 1);
    await cat.end();
    expect(cat.pending).toBe(0);
    expect(seen.map((o) => o.oid)).toEqual([...oids, missing]);
    const same = seen.slice(0, -1).filter((o, i) => contents[i]?.equals(o.content) === true);
    expect(same).toHaveLength(contents.length);
    expect(seen.at(-1)).toMatchObject({ type: 'missing', size: 0 });
  });

  it('rejects with a clear error when git cannot run', async () => {
    const cat = openCatFileBatch({ gitdir: resolveGitDir(tempRepo()), git: '/nonexistent/git' });
    await expect(cat.end()).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('install git') as unknown });
  });

  it('passes on an error thrown by a callback', async () => {
    const gitdir = resolveGitDir(tempRepo());
    const oid = await writeLooseObject(gitdir, 'blob', Buffer.from('x'));
    const cat = openCatFileBatch({ gitdir });
    cat.request(oid, () => {
      throw new Error('callback failed');
    });
    await expect(cat.end()).rejects.toThrow('callback failed');
  });
});

describe('streamFirstParentLog', () => {
  it('lists the commits oldest first with the files each one changed', async () => {
    const { dir, commits } = await cleanStore();
    const seen: CommitChanges[] = [];
    const log = streamFirstParentLog({ gitdir: resolveGitDir(dir), tip: commits.at(-1)!, onCommit: (c) => seen.push(c) });
    await log.done;
    expect(seen.map((c) => c.commit)).toEqual(commits);
    expect(seen[0]?.parents).toEqual([]);
    expect(seen[1]?.parents).toEqual([commits[0]]);
    const first = seen[0]!.changes.map((c) => `${c.status} ${c.path}`).sort();
    expect(first).toEqual(['A FACTSTORE.json', `A index/commits/a1/a1b2c3d4e5f60718293a4b5c6d7e8f9011223344.ndjson`, 'A index/terms/trail/b1/==/b1/2026-11-23.ndjson', `A ${trailPath('payments', 'b1')}`]);
    expect(seen[1]!.changes.find((c) => c.path === trailPath('payments', 'b1'))).toMatchObject({ status: 'M', oldMode: '100644', newMode: '100644' });
  });
});
