/**
 * Seeds the fake from a real repository: every object it holds, streamed from
 * `git cat-file --batch-all-objects --batch --unordered` (pack order, the fastest git can give
 * them; a superset of what the branch reaches), then the branch pointed at the same tip.
 * Bodies are copied into large slabs: a few big buffers instead of a million small ones keep the
 * garbage collector out of the way at 850 000 objects.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { CatFileStream } from './cat-file-stream.js';
import { isObjectType } from './git-objects.js';
import { knownChanges } from './history.js';
import type { Repository } from './repository.js';

const run = promisify(execFile);
const SLAB = 64 * 1024 * 1024;

class Slabs {
  private slab = Buffer.allocUnsafeSlow(0);
  private used = 0;

  copy(bytes: Buffer): Buffer {
    if (bytes.length > SLAB / 4) return Buffer.from(bytes);
    if (this.used + bytes.length > this.slab.length) {
      this.slab = Buffer.allocUnsafeSlow(SLAB);
      this.used = 0;
    }
    const view = this.slab.subarray(this.used, this.used + bytes.length);
    bytes.copy(view);
    this.used += bytes.length;
    return view;
  }
}

async function branchTip(dir: string, branch: string): Promise<string> {
  try {
    return (await run('git', ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`], { cwd: dir })).stdout.trim();
  } catch {
    throw new Error(`fake-github: ${dir} has no branch ${branch} to import`);
  }
}

export async function importFromGit(repo: Repository, dir: string, branch: string): Promise<{ objects: number; tip: string }> {
  const tip = await branchTip(dir, branch);
  const child = spawn('git', ['cat-file', '--batch-all-objects', '--batch', '--unordered'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const slabs = new Slabs();
  let objects = 0;
  let failure: Error | undefined;
  const parser = new CatFileStream((o) => {
    if (!isObjectType(o.type)) {
      failure ??= new Error(`fake-github: ${o.oid} is a ${o.type}, which the fake does not hold`);
      return;
    }
    repo.put(o.oid, o.type, slabs.copy(o.content));
    objects++;
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    try {
      parser.push(chunk);
    } catch (e) {
      failure ??= e instanceof Error ? e : new Error(String(e));
    }
  });
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fake-github: git cat-file failed (${code}): ${stderr}`))));
  });
  if (failure !== undefined) throw failure;
  if (!parser.idle) throw new Error('fake-github: git cat-file --batch stopped in the middle of an object');
  repo.refs.set(`refs/heads/${branch}`, tip);
  knownChanges(repo, await firstParentChanges(dir, branch));
  return { objects, tip };
}

/** The files each first-parent commit of the branch changed, newest first, as git lists them (one process, in C). */
async function firstParentChanges(dir: string, branch: string): Promise<[string, string[]][]> {
  const { stdout } = await run('git', ['log', '--first-parent', '--diff-merges=first-parent', '--root', '--no-renames', '--name-only', '-z', '--format=%x01%H', `refs/heads/${branch}`], {
    cwd: dir,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const out: [string, string[]][] = [];
  let files: string[] | undefined;
  for (const token of stdout.split('\0')) {
    const name = token.replace(/^\n/, '');
    if (name.startsWith('\u0001')) {
      files = [];
      out.push([name.slice(1), files]);
    } else if (name !== '' && files !== undefined) {
      files.push(name);
    }
  }
  return out;
}
