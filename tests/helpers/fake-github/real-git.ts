/**
 * Real git, for tests that judge the fake's objects: export what the fake holds into a fresh
 * repository and ask git about it. Only tests import this (it registers temp-dir clean-up).
 */
import { execFileSync } from 'node:child_process';
import { tempDir } from '../git.js';
import type { FakeGitHub } from './fake-github.js';

/** git's stdout (trimmed of its final newline); a non-zero exit throws with git's stderr. */
export function gitOut(dir: string, args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', args, { cwd: dir, input, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }).replace(/\n$/, '');
}

/** A fresh repository holding every object and ref the fake holds for `repo`. */
export async function exported(gh: FakeGitHub, repo: string): Promise<string> {
  const dir = tempDir('fake-github-export-');
  await gh.exportToGit(repo, dir);
  return dir;
}

/** `git fsck --strict` on a repository: its exit status and output. */
export function fsck(dir: string): { status: number; out: string } {
  try {
    return { status: 0, out: execFileSync('git', ['fsck', '--strict', '--no-dangling'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { status: err.status ?? 1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}
