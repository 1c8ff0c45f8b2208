import type { ListedCommit } from './github-file-history.js';

/**
 * The commits that changed a facts file, as GitHub last listed them (newest first), kept by a
 * long-running process (the App) across events. A trail that is judged again and again gains a
 * decision commit each time; without this every evaluation would list its whole history again, one
 * request per 100 commits. With it, an evaluation lists one page and joins it to what it listed
 * before, once that page shows the history it continues.
 *
 * Nothing here is trusted: a listed commit is immutable (its sha names its bytes), and the trust
 * check runs on every commit of the joined list at every evaluation, as on a fresh one. Bounded by
 * the number of commits kept; the least recently used files go first.
 */
export class ListedCommitsCache {
  private readonly files = new Map<string, readonly ListedCommit[]>();
  private kept = 0;

  constructor(private readonly maxCommits = 20_000) {}

  /** The list last stored for the file, newest first; marks it recently used. */
  get(key: string): readonly ListedCommit[] | undefined {
    const listed = this.files.get(key);
    if (listed !== undefined) {
      this.files.delete(key);
      this.files.set(key, listed);
    }
    return listed;
  }

  set(key: string, newestFirst: readonly ListedCommit[]): void {
    this.forget(key);
    if (newestFirst.length > this.maxCommits) return;
    this.files.set(key, newestFirst);
    this.kept += newestFirst.length;
    for (const [oldest] of this.files) {
      if (this.kept <= this.maxCommits) break;
      this.forget(oldest);
    }
  }

  /** How many commits are kept, over all files. */
  get size(): number {
    return this.kept;
  }

  private forget(key: string): void {
    const listed = this.files.get(key);
    if (listed === undefined) return;
    this.files.delete(key);
    this.kept -= listed.length;
  }
}

/** The key of a facts file: repository, branch and path (the branch's own tip is checked at each use). */
export function listedCommitsKey(where: { owner: string; repo: string; branch: string }, path: string): string {
  return `${where.owner}/${where.repo}\u0000${where.branch}\u0000${path}`;
}
