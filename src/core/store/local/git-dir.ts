import { promises as fsp, statSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FactstoreError } from '../../errors.js';

/** The git directory of a repository: `<dir>/.git`, the target of a `.git` file, or `dir` when bare. */
export function resolveGitDir(dir: string): string {
  const dotGit = path.join(dir, '.git');
  try {
    const st = statSync(dotGit);
    if (st.isDirectory()) return dotGit;
    const text = readFileSync(dotGit, 'utf8');
    const m = /^gitdir:\s*(.+)\s*$/m.exec(text);
    if (m?.[1] !== undefined) return path.resolve(dir, m[1]);
  } catch {
    // not a work tree: maybe bare
  }
  try {
    if (statSync(path.join(dir, 'objects')).isDirectory() && statSync(path.join(dir, 'HEAD')).isFile()) return dir;
  } catch {
    // fall through
  }
  throw new FactstoreError(
    'BAD_INPUT',
    `${dir} is not a git repository: run 'git init' there first, or point --store at one.`,
  );
}

export async function exists(p: string): Promise<boolean> {
  try {
    await fsp.access(p);
    return true;
  } catch {
    return false;
  }
}
