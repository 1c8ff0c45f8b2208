import fs from 'node:fs';
import git from 'isomorphic-git';
import { parseTree, type TreeEntry } from './objects.js';

/** Reads git objects of one repository; one instance per process keeps isomorphic-git's pack cache warm. */
export class ObjectReader {
  private readonly cache = {};
  constructor(private readonly gitdir: string) {}

  async read(oid: string): Promise<{ type: string; content: Uint8Array }> {
    const r = await git.readObject({ fs, gitdir: this.gitdir, oid, format: 'content', cache: this.cache });
    return { type: r.type, content: r.object as Uint8Array };
  }

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
