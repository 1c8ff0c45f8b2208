/** Reading back what the Action wrote to the fake, as git sees it. */
import type { Fact } from '../../src/core/model/fact.js';
import { trailPath } from '../../src/core/store/layout.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';
import { exported, fsck, gitOut } from '../helpers/fake-github/real-git.js';
import { verifyCommitWithGit, type TestKey } from '../helpers/git.js';
import { REPO } from './world.js';

/** The facts of a trail on the facts branch, in file order. */
export function trailFacts(gh: FakeGitHub, flow: string, trail: string, repo = REPO, branch = 'factstore'): Fact[] {
  const bytes = gh.readFile(repo, branch, trailPath(flow, trail));
  if (bytes === undefined) return [];
  return bytes
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Fact);
}

export interface ExportedBranch {
  dir: string;
  /** the facts branch commits, newest first */
  commits: string[];
  /** `git verify-commit` failures, by commit */
  unverified: Record<string, string>;
  /** first-parent only: every commit has at most one parent */
  linear: boolean;
  fsckStatus: number;
}

/** Exports the fake's repository into real git and checks every facts commit with git itself. */
export async function exportFactsBranch(gh: FakeGitHub, key: TestKey, repo = REPO, branch = 'factstore'): Promise<ExportedBranch> {
  const dir = await exported(gh, repo);
  const commits = gitOut(dir, ['rev-list', `refs/heads/${branch}`]).split('\n').filter((c) => c !== '');
  const unverified: Record<string, string> = {};
  for (const c of commits) {
    const r = verifyCommitWithGit(dir, c, [key.signer]);
    if (r.status !== 0) unverified[c] = r.out;
  }
  const merges = gitOut(dir, ['rev-list', '--min-parents=2', `refs/heads/${branch}`]);
  return { dir, commits, unverified, linear: merges === '', fsckStatus: fsck(dir).status };
}

/** Every byte the repository holds (all objects, decompressed), to prove a secret is not among them. */
export function allObjectText(dir: string): string {
  const ids = gitOut(dir, ['cat-file', '--batch-all-objects', '--batch-check=%(objectname)']).split('\n').filter((x) => x !== '');
  return gitOut(dir, ['cat-file', '--batch'], `${ids.join('\n')}\n`);
}
