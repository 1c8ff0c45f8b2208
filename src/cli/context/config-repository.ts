import { FactstoreError } from '../../core/errors.js';
import { runGit } from './run-git.js';

/** The git repository the CLI runs in: where its reviewed config is committed. */
export interface ConfigRepository {
  git: string;
  gitdir: string;
  /** the top of the working tree; undefined in a bare repository */
  worktree: string | undefined;
}

export interface ConfigCommit {
  /** the ref as given, or the default chosen (origin/HEAD, else HEAD) */
  ref: string;
  commit: string;
}

/** The committed config is small; anything bigger is not a config. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** The repository holding `cwd`; undefined when `cwd` is in none. */
export async function findConfigRepository(git: string, cwd: string): Promise<ConfigRepository | undefined> {
  const r = await runGit(git, ['rev-parse', '--absolute-git-dir', '--is-bare-repository', '--show-toplevel'], cwd);
  const [gitdir, bare, worktree] = r.stdout.split('\n');
  if (gitdir === undefined || gitdir === '') {
    if (/not a git repository/i.test(r.stderr)) return undefined;
    throw new FactstoreError('CONFIG', `git cannot read the repository of ${cwd} (${firstLine(r.stderr)}): fix that, or pass --config FILE.`);
  }
  // --show-toplevel fails in a bare repository (or inside .git): there is no working tree then
  return { git, gitdir, worktree: r.code === 0 && bare === 'false' && worktree !== undefined && worktree !== '' ? worktree : undefined };
}

/**
 * The commit the config is read at: `given` (any revision git understands), else the remote's
 * default branch (origin/HEAD) when the clone knows it, else HEAD. Undefined when the default
 * names no commit yet (a repository without commits); a given ref that names none is an error.
 */
export async function resolveConfigCommit(repo: ConfigRepository, given: string | undefined): Promise<ConfigCommit | undefined> {
  if (given !== undefined) {
    if (given.trim() === '' || given.startsWith('-')) throw configRefError(given, repo);
    const commit = await commitOf(repo, given);
    if (commit === undefined) throw configRefError(given, repo);
    return { ref: given, commit };
  }
  const origin = await commitOf(repo, 'refs/remotes/origin/HEAD');
  if (origin !== undefined) return { ref: 'origin/HEAD', commit: origin };
  const head = await commitOf(repo, 'HEAD');
  return head === undefined ? undefined : { ref: 'HEAD', commit: head };
}

/** The bytes of `file` (a path from the repository's root) in `commit`; undefined when it has none. */
export async function readCommittedFile(repo: ConfigRepository, at: ConfigCommit, file: string): Promise<string | undefined> {
  const where = `${file} at ${at.ref} (${at.commit.slice(0, 12)})`;
  const entry = await gitOk(repo, ['ls-tree', '-l', '--full-tree', '-z', at.commit, '--', file]);
  const m = /^(\d{6}) (\w+) ([0-9a-f]{40,64}) +(-|\d+)\t/.exec(entry);
  if (m === null) return undefined;
  const [, mode, type, oid, size] = m;
  if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) {
    throw new FactstoreError('CONFIG', `${where} is not a plain file (${mode === '120000' ? 'a symbolic link' : type}): commit the config file itself there.`);
  }
  if (Number(size) > MAX_CONFIG_BYTES) {
    throw new FactstoreError('CONFIG', `${where} is ${size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit of a config: make it smaller.`);
  }
  return gitOk(repo, ['cat-file', 'blob', oid ?? '']);
}

async function commitOf(repo: ConfigRepository, rev: string): Promise<string | undefined> {
  const r = await runGit(repo.git, ['--git-dir', repo.gitdir, 'rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], repo.gitdir);
  const oid = r.stdout.trim();
  return r.code === 0 && /^[0-9a-f]{40,64}$/.test(oid) ? oid : undefined;
}

async function gitOk(repo: ConfigRepository, args: string[]): Promise<string> {
  const r = await runGit(repo.git, ['--git-dir', repo.gitdir, ...args], repo.gitdir);
  if (r.code !== 0) throw new FactstoreError('CONFIG', `git ${args[0] ?? ''} failed while reading the committed config (${firstLine(r.stderr)}): check the repository with git fsck, or pass --config FILE.`);
  return r.stdout;
}

function configRefError(given: string, repo: ConfigRepository): FactstoreError {
  return new FactstoreError(
    'CONFIG',
    `--config-ref ${JSON.stringify(given)} names no commit in ${repo.worktree ?? repo.gitdir}: give a branch, tag or commit that holds the reviewed config (e.g. origin/main after git fetch).`,
  );
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? 'no message';
}
