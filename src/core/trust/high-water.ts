/**
 * The newest facts commit a decision was taken on, kept where writers of the facts branch cannot
 * write (DESIGN §2a): it must stay an ancestor of the tip, so rolling the branch back below a
 * decided commit is caught at the next decision. Locally a file in the git directory; on GitHub a
 * check run of the deciding App on the facts branch's root commit.
 */
export interface HighWaterMark {
  /** where it is kept, for messages */
  readonly where: string;
  /** the commit, undefined when no decision was taken yet */
  read(): Promise<string | undefined>;
  /** records that a decision was taken on `commit`, which descends from what `read` gave */
  advance(commit: string): Promise<void>;
  /** why the mark could not be read, when `read` answered undefined for that reason (shown as a note) */
  problem?: () => string | undefined;
}

/** No mark at all: history is still checked for merges, but a rewind cannot be told (say so). */
export const NO_HIGH_WATER: HighWaterMark = {
  where: 'nowhere (no high-water mark is kept here)',
  read: () => Promise.resolve(undefined),
  advance: () => Promise.resolve(),
};
