/**
 * One repository held in memory: its objects, its refs and its branch protections. Every method is
 * synchronous, so a check-and-set inside one request can never interleave with another request.
 */
import { hashObject, parseCommit, parseTree, type GitObject, type ObjectType, type ParsedCommit, type TreeEntry } from './git-objects.js';

export interface RepositorySettings {
  owner: string;
  name: string;
  defaultBranch: string;
  private: boolean;
  id: number;
}

const HEX40 = /^[0-9a-f]{40}$/;

export class Repository {
  readonly objects = new Map<string, GitObject>();
  /** full ref name (`refs/heads/main`) → object id */
  readonly refs = new Map<string, string>();
  readonly protectedBranches = new Map<string, string>();
  // parsed trees and commits are kept, bounded, because history walks re-read them a lot
  private readonly treeCache = new Map<string, TreeEntry[]>();
  private readonly commitCache = new Map<string, ParsedCommit>();
  private readonly generations = new Map<string, number>();

  constructor(readonly settings: RepositorySettings) {}

  get fullName(): string {
    return `${this.settings.owner}/${this.settings.name}`;
  }

  /** GitHub calls a repository without any branch empty, whatever objects it holds. */
  get isEmpty(): boolean {
    for (const ref of this.refs.keys()) if (ref.startsWith('refs/heads/')) return false;
    return true;
  }

  write(type: ObjectType, body: Buffer): string {
    const sha = hashObject(type, body);
    if (!this.objects.has(sha)) this.objects.set(sha, { type, body });
    return sha;
  }

  /** Stores an object whose id the caller already knows (imports from git, which checked it). */
  put(sha: string, type: ObjectType, body: Buffer): void {
    if (!this.objects.has(sha)) this.objects.set(sha, { type, body });
  }

  object(sha: string, type?: ObjectType): GitObject | undefined {
    const o = HEX40.test(sha) ? this.objects.get(sha) : undefined;
    return o !== undefined && (type === undefined || o.type === type) ? o : undefined;
  }

  tree(sha: string): TreeEntry[] | undefined {
    const cached = this.treeCache.get(sha);
    if (cached !== undefined) return cached;
    const o = this.object(sha, 'tree');
    if (o === undefined) return undefined;
    const entries = parseTree(o.body);
    remember(this.treeCache, sha, entries);
    return entries;
  }

  commit(sha: string): ParsedCommit | undefined {
    const cached = this.commitCache.get(sha);
    if (cached !== undefined) return cached;
    const o = this.object(sha, 'commit');
    if (o === undefined) return undefined;
    const parsed = parseCommit(o.body);
    remember(this.commitCache, sha, parsed);
    return parsed;
  }

  /** A commit's tree and parents read straight from its first lines (git always writes them first). */
  links(sha: string): { tree: string; parents: string[] } | undefined {
    const body = this.object(sha, 'commit')?.body;
    if (body === undefined) return undefined;
    const parents: string[] = [];
    for (let at = 46; body.toString('latin1', at, at + 7) === 'parent '; at += 48) parents.push(body.toString('latin1', at + 7, at + 47));
    return { tree: body.toString('latin1', 5, 45), parents };
  }

  /** One entry of a tree, found by scanning its bytes (no parse of the whole tree). */
  lookup(treeSha: string, name: string): TreeEntry | undefined {
    const cached = this.treeCache.get(treeSha);
    if (cached !== undefined) return cached.find((e) => e.name === name);
    const body = this.object(treeSha, 'tree')?.body;
    if (body === undefined) return undefined;
    const want = Buffer.from(name, 'utf8');
    for (let i = 0; i < body.length; ) {
      const space = body.indexOf(0x20, i);
      const nul = body.indexOf(0, space);
      if (space < 0 || nul < 0) return undefined;
      if (nul - space - 1 === want.length && body.compare(want, 0, want.length, space + 1, nul) === 0) {
        const raw = body.toString('latin1', i, space);
        return { mode: (raw === '40000' ? '040000' : raw) as TreeEntry['mode'], name, sha: body.toString('hex', nul + 1, nul + 21) };
      }
      i = nul + 21;
    }
    return undefined;
  }

  /** A branch, tag, `heads/x`, full ref or commit id as the commit it names. */
  resolveCommit(ref: string): string | undefined {
    const named = this.refs.get(`refs/heads/${ref}`) ?? this.refs.get(`refs/tags/${ref}`) ?? this.refs.get(`refs/${ref}`) ?? this.refs.get(ref);
    let sha = named ?? (HEX40.test(ref) ? ref : undefined);
    // an annotated tag names its target
    for (let hops = 0; sha !== undefined && hops < 10; hops++) {
      const o = this.object(sha);
      if (o?.type === 'commit') return sha;
      if (o?.type !== 'tag') return undefined;
      sha = /^object ([0-9a-f]{40})/.exec(o.body.toString('latin1'))?.[1];
    }
    return undefined;
  }

  /** The entry at `path` (slash-separated) under a tree; the root itself for ''. */
  entryAt(treeSha: string, path: string): TreeEntry | undefined {
    if (path === '') return { mode: '040000', name: '', sha: treeSha };
    let current: TreeEntry | undefined;
    let tree: string | undefined = treeSha;
    for (const part of path.split('/')) {
      current = tree === undefined ? undefined : this.lookup(tree, part);
      if (current === undefined) return undefined;
      tree = current.mode === '040000' ? current.sha : undefined;
    }
    return current;
  }

  /**
   * Whether `ancestor` is `descendant` or reachable from it through parents. Commits of a lower
   * generation than `ancestor` cannot reach it, so a refused fast-forward on a long history is
   * answered without walking it (git's commit-graph does the same).
   */
  isAncestor(ancestor: string, descendant: string): boolean {
    const floor = this.generation(ancestor);
    const seen = new Set<string>();
    const queue = [descendant];
    while (queue.length > 0) {
      const sha = queue.pop() as string;
      if (sha === ancestor) return true;
      if (seen.has(sha) || this.generation(sha) < floor) continue;
      seen.add(sha);
      queue.push(...(this.links(sha)?.parents ?? []));
    }
    return false;
  }

  /** 1 for a root commit, else one more than its highest parent (0 for what is not a commit); kept, as objects never change. */
  generation(sha: string): number {
    const stack = [sha];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as string;
      if (this.generations.has(top)) {
        stack.pop();
        continue;
      }
      const parents = this.links(top)?.parents;
      if (parents === undefined) {
        this.generations.set(top, 0);
        continue;
      }
      const missing = parents.filter((p) => !this.generations.has(p));
      if (missing.length > 0) {
        stack.push(...missing);
        continue;
      }
      this.generations.set(top, 1 + Math.max(0, ...parents.map((p) => this.generations.get(p) ?? 0)));
      stack.pop();
    }
    return this.generations.get(sha) ?? 0;
  }

  /** The protection message for a branch, if it is protected. */
  protection(fullRef: string): string | undefined {
    return fullRef.startsWith('refs/heads/') ? this.protectedBranches.get(fullRef.slice('refs/heads/'.length)) : undefined;
  }
}

const CACHE_LIMIT = 50_000;

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}
