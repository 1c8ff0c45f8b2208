import fs from 'node:fs';
import git from 'isomorphic-git';
import { parseTree, type TreeEntry } from './objects.js';

export interface RawObject {
  type: string;
  content: Uint8Array;
}

/** Reads git objects of one repository; the tree walking is shared by every way of reading objects. */
export abstract class ObjectReader {
  /** every object id asked for: a replaced or grafted one among them is an integrity failure */
  readonly seen = new Set<string>();
  /** `readCommitHeader().raw` is the commit object as stored (not a rebuilt one), signature included */
  readonly rawCommits: boolean = true;

  constructor(protected readonly gitdir: string) {}

  abstract read(oid: string): Promise<RawObject>;

  /** Releases what the reader holds (a child process); reading again restarts it. */
  close(): void {}

  async readTree(oid: string): Promise<TreeEntry[]> {
    return parseTree((await this.read(oid)).content);
  }

  /** The commit's tree and parents, read from its header. */
  async readCommitHeader(oid: string): Promise<{ tree: string; parents: string[]; raw: string }> {
    const raw = Buffer.from((await this.read(oid)).content).toString('utf8');
    return { ...parseCommitHeader(raw), raw };
  }

  /** Walks `filepath` from a tree; `undefined` when any part of it is absent. */
  async lookup(treeOid: string, filepath: string): Promise<TreeEntry | undefined> {
    let tree = treeOid;
    const parts = filepath.split('/');
    for (let i = 0; i < parts.length; i++) {
      const entries = await this.readTree(tree);
      const entry = entries.find((e) => e.name === parts[i]);
      if (entry === undefined) return undefined;
      if (i === parts.length - 1) return entry;
      if (entry.mode !== '40000') return undefined;
      tree = entry.oid;
    }
    return undefined;
  }

  async readFile(treeOid: string, filepath: string): Promise<Uint8Array | undefined> {
    const entry = await this.lookup(treeOid, filepath);
    if (entry === undefined || entry.mode === '40000') return undefined;
    return (await this.read(entry.oid)).content;
  }
}

/** Pure JS reads: no git binary needed. One instance keeps isomorphic-git's pack cache warm. */
export class IsoObjectReader extends ObjectReader {
  private readonly cache = {};

  async read(oid: string): Promise<RawObject> {
    this.seen.add(oid);
    const r = await git.readObject({ fs, gitdir: this.gitdir, oid, format: 'content', cache: this.cache });
    return { type: r.type, content: r.object as Uint8Array };
  }
}

export function parseCommitHeader(raw: string): { tree: string; parents: string[]; time: number; message: string } {
  const end = raw.indexOf('\n\n');
  const header = end === -1 ? raw : raw.slice(0, end);
  let tree = '';
  let time = 0;
  const parents: string[] = [];
  for (const line of header.split('\n')) {
    if (line.startsWith('tree ')) tree = line.slice(5);
    else if (line.startsWith('parent ')) parents.push(line.slice(7));
    else if (line.startsWith('committer ')) {
      const m = / (\d+) [+-]\d{4}$/.exec(line);
      if (m?.[1] !== undefined) time = Number(m[1]);
    }
  }
  return { tree, parents, time, message: end === -1 ? '' : raw.slice(end + 2) };
}
