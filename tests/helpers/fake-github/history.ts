/**
 * History questions the commits endpoints ask: every commit reachable from a start, the
 * first-parent history that touched a path, and the files a commit changed. Results are cached by starting commit and path (objects never
 * change), so paging through a long history walks it once, and a branch that moved on walks only
 * its new commits.
 */
import type { Repository } from './repository.js';

const historyCache = new WeakMap<Repository, Map<string, string[]>>();

/** The files each commit changed against its first parent, computed once per commit (objects never change). */
const changedCache = new WeakMap<Repository, Map<string, readonly string[]>>();

function filesChangedBy(repo: Repository, sha: string, tree: string, parentTree: string | undefined): readonly string[] {
  let byCommit = changedCache.get(repo);
  if (byCommit === undefined) changedCache.set(repo, (byCommit = new Map<string, readonly string[]>()));
  let files = byCommit.get(sha);
  if (files === undefined) {
    files = changedFiles(repo, parentTree, tree).map((f) => f.path);
    byCommit.set(sha, files);
  }
  return files;
}

/** An imported first-parent chain, indexed: each commit's place, and the places that changed each path (files and their folders). */
interface ChainIndex {
  /** oldest first */
  shas: string[];
  place: Map<string, number>;
  byPath: Map<string, number[]>;
}

const chains = new WeakMap<Repository, ChainIndex[]>();

/**
 * Tells the fake which files the commits of an imported branch changed, as real git listed them
 * (`changes` newest first, along first parents): a path query on a history of 100 000 commits is
 * then an index lookup instead of a walk (GitHub answers path queries from indexes of its own; the
 * fake should not be the slow part of a benchmark).
 */
export function knownChanges(repo: Repository, changes: readonly (readonly [string, readonly string[]])[]): void {
  const index: ChainIndex = { shas: [], place: new Map(), byPath: new Map() };
  for (const [sha, files] of [...changes].reverse()) {
    const at = index.shas.length;
    index.shas.push(sha);
    index.place.set(sha, at);
    const paths = new Set<string>();
    for (const file of files) {
      const parts = file.split('/');
      for (let i = 1; i <= parts.length; i++) paths.add(parts.slice(0, i).join('/'));
    }
    for (const path of paths) {
      let places = index.byPath.get(path);
      if (places === undefined) index.byPath.set(path, (places = []));
      places.push(at);
    }
  }
  chains.set(repo, [...(chains.get(repo) ?? []), index]);
}

/** The commits of an indexed chain, at or below `sha`, that changed `path`, newest first; undefined when `sha` is in none. */
function indexedHistory(repo: Repository, sha: string, path: string): string[] | undefined {
  for (const index of chains.get(repo) ?? []) {
    const at = index.place.get(sha);
    if (at === undefined) continue;
    if (path === '') return index.shas.slice(0, at + 1).reverse();
    const places = index.byPath.get(path) ?? [];
    const out: string[] = [];
    for (let i = places.length - 1; i >= 0; i--) {
      const p = places[i] as number;
      if (p <= at) out.push(index.shas[p] as string);
    }
    return out;
  }
  return undefined;
}

/** Whether a commit that changed `files` changed the file at `path`, or something under the folder `path`. */
function touches(files: readonly string[], path: string): boolean {
  return files.some((f) => f === path || f.startsWith(`${path}/`));
}

/** Newest first, following first parents; with a path, only the commits that changed it. */
export function firstParentHistory(repo: Repository, start: string, path: string): string[] {
  let byKey = historyCache.get(repo);
  if (byKey === undefined) historyCache.set(repo, (byKey = new Map<string, string[]>()));
  const key = `${start}:${path}`;
  const cached = byKey.get(key);
  if (cached !== undefined) return cached;
  let out: string[] = [];
  const seen = new Set<string>();
  for (let sha: string | undefined = start; sha !== undefined && !seen.has(sha); ) {
    // a branch that moved on walks only its new commits
    const known = byKey.get(`${sha}:${path}`) ?? indexedHistory(repo, sha, path);
    if (known !== undefined) {
      out = out.concat(known);
      break;
    }
    seen.add(sha);
    const c = repo.links(sha);
    if (c === undefined) break;
    const parent = c.parents[0];
    const parentTree = parent === undefined ? undefined : repo.links(parent)?.tree;
    // a path changes when a file at it, or under it, changed (a commit that only made a folder on the way does not)
    if (path === '' || touches(filesChangedBy(repo, sha, c.tree, parentTree), path)) out.push(sha);
    sha = parent;
  }
  if (byKey.size >= 32) byKey.clear();
  byKey.set(key, out);
  return out;
}

/**
 * Every commit reachable from `start`, newest first as `git log` lists them (by committer date, a
 * commit after each of its children): "List commits" without a path, merged branches included.
 */
export function reachableHistory(repo: Repository, start: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>([start]);
  let order = 0;
  const queue: { sha: string; seconds: number; order: number }[] = [{ sha: start, seconds: repo.commit(start)?.committer.seconds ?? 0, order: order++ }];
  while (queue.length > 0) {
    // the newest waiting commit; on a tie, the one queued first
    let best = 0;
    for (let i = 1; i < queue.length; i++) {
      const a = queue[i] as (typeof queue)[number];
      const b = queue[best] as (typeof queue)[number];
      if (a.seconds > b.seconds || (a.seconds === b.seconds && a.order < b.order)) best = i;
    }
    const [next] = queue.splice(best, 1);
    if (next === undefined) break;
    out.push(next.sha);
    for (const parent of repo.links(next.sha)?.parents ?? []) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      queue.push({ sha: parent, seconds: repo.commit(parent)?.committer.seconds ?? 0, order: order++ });
    }
  }
  return out;
}

export interface ChangedFile {
  path: string;
  status: 'added' | 'removed' | 'modified';
  before?: string;
  after?: string;
}

/** The blobs that differ between two trees (a tree absent on one side counts as empty). */
export function changedFiles(repo: Repository, before: string | undefined, after: string | undefined, prefix = ''): ChangedFile[] {
  if (before === after) return [];
  const left = new Map((before === undefined ? [] : (repo.tree(before) ?? [])).map((e) => [e.name, e]));
  const right = new Map((after === undefined ? [] : (repo.tree(after) ?? [])).map((e) => [e.name, e]));
  const out: ChangedFile[] = [];
  for (const name of [...new Set([...left.keys(), ...right.keys()])].sort()) {
    const l = left.get(name);
    const r = right.get(name);
    if (l?.sha === r?.sha && l?.mode === r?.mode) continue;
    const lt = l?.mode === '040000' ? l.sha : undefined;
    const rt = r?.mode === '040000' ? r.sha : undefined;
    if (lt !== undefined || rt !== undefined) out.push(...changedFiles(repo, lt, rt, `${prefix}${name}/`));
    const lb = l !== undefined && l.mode !== '040000' ? l.sha : undefined;
    const rb = r !== undefined && r.mode !== '040000' ? r.sha : undefined;
    if (lb === undefined && rb === undefined) continue;
    const status = lb === undefined ? 'added' : rb === undefined ? 'removed' : 'modified';
    out.push({ path: prefix + name, status, ...(lb !== undefined ? { before: lb } : {}), ...(rb !== undefined ? { after: rb } : {}) });
  }
  return out;
}

/** Lines added and removed, counted as multisets: exact for appended or rewritten files. */
export function lineCounts(before: Buffer | undefined, after: Buffer | undefined): { additions: number; deletions: number } {
  const lines = (b: Buffer | undefined): string[] => (b === undefined || b.length === 0 ? [] : b.toString('utf8').replace(/\n$/, '').split('\n'));
  const old = new Map<string, number>();
  for (const l of lines(before)) old.set(l, (old.get(l) ?? 0) + 1);
  let additions = 0;
  for (const l of lines(after)) {
    const n = old.get(l) ?? 0;
    if (n > 0) old.set(l, n - 1);
    else additions++;
  }
  let deletions = 0;
  for (const n of old.values()) deletions += n;
  return { additions, deletions };
}
