import { createHash, type Hash } from 'node:crypto';
import { parseCommitHeader } from '../store/local/object-reader.js';
import type { FileCommit, FileHistory } from '../store/fact-store.js';
import { parseClaims, splitLines, type AppendClaim } from './append-claims.js';
import type { CommitVerdict } from './commit-verdict.js';
import { integrityFailure } from './integrity.js';
import type { SignerEntry } from './trusted-keys.js';

/** Who added one line of a facts file. */
export type LineOwner =
  | { trusted: true; commit: FileCommit; entry: SignerEntry }
  /** added by none of the trusted commits: by one of these (untrusted) commits of the file */
  | { trusted: false; commits: { commit: FileCommit; verdict: CommitVerdict }[] };

interface Range {
  commit: FileCommit;
  entry: SignerEntry;
  before: number;
  after: number;
}

/**
 * Which commit added each line of the file at the tip (DESIGN §2a). Each trusted commit declares,
 * in its signed message, the lines it appended and the hash of the file up to them; that hash must
 * still match the tip's first lines, so a trusted line changed, removed or moved since is caught
 * (an integrity failure, thrown). Lines outside every trusted range were appended by the file's
 * other commits: unsigned, untrusted, or signed badly. Commits from before declarations existed
 * are checked by reading the file as they left it.
 */
export async function attributeLines(history: FileHistory, verdicts: readonly CommitVerdict[]): Promise<LineOwner[]> {
  const lines = splitLines(history.text);
  const prefix = new PrefixHashes(lines);
  const ranges: Range[] = [];
  const gaps: { commit: FileCommit; verdict: CommitVerdict }[][] = [[]];
  for (const [i, commit] of history.commits.entries()) {
    const verdict = verdicts[i];
    if (verdict === undefined) continue;
    if (verdict.status !== 'trusted') {
      gaps[gaps.length - 1]?.push({ commit, verdict });
      continue;
    }
    const claim = await claimOf(history, i, lines, prefix);
    const previous = ranges[ranges.length - 1]?.after ?? 0;
    if (claim.before < previous) {
      throw integrityFailure(`${history.path}: lines ${claim.before + 1}-${previous} changed after facts commit ${ranges[ranges.length - 1]?.commit.commit ?? ''} wrote them (seen at facts commit ${commit.commit})`);
    }
    if (claim.before > previous && gaps[gaps.length - 1]?.length === 0) {
      throw integrityFailure(`${history.path}: lines ${previous + 1}-${claim.before} were added by no commit of its history (the history is incomplete: a shallow or partial clone, or rewritten)`);
    }
    ranges.push({ commit, entry: verdict.entry, ...claim });
    gaps.push([]);
  }
  const last = ranges[ranges.length - 1]?.after ?? 0;
  if (lines.length > last && gaps[gaps.length - 1]?.length === 0) {
    throw integrityFailure(`${history.path}: lines ${last + 1}-${lines.length} were added by no commit of its history (the history is incomplete, or an object was replaced)`);
  }
  const owners: LineOwner[] = [];
  let cursor = 0;
  for (const [k, range] of ranges.entries()) {
    while (cursor < range.before) owners[cursor++] = { trusted: false, commits: gaps[k] ?? [] };
    while (cursor < range.after) owners[cursor++] = { trusted: true, commit: range.commit, entry: range.entry };
  }
  while (cursor < lines.length) owners[cursor++] = { trusted: false, commits: gaps[ranges.length] ?? [] };
  return owners;
}

/** The lines a trusted commit appended, checked against the tip. */
async function claimOf(history: FileHistory, i: number, lines: readonly string[], prefix: PrefixHashes): Promise<{ before: number; after: number }> {
  const commit = history.commits[i] as FileCommit;
  const message = parseCommitHeader(commit.payload ?? '').message;
  const parsed = parseClaims(message);
  if (!parsed.ok) throw integrityFailure(`facts commit ${commit.commit} is signed by a trusted key but its message is damaged: ${parsed.problem}`);
  const claim: AppendClaim | undefined = parsed.claims.get(history.path);
  if (claim !== undefined) {
    if (claim.after > lines.length || prefix.of(claim.after) !== claim.sha256) {
      throw integrityFailure(`${history.path}: the lines facts commit ${commit.commit} wrote (1-${claim.after}) were changed or removed later`);
    }
    return claim;
  }
  if (parsed.claims.size > 0) {
    throw integrityFailure(`facts commit ${commit.commit} changed ${history.path} without declaring it, although it is signed by a trusted key`);
  }
  return legacyClaim(history, i, lines);
}

/** A commit written before declarations existed: the file as it left it, and as its parent had it. */
async function legacyClaim(history: FileHistory, i: number, lines: readonly string[]): Promise<{ before: number; after: number }> {
  const commit = history.commits[i] as FileCommit;
  const after = splitLines(await commit.textAfter());
  const before = i === 0 ? [] : splitLines(await history.commits[i - 1]?.textAfter());
  if (!startsWith(after, before)) throw integrityFailure(`${history.path}: facts commit ${commit.commit} changed lines that were there before it`);
  if (!startsWith(lines, after)) throw integrityFailure(`${history.path}: the lines facts commit ${commit.commit} wrote were changed or removed later`);
  return { before: before.length, after: after.length };
}

/** `head` is the start of `lines` (a line past the end of `lines` is undefined, never equal). */
function startsWith(lines: readonly string[], head: readonly string[]): boolean {
  return head.every((line, k) => lines[k] === line);
}

/** sha256 of the first n lines, for increasing n, in one pass over the file. */
class PrefixHashes {
  private readonly hash: Hash = createHash('sha256');
  private fed = 0;
  private readonly known = new Map<number, string>();

  constructor(private readonly lines: readonly string[]) {}

  of(n: number): string {
    const known = this.known.get(n);
    if (known !== undefined) return known;
    if (n < this.fed) {
      const h = createHash('sha256');
      for (const line of this.lines.slice(0, n)) h.update(`${line}\n`);
      return h.digest('hex');
    }
    while (this.fed < n) this.hash.update(`${this.lines[this.fed++] ?? ''}\n`);
    const digest = this.hash.copy().digest('hex');
    this.known.set(n, digest);
    return digest;
  }
}
