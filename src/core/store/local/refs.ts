import { promises as fsp } from 'node:fs';
import path from 'node:path';

/** Reads a branch tip from the loose ref or `packed-refs`; `undefined` when the branch does not exist. */
export function readBranch(gitdir: string, branch: string): Promise<string | undefined> {
  return readRef(gitdir, `refs/heads/${branch}`);
}

/** Where the facts were read from: the branch, or the remote-tracking branch of a plain clone. */
export interface FactsRef {
  /** `refs/heads/<branch>` or `refs/remotes/<remote>/<branch>` */
  ref: string;
  tip: string;
  /** true when read from the remote-tracking branch, as the local branch does not exist */
  remote: boolean;
}

/**
 * The facts branch's tip: the local branch, else (with `remote`) the remote-tracking branch
 * `<remote>/<branch>` that a plain `git clone` leaves, so a fresh clone is not an empty store.
 */
export async function readFactsRef(gitdir: string, branch: string, remote: string | undefined): Promise<FactsRef | undefined> {
  const local = await readBranch(gitdir, branch);
  if (local !== undefined) return { ref: `refs/heads/${branch}`, tip: local, remote: false };
  if (remote === undefined) return undefined;
  const ref = `refs/remotes/${remote}/${branch}`;
  const tip = await readRef(gitdir, ref);
  return tip === undefined ? undefined : { ref, tip, remote: true };
}

async function readRef(gitdir: string, ref: string): Promise<string | undefined> {
  try {
    const text = (await fsp.readFile(path.join(gitdir, ref), 'utf8')).trim();
    if (/^[0-9a-f]{40}$/.test(text)) return text;
  } catch {
    // not loose
  }
  try {
    const packed = await fsp.readFile(path.join(gitdir, 'packed-refs'), 'utf8');
    for (const line of packed.split('\n')) {
      if (line.endsWith(` ${ref}`)) return line.slice(0, 40);
    }
  } catch {
    // no packed refs
  }
  return undefined;
}

export type CasOutcome = 'updated' | 'moved' | 'locked';

/**
 * Compare-and-swap of a branch, with git's own lock protocol (`<ref>.lock` created exclusively,
 * then renamed over the ref), so native git and other Factstore processes serialise with us.
 */
export async function compareAndSwapBranch(
  gitdir: string,
  branch: string,
  expected: string | undefined,
  next: string,
): Promise<CasOutcome> {
  const refFile = path.join(gitdir, 'refs', 'heads', ...branch.split('/'));
  const lockFile = `${refFile}.lock`;
  await fsp.mkdir(path.dirname(refFile), { recursive: true });
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(lockFile, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return 'locked';
    throw e;
  }
  try {
    const current = await readBranch(gitdir, branch);
    if (current !== expected) {
      await handle.close();
      await fsp.unlink(lockFile);
      return 'moved';
    }
    await handle.writeFile(`${next}\n`);
    await handle.close();
    await fsp.rename(lockFile, refFile);
    return 'updated';
  } catch (e) {
    await handle.close().catch(() => undefined);
    await fsp.unlink(lockFile).catch(() => undefined);
    throw e;
  }
}
