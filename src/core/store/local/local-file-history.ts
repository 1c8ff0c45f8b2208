import type { FileCommit } from '../fact-store.js';
import { splitSignedCommit } from '../../signing/commit-signature.js';
import { nativePathLog } from './native-path-log.js';
import { parseCommitHeader, type ObjectReader } from './object-reader.js';
import { walkPathLog } from './walk-path-log.js';

/**
 * Every first-parent commit from `start` that changed the file at `path`, oldest first, down to
 * the root: a file removed and written again is one history, so a removal is never hidden behind
 * a later creation. Native git walks and diffs the trees; only the listed commits are read here.
 */
export async function localFileCommits(options: {
  reader: ObjectReader;
  gitdir: string;
  gitBinary: string | undefined;
  start: string;
  path: string;
}): Promise<FileCommit[]> {
  const { reader, gitdir, gitBinary, start, path } = options;
  const listed =
    gitBinary !== undefined
      ? await nativePathLog({ gitdir, git: gitBinary, start, path, stopAtCreation: false })
      : await walkPathLog(reader, start, path, false);
  const out: FileCommit[] = [];
  for (const { commit, time, changes } of listed) {
    const raw = Buffer.from((await reader.read(commit)).content).toString('utf8');
    const { payload, signature } = splitSignedCommit(raw);
    const newOid = changes.find((c) => c.path === path)?.newOid;
    out.push({
      commit,
      parents: parseCommitHeader(raw).parents,
      time: new Date(time * 1000).toISOString(),
      payload,
      signature,
      textAfter: async () => (newOid === undefined ? undefined : Buffer.from((await reader.read(newOid)).content).toString('utf8')),
    });
  }
  return out;
}
