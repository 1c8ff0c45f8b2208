/**
 * Git objects byte for byte as git writes them: ids are SHA-1 of `<type> <len>\0<body>`, trees
 * are sorted as git sorts them (a tree compares as `name/`) and store `40000` for directories.
 */
import { createHash } from 'node:crypto';

export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag';

export interface GitObject {
  type: ObjectType;
  body: Buffer;
}

/** A tree entry with the mode as the REST API spells it (`040000` for a directory). */
export interface TreeEntry {
  mode: ApiMode;
  name: string;
  sha: string;
}

export const API_MODES = ['100644', '100755', '040000', '160000', '120000'] as const;
export type ApiMode = (typeof API_MODES)[number];

export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export function isObjectType(type: string): type is ObjectType {
  return type === 'blob' || type === 'tree' || type === 'commit' || type === 'tag';
}

export function isApiMode(mode: unknown): mode is ApiMode {
  return typeof mode === 'string' && (API_MODES as readonly string[]).includes(mode);
}

export function hashObject(type: ObjectType, body: Uint8Array): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

/** The kind of object an entry of that mode points to. */
export function typeOfMode(mode: ApiMode): 'blob' | 'tree' | 'commit' {
  if (mode === '040000') return 'tree';
  if (mode === '160000') return 'commit';
  return 'blob';
}

function sortKey(e: TreeEntry): Buffer {
  // only real directories sort as `name/`; a submodule (160000) sorts by its bare name
  return Buffer.from(e.mode === '040000' ? `${e.name}/` : e.name, 'utf8');
}

export function serializeTree(entries: readonly TreeEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => Buffer.compare(sortKey(a), sortKey(b)));
  const parts: Buffer[] = [];
  for (const e of sorted) {
    const mode = e.mode === '040000' ? '40000' : e.mode;
    parts.push(Buffer.from(`${mode} ${e.name}\0`, 'utf8'), Buffer.from(e.sha, 'hex'));
  }
  return Buffer.concat(parts);
}

/** Entries in stored (git) order; modes normalised to the API's spelling. */
export function parseTree(body: Buffer): TreeEntry[] {
  const out: TreeEntry[] = [];
  let i = 0;
  while (i < body.length) {
    const space = body.indexOf(0x20, i);
    const nul = body.indexOf(0, space);
    if (space < 0 || nul < 0 || nul + 21 > body.length) throw new Error('fake-github: unreadable tree object');
    const raw = body.toString('latin1', i, space);
    const mode = raw === '40000' ? '040000' : raw;
    if (!isApiMode(mode)) throw new Error(`fake-github: tree entry with unknown mode ${raw}`);
    out.push({ mode, name: body.toString('utf8', space + 1, nul), sha: body.toString('hex', nul + 1, nul + 21) });
    i = nul + 21;
  }
  return out;
}

export interface Signature {
  name: string;
  email: string;
  /** seconds since the epoch */
  seconds: number;
  /** `+0000`, `-0130`… */
  offset: string;
}

export interface ParsedCommit {
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  /** the `gpgsig` header's value, continuation spaces removed, or undefined */
  gpgsig?: string;
  /** the object without its gpgsig header: what a signature signs */
  payload: string;
  message: string;
}

const IDENT = /^(.*) <([^>]*)> (\d+) ([+-]\d{4})$/;

function parseIdent(text: string): Signature {
  const m = IDENT.exec(text);
  if (!m) return { name: text, email: '', seconds: 0, offset: '+0000' };
  return { name: m[1] ?? '', email: m[2] ?? '', seconds: Number(m[3]), offset: m[4] ?? '+0000' };
}

export function parseCommit(body: Buffer): ParsedCommit {
  const text = body.toString('utf8');
  const end = text.indexOf('\n\n');
  const head = end < 0 ? text : text.slice(0, end);
  const message = end < 0 ? '' : text.slice(end + 2);
  const parents: string[] = [];
  let tree = '';
  let author = parseIdent('');
  let committer = author;
  let gpgsig: string | undefined;
  let payloadHead = '';
  let inSig = false;
  for (const line of head.split('\n')) {
    if (inSig && line.startsWith(' ')) {
      gpgsig += `${line.slice(1)}\n`;
      continue;
    }
    inSig = false;
    if (line.startsWith('gpgsig ')) {
      gpgsig = `${line.slice(7)}\n`;
      inSig = true;
      continue;
    }
    payloadHead += `${line}\n`;
    const sp = line.indexOf(' ');
    const key = line.slice(0, sp);
    const value = line.slice(sp + 1);
    if (key === 'tree') tree = value;
    else if (key === 'parent') parents.push(value);
    else if (key === 'author') author = parseIdent(value);
    else if (key === 'committer') committer = parseIdent(value);
  }
  const payload = end < 0 ? payloadHead : `${payloadHead}\n${message}`;
  return { tree, parents, author, committer, ...(gpgsig !== undefined ? { gpgsig } : {}), payload, message };
}
