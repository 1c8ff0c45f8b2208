/**
 * "Create a tree": entries (nested paths allowed) applied in order on top of `base_tree`; an entry
 * with `sha: null` deletes its path (an error when the path is absent, as documented); a path
 * through a file replaces that file with a folder ("will overwrite the contents of the tree with
 * the new path contents"). Folders left empty by deletions are dropped, as git never stores them.
 */
import { isApiMode, serializeTree, typeOfMode, type ApiMode, type TreeEntry } from './git-objects.js';
import { invalid } from './http-kit.js';
import type { Repository } from './repository.js';

interface TreeNode {
  entries: Map<string, TreeEntry>;
  /** folders opened for editing, by name */
  open: Map<string, TreeNode>;
}

export interface TreeEdit {
  path: string;
  mode: ApiMode;
  /** object id, `null` to delete */
  sha: string | null;
}

function load(repo: Repository, sha: string | undefined): TreeNode {
  const entries = new Map<string, TreeEntry>();
  for (const e of sha === undefined ? [] : (repo.tree(sha) ?? [])) entries.set(e.name, e);
  return { entries, open: new Map() };
}

/** Checks one `tree[]` item of the request body; a `content` item becomes a blob here. */
export function readEdit(repo: Repository, item: unknown): TreeEdit {
  if (typeof item !== 'object' || item === null) throw invalid('tree items must be objects with path, mode, type and sha or content');
  const { path, mode, type, sha, content } = item as Record<string, unknown>;
  if (typeof path !== 'string' || path === '' || path.split('/').some((p) => p === '' || p === '.' || p === '..' || p === '.git')) {
    throw invalid(`tree.path ${JSON.stringify(path)} is not a valid path`);
  }
  // a deletion needs no mode: nothing is written for it
  if (sha === null && content === undefined) return { path, mode: isApiMode(mode) ? mode : '100644', sha: null };
  if (!isApiMode(mode)) throw invalid(`tree.mode ${JSON.stringify(mode)} is not one of 100644, 100755, 040000, 160000, 120000`);
  const kind = typeOfMode(mode);
  if (type !== undefined && type !== kind) throw invalid(`tree.type ${JSON.stringify(type)} does not match tree.mode ${mode}`);
  if (sha !== undefined && content !== undefined) throw invalid('tree.sha and tree.content cannot both be supplied');
  if (content !== undefined) {
    if (typeof content !== 'string' || kind !== 'blob') throw invalid('tree.content must be a string, for a blob entry');
    return { path, mode, sha: repo.write('blob', Buffer.from(content, 'utf8')) };
  }
  if (typeof sha !== 'string') throw invalid('Must supply either tree.sha or tree.content');
  // a submodule names a commit of another repository: it need not exist here
  if (kind !== 'commit' && repo.object(sha, kind) === undefined) throw invalid(`tree.sha ${sha} is not a valid ${kind}`);
  return { path, mode, sha };
}

function folder(repo: Repository, node: TreeNode, name: string, creating: boolean): TreeNode | undefined {
  const opened = node.open.get(name);
  if (opened !== undefined) return opened;
  const entry = node.entries.get(name);
  if (entry === undefined && !creating) return undefined;
  if (entry !== undefined && entry.mode !== '040000' && !creating) return undefined;
  const child = load(repo, entry?.mode === '040000' ? entry.sha : undefined);
  node.open.set(name, child);
  return child;
}

function apply(repo: Repository, root: TreeNode, edit: TreeEdit): void {
  const parts = edit.path.split('/');
  const leaf = parts.pop() as string;
  let node: TreeNode | undefined = root;
  for (const part of parts) {
    node = folder(repo, node, part, edit.sha !== null);
    if (node === undefined) throw invalid(`tree.path ${edit.path} does not exist and cannot be deleted`);
  }
  const present = node.open.has(leaf) ? node.open.get(leaf)?.entries.size !== 0 : node.entries.has(leaf);
  node.open.delete(leaf);
  if (edit.sha === null) {
    if (!present) throw invalid(`tree.path ${edit.path} does not exist and cannot be deleted`);
    node.entries.delete(leaf);
    return;
  }
  node.entries.set(leaf, { mode: edit.mode, name: leaf, sha: edit.sha });
}

/** Writes the edited folders bottom-up; undefined for a folder left empty. */
function save(repo: Repository, node: TreeNode, isRoot: boolean): string | undefined {
  for (const [name, child] of node.open) {
    const sha = save(repo, child, false);
    if (sha === undefined) node.entries.delete(name);
    else node.entries.set(name, { mode: '040000', name, sha });
  }
  if (node.entries.size === 0 && !isRoot) return undefined;
  return repo.write('tree', serializeTree([...node.entries.values()]));
}

export function buildTree(repo: Repository, baseTree: string | undefined, edits: readonly TreeEdit[]): string {
  const root = load(repo, baseTree);
  for (const edit of edits) apply(repo, root, edit);
  return save(repo, root, true) as string;
}
