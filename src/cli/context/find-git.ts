import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/**
 * The native git binary on PATH, if any: reading through `git cat-file --batch` is much faster
 * than isomorphic-git on large packed stores. `FACTSTORE_NATIVE_GIT=0` turns it off.
 */
export function findGit(env: Record<string, string | undefined>): string | undefined {
  if (env.FACTSTORE_NATIVE_GIT === '0') return undefined;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, process.platform === 'win32' ? 'git.exe' : 'git');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
