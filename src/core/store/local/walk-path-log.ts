import type { PathChange, PathCommit } from './path-changes.js';
import { parseCommitHeader, type ObjectReader } from './object-reader.js';
import type { TreeEntry } from './objects.js';

/**
 * What `nativePathLog` answers, for stores read without native git: walks the first-parent chain
 * from `start` and compares the entry at `path` of each commit with its parent's. With
 * `stopAtCreation` (one file) the walk ends below the commit that created the file; otherwise,
 * or when the file is absent from `start` (never written, or removed), at the root.
 */
export async function walkPathLog(reader: ObjectReader, start: string, path: string, stopAtCreation: boolean): Promise<PathCommit[]> {
  const chain: { commit: string; time: number; entry: TreeEntry | undefined }[] = [];
  let seen = false;
  for (let commit: string | undefined = start; commit !== undefined; ) {
    const header = parseCommitHeader(Buffer.from((await reader.read(commit)).content).toString('utf8'));
    const entry = await reader.lookup(header.tree, path);
    chain.push({ commit, time: header.time, entry });
    seen ||= entry !== undefined;
    commit = stopAtCreation && seen && entry === undefined ? undefined : header.parents[0];
  }
  const out: PathCommit[] = [];
  let before: TreeEntry | undefined;
  for (const { commit, time, entry } of chain.reverse()) {
    if (entry?.oid !== before?.oid) {
      const changes = diffFiles(await filesAt(reader, path, before), await filesAt(reader, path, entry));
      if (changes.length > 0) out.push({ commit, time, changes });
    }
    before = entry;
  }
  return out;
}

/** Every file at or under `path`: path → blob id. */
async function filesAt(reader: ObjectReader, path: string, entry: TreeEntry | undefined): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if (entry === undefined) return files;
  if (entry.mode !== '40000') return files.set(path, entry.oid);
  for (const child of await reader.readTree(entry.oid)) {
    for (const [p, oid] of await filesAt(reader, `${path}/${child.name}`, child)) files.set(p, oid);
  }
  return files;
}

function diffFiles(before: Map<string, string>, after: Map<string, string>): PathChange[] {
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  return paths
    .map((path) => ({ path, oldOid: before.get(path), newOid: after.get(path) }))
    .filter((c) => c.oldOid !== c.newOid);
}
