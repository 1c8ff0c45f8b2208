// What the local store keeps in the git directory besides objects: the high-water mark and the
// cache of facts file histories. Both are read back only when whole and well formed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryCache } from '../../src/core/store/local/history-cache.js';
import { LocalHighWaterMark } from '../../src/core/store/local/local-high-water.js';
import { tempDir } from '../helpers/git.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('LocalHighWaterMark', () => {
  it('is absent at first, then the commit last advanced to, in a file per branch', async () => {
    const gitdir = tempDir();
    const mark = new LocalHighWaterMark(gitdir, 'facts/store');
    expect(mark.where).toBe('the git directory (factstore/high-water/facts/store)');
    expect(await mark.read()).toBeUndefined();
    await mark.advance(A);
    await mark.advance(B);
    expect(await mark.read()).toBe(B);
    const file = path.join(gitdir, 'factstore', 'high-water', 'facts', 'store');
    expect(readFileSync(file, 'utf8')).toBe(`${B}\n`);
    // no temporary file is left behind
    expect(filesUnder(path.join(gitdir, 'factstore'))).toEqual([file]);
    expect(await new LocalHighWaterMark(gitdir, 'facts/other').read()).toBeUndefined();
  });

  it('reads a damaged mark as none', async () => {
    const gitdir = tempDir();
    const mark = new LocalHighWaterMark(gitdir, 'factstore');
    await mark.advance(A);
    writeFileSync(path.join(gitdir, 'factstore', 'high-water', 'factstore'), `x${A}\n`);
    expect(await mark.read()).toBeUndefined();
    writeFileSync(path.join(gitdir, 'factstore', 'high-water', 'factstore'), `  ${A.toUpperCase()}\n`);
    expect(await mark.read()).toBeUndefined();
    writeFileSync(path.join(gitdir, 'factstore', 'high-water', 'factstore'), `  ${A}\n\n`);
    expect(await mark.read()).toBe(A);
  });
});

describe('HistoryCache', () => {
  const history = { upTo: B, commits: [{ commit: B, parents: [A], time: '2026-11-23T10:00:00.000Z', newOid: 'c'.repeat(40) }] };

  it('keeps a history per file and branch, written whole', async () => {
    const gitdir = tempDir();
    const cache = new HistoryCache(gitdir, 'facts/store');
    expect(await cache.read('trails/p/00/t.ndjson')).toBeUndefined();
    await cache.write('trails/p/00/t.ndjson', history);
    expect(await cache.read('trails/p/00/t.ndjson')).toEqual(history);
    expect(await cache.read('trails/p/00/u.ndjson')).toBeUndefined();
    expect(await new HistoryCache(gitdir, 'factstore').read('trails/p/00/t.ndjson')).toBeUndefined();
    const [file, ...more] = filesUnder(path.join(gitdir, 'factstore', 'cache', 'facts', 'store'));
    expect(more).toEqual([]);
    expect(path.basename(file!)).toMatch(/^[0-9a-f]{64}\.json$/);
    expect(path.basename(path.dirname(file!))).toBe(path.basename(file!).slice(0, 2));
    expect(JSON.parse(readFileSync(file!, 'utf8'))).toEqual({ format: 1, path: 'trails/p/00/t.ndjson', ...history });
  });

  it('ignores a cache file of another format, of another path, or without its fields', async () => {
    const gitdir = tempDir();
    const cache = new HistoryCache(gitdir, 'factstore');
    const name = 'trails/p/00/t.ndjson';
    await cache.write(name, history);
    const [file] = filesUnder(path.join(gitdir, 'factstore', 'cache'));
    const whole = { format: 1, path: name, ...history };
    for (const bad of [{ ...whole, format: 2 }, { ...whole, path: 'trails/p/00/u.ndjson' }, { ...whole, upTo: 1 }, { ...whole, commits: {} }]) {
      writeFileSync(file!, JSON.stringify(bad));
      expect(await cache.read(name)).toBeUndefined();
    }
    writeFileSync(file!, '{"format":1,');
    expect(await cache.read(name)).toBeUndefined();
  });

  it('a cache that cannot be written is only skipped', async () => {
    const gitdir = tempDir();
    writeFileSync(path.join(gitdir, 'factstore'), 'a file where the cache folder would go');
    const cache = new HistoryCache(gitdir, 'factstore');
    await expect(cache.write('trails/p/00/t.ndjson', history)).resolves.toBeUndefined();
    expect(await cache.read('trails/p/00/t.ndjson')).toBeUndefined();
  });
});
