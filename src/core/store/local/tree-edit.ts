import type { ObjectReader } from './object-reader.js';
import { serializeTree, writeLooseObject, type TreeEntry } from './objects.js';

/**
 * Writes new trees for a set of file edits on top of `base` (path → blob oid), touching only the
 * trees along the edited paths: the cost of a write does not grow with the store.
 */
export async function editTree(
  reader: ObjectReader,
  gitdir: string,
  base: string | undefined,
  edits: Map<string, string>,
): Promise<string> {
  const entries: TreeEntry[] = base === undefined ? [] : await reader.readTree(base);
  const files = new Map<string, string>();
  const dirs = new Map<string, Map<string, string>>();
  for (const [p, oid] of edits) {
    const slash = p.indexOf('/');
    if (slash === -1) {
      files.set(p, oid);
    } else {
      const head = p.slice(0, slash);
      let sub = dirs.get(head);
      if (sub === undefined) dirs.set(head, (sub = new Map<string, string>()));
      sub.set(p.slice(slash + 1), oid);
    }
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  for (const [name, oid] of files) byName.set(name, { mode: '100644', name, oid });
  for (const [name, sub] of dirs) {
    const existing = byName.get(name);
    const subBase = existing?.mode === '40000' ? existing.oid : undefined;
    byName.set(name, { mode: '40000', name, oid: await editTree(reader, gitdir, subBase, sub) });
  }
  return writeLooseObject(gitdir, 'tree', serializeTree([...byName.values()]));
}
