import type { BranchMove } from '../fact-store.js';
import { isAncestor, runGit } from './batch-git.js';
import { parseCommitHeader, type ObjectReader } from './object-reader.js';

/**
 * How the branch went from `base` to `tip`, and the merges between them. With native git the walk
 * is git's own; without it, the first-parent chain is read here.
 */
export async function localBranchMove(options: {
  reader: ObjectReader;
  gitdir: string;
  gitBinary: string | undefined;
  base: string | undefined;
  tip: string;
}): Promise<BranchMove> {
  const { gitdir, gitBinary, base, tip } = options;
  // Without a commit seen before, a merge proves nothing a rollback could not: checking the whole
  // history for one would cost seconds on a large store and catch nothing more (verify does it).
  if (base === undefined) return { relation: 'ahead', merges: [], complete: false };
  if (gitBinary === undefined) return walkedMove(options.reader, base, tip);
  const known = await runGit(gitdir, ['cat-file', '-e', `${base}^{commit}`], gitBinary);
  if (known.code !== 0) return { relation: 'unknown', merges: [], complete: true };
  if (base === tip) return { relation: 'identical', merges: [], complete: true };
  if (!(await isAncestor(gitdir, base, tip, gitBinary))) {
    const behind = await isAncestor(gitdir, tip, base, gitBinary);
    return { relation: behind ? 'behind' : 'diverged', merges: [], complete: true };
  }
  const r = await runGit(gitdir, ['rev-list', '--min-parents=2', '--max-count=20', `${base}..${tip}`], gitBinary);
  if (r.code !== 0) throw new Error(`git rev-list failed: ${r.stderr.trim() || `exit ${r.code}`}`);
  return { relation: 'ahead', merges: r.stdout.split('\n').filter((l) => l !== ''), complete: true };
}

async function walkedMove(reader: ObjectReader, base: string, tip: string): Promise<BranchMove> {
  if (base === tip) return { relation: 'identical', merges: [], complete: true };
  const merges: string[] = [];
  for (let commit: string | undefined = tip; commit !== undefined; ) {
    if (commit === base) return { relation: 'ahead', merges, complete: true };
    const header = parseCommitHeader(Buffer.from((await reader.read(commit)).content).toString('utf8'));
    if (header.parents.length > 1) merges.push(commit);
    commit = header.parents[0];
  }
  // base is not on tip's first-parent chain: rewound (tip below base), rewritten, or merged in from the side
  if (merges.length > 0) return { relation: 'diverged', merges, complete: true };
  for (let commit: string | undefined = base; commit !== undefined; ) {
    if (commit === tip) return { relation: 'behind', merges: [], complete: true };
    let header;
    try {
      header = parseCommitHeader(Buffer.from((await reader.read(commit)).content).toString('utf8'));
    } catch {
      return { relation: commit === base ? 'unknown' : 'diverged', merges: [], complete: true };
    }
    commit = header.parents[0];
  }
  return { relation: 'diverged', merges: [], complete: true };
}
