import type { FactsCommit } from '../fact-store.js';
import { appendedFacts } from './appended-facts.js';
import { nativePathLog } from './native-path-log.js';
import type { ObjectReader } from './object-reader.js';
import { walkPathLog } from './walk-path-log.js';

/**
 * The facts commits that appended to one facts file or folder, oldest first. Objects are read
 * only for the path's own commits: with native git, git's path-limited log finds them (walking
 * commits in C, through the commit-graph when there is one); without it, the first-parent chain
 * is walked here. For one file (a trail) either walk ends at the commit that created it.
 */
export async function pathHistory(options: {
  reader: ObjectReader;
  gitdir: string;
  gitBinary: string | undefined;
  start: string;
  path: string;
  /** `path` is one file, not a folder */
  file: boolean;
}): Promise<FactsCommit[]> {
  const { reader, gitdir, gitBinary, start, path, file } = options;
  const commits =
    gitBinary !== undefined
      ? await nativePathLog({ gitdir, git: gitBinary, start, path, stopAtCreation: file })
      : await walkPathLog(reader, start, path, file);
  return appendedFacts(reader, commits);
}
