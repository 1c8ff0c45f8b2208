import { execFileSync } from 'node:child_process';
import { git } from './git.js';

/**
 * Commits `bytes` at `file` on top of `branch` with plain git plumbing (hash-object -w, mktree for
 * every folder on the way up, commit-tree, update-ref): what someone with push access could do
 * behind factstore's back. `null` removes the file. Returns the new (unsigned) commit.
 */
export function tamperFile(repo: string, branch: string, file: string, bytes: Buffer | string | null): string {
  const tip = git(repo, 'rev-parse', `refs/heads/${branch}`).trim();
  const blob = bytes === null ? undefined : execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: bytes }).toString().trim();
  const root = replaceEntry(repo, `${tip}^{tree}`, file.split('/'), blob);
  const env = { ...process.env, GIT_AUTHOR_NAME: 'mallory', GIT_AUTHOR_EMAIL: 'm@example.com', GIT_COMMITTER_NAME: 'mallory', GIT_COMMITTER_EMAIL: 'm@example.com' };
  const commit = execFileSync('git', ['commit-tree', root, '-p', tip, '-m', 'tamper'], { cwd: repo, env }).toString().trim();
  git(repo, 'update-ref', `refs/heads/${branch}`, commit, tip);
  return commit;
}

/** The tree `tree` with `parts` (a path) set to `oid` (removed when undefined), the folders on the way rebuilt with mktree. */
function replaceEntry(repo: string, tree: string | undefined, parts: string[], oid: string | undefined): string {
  const [name = '', ...rest] = parts;
  const entries = tree === undefined ? [] : git(repo, 'ls-tree', tree).split('\n').filter((l) => l !== '');
  const kept = entries.filter((l) => l.split('\t')[1] !== name);
  const existing = entries.find((l) => l.split('\t')[1] === name);
  const line =
    rest.length > 0
      ? `040000 tree ${replaceEntry(repo, existing?.split(/\s/)[2], rest, oid)}\t${name}`
      : oid === undefined
        ? undefined
        : `100644 blob ${oid}\t${name}`;
  const lines = line === undefined ? kept : [...kept, line];
  return execFileSync('git', ['mktree'], { cwd: repo, input: lines.length === 0 ? '' : `${lines.join('\n')}\n` }).toString().trim();
}
