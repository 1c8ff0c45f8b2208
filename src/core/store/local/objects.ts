import { createHash, randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

export type ObjectType = 'blob' | 'tree' | 'commit';

export interface TreeEntry {
  /** '100644' for files, '40000' for trees (git's canonical form: no leading zero) */
  mode: string;
  name: string;
  oid: string;
}

export function hashObject(type: ObjectType, content: Uint8Array): string {
  const header = Buffer.from(`${type} ${content.length}\0`);
  return createHash('sha1').update(header).update(content).digest('hex');
}

/**
 * Writes a loose object atomically (temp file + rename) so concurrent writers and readers never
 * see a half-written object; an object that is already there is left alone.
 */
export async function writeLooseObject(gitdir: string, type: ObjectType, content: Uint8Array): Promise<string> {
  const oid = hashObject(type, content);
  const dir = path.join(gitdir, 'objects', oid.slice(0, 2));
  const file = path.join(dir, oid.slice(2));
  try {
    await fsp.access(file);
    return oid;
  } catch {
    // not there yet
  }
  await fsp.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `tmp_obj_${process.pid}_${randomBytes(6).toString('hex')}`);
  const header = Buffer.from(`${type} ${content.length}\0`);
  await fsp.writeFile(tmp, deflateSync(Buffer.concat([header, content])), { mode: 0o444 });
  await fsp.rename(tmp, file);
  return oid;
}

function entryKey(e: TreeEntry): string {
  return e.mode === '40000' ? `${e.name}/` : e.name;
}

/** Serialises a tree in git's order (directories sort as if their name ended in '/'). */
export function serializeTree(entries: TreeEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => {
    const ka = Buffer.from(entryKey(a));
    const kb = Buffer.from(entryKey(b));
    return Buffer.compare(ka, kb);
  });
  const parts: Buffer[] = [];
  for (const e of sorted) {
    parts.push(Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.oid, 'hex'));
  }
  return Buffer.concat(parts);
}

/** Parses a raw tree object. */
export function parseTree(content: Uint8Array): TreeEntry[] {
  const buf = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const out: TreeEntry[] = [];
  let i = 0;
  while (i < buf.length) {
    const space = buf.indexOf(0x20, i);
    const nul = buf.indexOf(0, space);
    const mode = buf.toString('latin1', i, space);
    const name = buf.toString('utf8', space + 1, nul);
    const oid = buf.toString('hex', nul + 1, nul + 21);
    out.push({ mode: mode === '040000' ? '40000' : mode, name, oid });
    i = nul + 21;
  }
  return out;
}
