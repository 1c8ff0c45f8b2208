import { execFile } from 'node:child_process';
import { FactstoreError } from '../../errors.js';

/** Small one-shot git questions asked next to the bulk readers (same flags: no replace objects). */
export function runGit(gitdir: string, args: string[], git = 'git', env?: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(git, ['--no-replace-objects', '--git-dir', gitdir, ...args], { encoding: 'utf8', maxBuffer: 1 << 20, ...(env !== undefined ? { env } : {}) }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') {
        reject(new FactstoreError('INTERNAL', `cannot run git (${error.message}): install git and put it on the PATH.`, { cause: error }));
        return;
      }
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

/** The full id of the commit `rev` names (a full or abbreviated hex id), or undefined when there is none. */
export async function resolveCommit(gitdir: string, rev: string, git?: string): Promise<string | undefined> {
  if (!/^[0-9a-fA-F]{4,40}$/.test(rev)) return undefined;
  const r = await runGit(gitdir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], git);
  const oid = r.stdout.trim();
  return r.code === 0 && /^[0-9a-f]{40}$/.test(oid) ? oid : undefined;
}

/** Whether `ancestor` is reachable from `descendant` by any parent links. */
export async function isAncestor(gitdir: string, ancestor: string, descendant: string, git?: string): Promise<boolean> {
  const r = await runGit(gitdir, ['merge-base', '--is-ancestor', ancestor, descendant], git);
  if (r.code > 1) throw new FactstoreError('INTERNAL', `git merge-base failed: ${r.stderr.trim() || `exit ${r.code}`}`);
  return r.code === 0;
}
