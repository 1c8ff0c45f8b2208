/**
 * A commit object built from a "Create a commit" request, as git writes one: headers, then the
 * signature as a `gpgsig` header (git's add_header_signature: first line after `gpgsig `, every
 * further line after one space), a blank line, and the message bytes as given — GitHub adds no
 * newline to a message without one, so a client that signs must send the message it signed.
 */
import type { Signature } from './git-objects.js';

export interface Identity {
  name: string;
  email: string;
}

export interface CommitInput {
  tree: string;
  parents: readonly string[];
  author: Signature;
  committer: Signature;
  message: string;
  signature?: string;
}

/** The headers git refuses inside an identity (it would split the line). */
function clean(s: string): string {
  return s.replace(/[<>\n]/g, '');
}

function ident(s: Signature): string {
  return `${clean(s.name)} <${clean(s.email)}> ${s.seconds} ${s.offset}`;
}

/** The `gpgsig` header lines for a signature; one without a final newline gets one, as git's always has. */
export function gpgsigHeader(signature: string): string {
  const text = signature.endsWith('\n') ? signature : `${signature}\n`;
  const lines = text.slice(0, -1).split('\n');
  return lines.map((line, i) => (i === 0 ? `gpgsig ${line}` : ` ${line}`)).join('\n') + '\n';
}

export function commitText(c: CommitInput): string {
  const head = [`tree ${c.tree}`, ...c.parents.map((p) => `parent ${p}`), `author ${ident(c.author)}`, `committer ${ident(c.committer)}`].join('\n') + '\n';
  const sig = c.signature === undefined ? '' : gpgsigHeader(c.signature);
  return `${head}${sig}\n${c.message}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * An ISO 8601 date (`YYYY-MM-DDTHH:MM:SSZ`, or with an offset) as git's seconds and offset; the
 * offset given is kept (`+12:00` → `+1200`). Undefined when it is not such a date.
 */
export function parseIsoDate(text: string): { seconds: number; offset: string } | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  const zone = m[8] ?? 'Z';
  const offset = zone === 'Z' ? '+0000' : zone.replace(':', '');
  return { seconds: Math.floor(ms / 1000), offset };
}

/** Seconds since the epoch as GitHub's JSON dates (`2014-11-07T22:01:45Z`). */
export function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
