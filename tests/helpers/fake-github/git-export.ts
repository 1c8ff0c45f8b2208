/**
 * Writes everything the fake holds for a repository into a real git repository: all objects as
 * one pack streamed into `git index-pack --stdin` (git recomputes every id from the bytes), all
 * refs through `git update-ref --stdin`, and HEAD on the default branch. Then `git fsck --strict`,
 * `git cat-file` and `git verify-commit` judge the fake's objects, not the fake.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';
import type { ObjectType } from './git-objects.js';
import type { Repository } from './repository.js';

const run = promisify(execFile);

const PACK_TYPE: Record<ObjectType, number> = { commit: 1, tree: 2, blob: 3, tag: 4 };

/** A pack entry's header: type and size, 4 then 7 bits a byte, high bit = more bytes follow. */
function entryHeader(type: ObjectType, size: number): Buffer {
  const bytes: number[] = [];
  let rest = Math.floor(size / 16);
  let byte = (PACK_TYPE[type] << 4) | (size & 0x0f);
  while (rest > 0) {
    bytes.push(byte | 0x80);
    byte = rest & 0x7f;
    rest = Math.floor(rest / 128);
  }
  bytes.push(byte);
  return Buffer.from(bytes);
}

async function writePack(repo: Repository, gitDir: string): Promise<void> {
  const child = spawn('git', ['index-pack', '--stdin'], { cwd: gitDir, stdio: ['pipe', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fake-github: git index-pack failed (${code}): ${err}`))));
  });
  const hash = createHash('sha1');
  const write = async (b: Buffer): Promise<void> => {
    hash.update(b);
    if (!child.stdin.write(b)) await new Promise((r) => child.stdin.once('drain', r));
  };
  const head = Buffer.alloc(12);
  head.write('PACK', 0, 'latin1');
  head.writeUInt32BE(2, 4);
  head.writeUInt32BE(repo.objects.size, 8);
  await write(head);
  for (const o of repo.objects.values()) {
    await write(Buffer.concat([entryHeader(o.type, o.body.length), deflateSync(o.body, { level: 1 })]));
  }
  child.stdin.end(hash.digest());
  await done;
}

export async function exportToGit(repo: Repository, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(path.join(dir, '.git'))) await run('git', ['init', '-q', dir]);
  if (repo.objects.size > 0) await writePack(repo, dir);
  const updates = [...repo.refs].map(([ref, sha]) => `update ${ref} ${sha}\n`).join('');
  if (updates !== '') {
    const child = spawn('git', ['update-ref', '--stdin'], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const done = new Promise<void>((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fake-github: git update-ref failed: ${err}`)))));
    child.stdin.end(updates);
    await done;
  }
  await run('git', ['symbolic-ref', 'HEAD', `refs/heads/${repo.settings.defaultBranch}`], { cwd: dir });
}
