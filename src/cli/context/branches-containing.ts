import { runGit } from '../../core/store/local/batch-git.js';
import { resolveGitDir } from '../../core/store/local/git-dir.js';

/**
 * The branches of the repository in `dir` that contain `commit` (local and remote-tracking, the
 * remote's name taken off: `origin/main` is `main`), leaving out the facts branch. Undefined when
 * it cannot be told (no repository there, no git, or the commit is not in it): then the gate
 * applies every flow.
 */
export async function branchesContaining(dir: string, commit: string, git: string | undefined, factsBranch: string): Promise<string[] | undefined> {
  if (git === undefined) return undefined;
  let gitdir: string;
  try {
    gitdir = resolveGitDir(dir);
  } catch {
    return undefined;
  }
  const known = await runGit(gitdir, ['cat-file', '-e', `${commit}^{commit}`], git);
  if (known.code !== 0) return undefined;
  const r = await runGit(gitdir, ['for-each-ref', `--contains=${commit}`, '--format=%(refname)', 'refs/heads', 'refs/remotes'], git);
  if (r.code !== 0) return undefined;
  const names = new Set<string>();
  for (const ref of r.stdout.split('\n')) {
    const name = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref.replace(/^refs\/remotes\/[^/]+\//, '');
    if (name === '' || name === 'HEAD' || name === factsBranch || (ref.startsWith('refs/remotes/') && ref.endsWith('/HEAD'))) continue;
    names.add(name);
  }
  return [...names].sort();
}
