import { createHash } from 'node:crypto';

/**
 * What a facts commit declares it appended to each facts file, in its (signed) message:
 *
 *   Factstore-Append: trails/payment-service/3f/t1.ndjson 4 5 <sha256 hex>
 *
 * The file had 4 lines before the commit and 5 after, and the first 5 lines hash to the sha256
 * (each line with its `\n`). A trusted commit's declaration is covered by its signature, so a
 * reader holding only the file at the tip and the commits that touched it (their messages) can
 * tell which lines each trusted commit added, and that none of them changed since: no older
 * version of the file is read. That keeps a decision's trust check at a few requests on GitHub.
 */
export interface AppendClaim {
  path: string;
  /** lines before the commit */
  before: number;
  /** lines after the commit */
  after: number;
  /** sha256 hex of the first `after` lines, each with its `\n` */
  sha256: string;
}

const PREFIX = 'Factstore-Append: ';
const LINE = /^Factstore-Append: (\S+) (\d{1,9}) (\d{1,9}) ([0-9a-f]{64})$/;

/** The trailer lines for a commit message. */
export function formatClaims(claims: readonly AppendClaim[]): string {
  return claims.map((c) => `${PREFIX}${c.path} ${c.before} ${c.after} ${c.sha256}`).join('\n');
}

export type ParsedClaims = { ok: true; claims: Map<string, AppendClaim> } | { ok: false; problem: string };

/** The claims a commit message makes; a malformed or contradictory one is a problem, never ignored. */
export function parseClaims(message: string): ParsedClaims {
  const claims = new Map<string, AppendClaim>();
  for (const line of message.split('\n')) {
    if (!line.startsWith(PREFIX)) continue;
    const m = LINE.exec(line);
    if (m === null) return { ok: false, problem: `malformed append declaration ${JSON.stringify(line.slice(0, 120))}` };
    const [, path = '', before = '', after = '', sha256 = ''] = m;
    const claim = { path, before: Number(before), after: Number(after), sha256 };
    if (claim.after < claim.before) return { ok: false, problem: `append declaration for ${path} shrinks the file` };
    if (claims.has(path)) return { ok: false, problem: `two append declarations for ${path}` };
    claims.set(path, claim);
  }
  return { ok: true, claims };
}

/** The claim for a file that went from `before` to `after` (both whole file texts). */
export function claimFor(path: string, before: string, after: string): AppendClaim {
  const lines = splitLines(after);
  return { path, before: splitLines(before).length, after: lines.length, sha256: linesHash(lines) };
}

/** sha256 hex of lines, each followed by `\n`. */
export function linesHash(lines: readonly string[]): string {
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return hash.digest('hex');
}

/** NDJSON text as lines: a final newline ends the last line, it does not start an empty one. */
export function splitLines(text: string | undefined): string[] {
  // '' splits into one empty line, which the final-newline rule then drops
  if (text === undefined) return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
