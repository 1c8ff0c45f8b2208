import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintPath } from '../../src/core/evidence/files/fingerprint.js';
import { tempDir } from '../helpers/git.js';

const hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function tree(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'lib', 'deep'), { recursive: true });
  mkdirSync(path.join(dir, 'empty'));
  writeFileSync(path.join(dir, 'b.txt'), 'bee\n');
  writeFileSync(path.join(dir, 'a.txt'), 'ay\n');
  writeFileSync(path.join(dir, 'lib', 'deep', 'x.js'), 'x\n');
  writeFileSync(path.join(dir, 'lib', 'Z.js'), 'z\n');
  return dir;
}

describe('fingerprints', () => {
  it('a file: the sha256 of its bytes', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'f'), 'hello\n');
    expect(await fingerprintPath(path.join(dir, 'f'))).toEqual({ digest: `sha256:${hex('hello\n')}`, kind: 'file' });
  });

  it('a directory: the sha256 of the sorted "path\\0sha256\\n" manifest, independent of where it lives', async () => {
    const dir = tree();
    const manifest = [['a.txt', 'ay\n'], ['b.txt', 'bee\n'], ['lib/Z.js', 'z\n'], ['lib/deep/x.js', 'x\n']]
      .map(([p, text]) => `${p}\0${hex(text ?? '')}\n`)
      .join('');
    const result = await fingerprintPath(dir);
    expect(result).toEqual({ digest: `sha256:${hex(manifest)}`, kind: 'directory', entries: 4 });
    expect((await fingerprintPath(tree())).digest).toBe(result.digest);
  });

  it('changes when a byte or a name changes', async () => {
    const base = (await fingerprintPath(tree())).digest;
    const edited = tree();
    writeFileSync(path.join(edited, 'lib', 'Z.js'), 'Z\n');
    expect((await fingerprintPath(edited)).digest).not.toBe(base);
    const renamed = tree();
    writeFileSync(path.join(renamed, 'c.txt'), 'bee\n');
    expect((await fingerprintPath(renamed)).digest).not.toBe(base);
  });

  it('does not follow symbolic links: a link counts as its target path', async () => {
    const outside = tempDir();
    writeFileSync(path.join(outside, 'secret'), 'one');
    const dir = tempDir();
    symlinkSync(path.join(outside, 'secret'), path.join(dir, 'link'));
    const first = await fingerprintPath(dir);
    expect(first.digest).toBe(`sha256:${hex(`link\0${hex(path.join(outside, 'secret'))}\n`)}`);
    writeFileSync(path.join(outside, 'secret'), 'two');
    expect((await fingerprintPath(dir)).digest).toBe(first.digest);
  });
});
