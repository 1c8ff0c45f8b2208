import type { FileCommit } from '../fact-store.js';
import { splitSignedCommit } from '../../signing/commit-signature.js';
import { isAncestor } from './batch-git.js';
import type { CachedCommit, HistoryCache } from './history-cache.js';
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
  /** histories walked before: extended by the commits since, when still on the branch */
  cache?: HistoryCache;
}): Promise<FileCommit[]> {
  const { reader, gitdir, gitBinary, start, path, cache } = options;
  const cached = cache === undefined || gitBinary === undefined ? undefined : await cache.read(path);
  const extend = cached !== undefined && gitBinary !== undefined && (cached.upTo === start || (await isAncestor(gitdir, cached.upTo, start, gitBinary)));
  const since = extend ? cached.upTo : undefined;
  const listed =
    since === start
      ? []
      : gitBinary !== undefined
        ? await nativePathLog({ gitdir, git: gitBinary, start, path, stopAtCreation: false, ...(since !== undefined ? { since } : {}) })
        : await walkPathLog(reader, start, path, false);
  const fresh: CachedCommit[] = [];
  for (const { commit, time, changes } of listed) {
    const raw = Buffer.from((await reader.read(commit)).content).toString('utf8');
    const { payload, signature } = splitSignedCommit(raw);
    const newOid = changes.find((c) => c.path === path)?.newOid;
    fresh.push({
      commit,
      parents: parseCommitHeader(raw).parents,
      time: new Date(time * 1000).toISOString(),
      ...(payload !== undefined ? { payload } : {}),
      ...(signature !== undefined ? { signature } : {}),
      ...(newOid !== undefined ? { newOid } : {}),
    });
  }
  const commits = extend ? [...cached.commits, ...fresh] : fresh;
  if (cache !== undefined && (fresh.length > 0 || !extend || cached.upTo !== start)) await cache.write(path, { upTo: start, commits });
  return commits.map((c) => fileCommit(reader, c));
}

function fileCommit(reader: ObjectReader, c: CachedCommit): FileCommit {
  const { newOid } = c;
  return {
    commit: c.commit,
    parents: c.parents,
    time: c.time,
    payload: c.payload,
    signature: c.signature,
    textAfter: async () => (newOid === undefined ? undefined : Buffer.from((await reader.read(newOid)).content).toString('utf8')),
  };
}

/**
 * `localFileCommits` of several files at once: those whose cached history can be extended are
 * extended one by one (a few commits each); the others are walked together in one walk of the
 * branch, not one each, and cached. Path → its commits, oldest first (none: never written).
 */
export async function localFilesCommits(options: {
  reader: ObjectReader;
  gitdir: string;
  gitBinary: string | undefined;
  start: string;
  paths: readonly string[];
  cache?: HistoryCache;
}): Promise<Map<string, FileCommit[]>> {
  const { reader, gitdir, gitBinary, start, cache } = options;
  const out = new Map<string, FileCommit[]>();
  const cold: string[] = [];
  for (const path of new Set(options.paths)) {
    const cached = cache === undefined || gitBinary === undefined ? undefined : await cache.read(path);
    const warm = cached !== undefined && gitBinary !== undefined && (cached.upTo === start || (await isAncestor(gitdir, cached.upTo, start, gitBinary)));
    if (warm || gitBinary === undefined || options.paths.length === 1) out.set(path, await localFileCommits({ ...options, path }));
    else cold.push(path);
  }
  if (cold.length === 0 || gitBinary === undefined) return out;
  // git matches every pathspec against every changed tree entry: past a few dozen files spread over
  // the tree, walking their common folder once and keeping their changes is far faster (files of
  // several top folders, trails and loose facts: one walk of each)
  const groups = cold.length > MANY_PATHSPECS && commonFolder(cold) === undefined ? byTopFolder(cold) : [cold];
  for (const group of groups) {
    for (const [path, commits] of await walkedTogether(reader, gitdir, gitBinary, start, group, cache)) out.set(path, commits);
  }
  return out;
}

/** The histories of `paths`, walked in one native log (of their common folder past a few dozen). */
async function walkedTogether(reader: ObjectReader, gitdir: string, gitBinary: string, start: string, paths: readonly string[], cache: HistoryCache | undefined): Promise<Map<string, FileCommit[]>> {
  const out = new Map<string, FileCommit[]>();
  const [first, ...more] = paths;
  if (first === undefined) return out;
  const folder = paths.length > MANY_PATHSPECS ? (commonFolder(paths) ?? (first.includes('/') ? first.split('/')[0] : undefined)) : undefined;
  const listed = await nativePathLog({ gitdir, git: gitBinary, start, stopAtCreation: false, ...(folder !== undefined ? { path: folder } : { path: first, morePaths: more }) });
  const byPath = new Map<string, CachedCommit[]>(paths.map((p) => [p, []]));
  for (const { commit, time, changes } of listed) {
    // a folder walk lists every commit under it: only those that touched a wanted file are read
    if (!changes.some((c) => byPath.has(c.path))) continue;
    const raw = Buffer.from((await reader.read(commit)).content).toString('utf8');
    const { payload, signature } = splitSignedCommit(raw);
    const parents = parseCommitHeader(raw).parents;
    for (const change of changes) {
      const list = byPath.get(change.path);
      if (list === undefined) continue;
      list.push({
        commit,
        parents,
        time: new Date(time * 1000).toISOString(),
        ...(payload !== undefined ? { payload } : {}),
        ...(signature !== undefined ? { signature } : {}),
        ...(change.newOid !== undefined ? { newOid: change.newOid } : {}),
      });
    }
  }
  for (const [path, commits] of byPath) {
    if (cache !== undefined) await cache.write(path, { upTo: start, commits });
    out.set(path, commits.map((c) => fileCommit(reader, c)));
  }
  return out;
}

const MANY_PATHSPECS = 32;

/** The paths grouped by their first folder, in the order the folders first appear. */
function byTopFolder(paths: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const top = p.split('/')[0] ?? '';
    const group = groups.get(top);
    if (group === undefined) groups.set(top, [p]);
    else group.push(p);
  }
  return [...groups.values()];
}

/** The deepest folder holding every path (`trails/f` for trails of one flow); undefined when only the root does. */
function commonFolder(paths: readonly string[]): string | undefined {
  let common = (paths[0] ?? '').split('/').slice(0, -1);
  for (const p of paths) {
    const parts = p.split('/');
    let i = 0;
    while (i < common.length && common[i] === parts[i] && i < parts.length - 1) i++;
    common = common.slice(0, i);
  }
  return common.length === 0 ? undefined : common.join('/');
}

/** The same for every file under the folder `prefix`, in one walk: path → its commits, oldest first. */
export async function localFolderCommits(options: {
  reader: ObjectReader;
  gitdir: string;
  gitBinary: string | undefined;
  start: string;
  prefix: string;
}): Promise<Map<string, FileCommit[]>> {
  const { reader, gitdir, gitBinary, start, prefix } = options;
  const listed =
    gitBinary !== undefined
      ? await nativePathLog({ gitdir, git: gitBinary, start, path: prefix, stopAtCreation: false })
      : await walkPathLog(reader, start, prefix, false);
  const out = new Map<string, FileCommit[]>();
  for (const { commit, time, changes } of listed) {
    const raw = Buffer.from((await reader.read(commit)).content).toString('utf8');
    const { payload, signature } = splitSignedCommit(raw);
    const parents = parseCommitHeader(raw).parents;
    for (const change of changes) {
      if (!change.path.endsWith('.ndjson')) continue;
      const newOid = change.newOid;
      const entry: FileCommit = {
        commit,
        parents,
        time: new Date(time * 1000).toISOString(),
        payload,
        signature,
        textAfter: async () => (newOid === undefined ? undefined : Buffer.from((await reader.read(newOid)).content).toString('utf8')),
      };
      out.set(change.path, [...(out.get(change.path) ?? []), entry]);
    }
  }
  return out;
}
