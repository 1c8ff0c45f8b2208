import type { Fact } from '../model/fact.js';
import { parseCommitHeader } from '../store/local/object-reader.js';
import type { FileCommit, FileHistory } from '../store/fact-store.js';
import { splitLines } from './append-claims.js';
import { attributeLines, type LineOwner } from './attribute-lines.js';
import { authorityProblem } from './authority.js';
import { commitVerdict, verdictText, type CommitVerdict } from './commit-verdict.js';
import type { IgnoredFact, IgnoreReason } from './ignored.js';
import { integrityFailure } from './integrity.js';
import type { SignerEntry, TrustedKeys } from './trusted-keys.js';

/** A fact that counts: who added it, in which facts commit. */
export interface CountedFact {
  fact: Fact;
  /** the facts commit that added it */
  commit: string;
  /** that commit's committer time (UTC ISO-8601), as signed */
  time: string;
  /** the principal of the trusted key that signed that commit */
  signer: string;
}

export interface FileTrust {
  path: string;
  counted: CountedFact[];
  ignored: IgnoredFact[];
}

export interface FileTrustOptions {
  keys: TrustedKeys;
  /** how far a fact's `ts` may be ahead of its commit's committer time (clocks differ a little) */
  skewMs: number;
  /** whether `commit` is `until` or one of its ancestors (for retired keys) */
  isAncestor: (commit: string, until: string) => Promise<boolean>;
}

/** Five minutes: CI clocks and GitHub's differ by seconds; a fact dated later than that was not written then. */
export const DEFAULT_SKEW_MS = 5 * 60 * 1000;

/**
 * The facts of one file that count (DESIGN §2a), each with the commit that added it and its signer,
 * and every line that does not, with why. A commit that rewrote lines is thrown as an integrity
 * failure; an untrusted append is only ignored.
 */
export async function fileTrust(history: FileHistory, options: FileTrustOptions): Promise<FileTrust> {
  const verdicts = history.commits.map((c) => {
    if (c.unreadable !== undefined) throw integrityFailure(`${history.path}: ${c.unreadable}`);
    return commitVerdict(c, options.keys);
  });
  const owners = await attributeLines(history, verdicts);
  const counted: CountedFact[] = [];
  const ignored: IgnoredFact[] = [];
  const seen = new Set<string>();
  for (const [k, text] of splitLines(history.text).entries()) {
    const owner = owners[k] as LineOwner;
    const fact = parseFact(text);
    const at = { path: history.path, line: k + 1, ...(fact !== undefined ? { id: fact.id, kind: fact.kind } : {}) };
    if (!owner.trusted) {
      ignored.push({ ...at, ...untrustedCause(owner.commits) });
      continue;
    }
    if (fact === undefined) throw integrityFailure(`${history.path}:${k + 1}, written by trusted facts commit ${owner.commit.commit}, is not a fact`);
    const problem = await factProblem(fact, owner.entry, owner.commit, options);
    if (problem !== undefined) {
      ignored.push({ ...at, commit: owner.commit.commit, ...problem });
      continue;
    }
    if (seen.has(fact.id)) continue;
    seen.add(fact.id);
    const time = new Date(parseCommitHeader(owner.commit.payload ?? '').time * 1000).toISOString();
    counted.push({ fact, commit: owner.commit.commit, time, signer: owner.entry.signer.principal });
  }
  return { path: history.path, counted, ignored };
}

/**
 * Why a fact appended by a commit that `entry`'s key signed does not count, or undefined when it
 * does: the key's authority, its retirement, and the fact's date against the commit's.
 */
export async function factProblem(
  fact: Fact,
  entry: SignerEntry,
  commit: Pick<FileCommit, 'commit' | 'payload'>,
  options: Pick<FileTrustOptions, 'skewMs' | 'isAncestor'>,
): Promise<{ reason: IgnoreReason; detail: string } | undefined> {
  const { signer } = entry;
  const authority = authorityProblem(signer, fact);
  if (authority !== undefined) return { reason: 'no-authority', detail: authority };
  if (signer.until !== undefined && !(await options.isAncestor(commit.commit, signer.until))) {
    return { reason: 'retired-key', detail: `${signer.principal}'s key was retired at facts commit ${signer.until.slice(0, 7)} (until:), and this commit came after it` };
  }
  const committed = parseCommitHeader(commit.payload ?? '').time * 1000;
  const ts = Date.parse(fact.ts);
  if (!(ts <= committed + options.skewMs)) {
    return { reason: 'future-timestamp', detail: `dated ${fact.ts}, later than the commit that added it (${new Date(committed).toISOString()})` };
  }
  return undefined;
}

/** Names the commit that appended untrusted lines: the one, or the first of several, with the reason. */
function untrustedCause(commits: { commit: { commit: string }; verdict: CommitVerdict }[]): { commit?: string; reason: IgnoreReason; detail: string } {
  // never empty: attributeLines fails closed on lines that no commit of the history added
  const first = commits[0] as (typeof commits)[number];
  const reason: IgnoreReason =
    first.verdict.status === 'unsigned' ? 'unsigned' : first.verdict.status === 'untrusted' ? 'untrusted-key' : 'bad-signature';
  const more = commits.length > 1 ? ` (or one of ${commits.length - 1} later untrusted commit${commits.length > 2 ? 's' : ''}: ${commits.slice(1, 4).map((c) => c.commit.commit.slice(0, 7)).join(', ')})` : '';
  return { commit: first.commit.commit, reason, detail: `${verdictText(first.verdict)}${more}` };
}

function parseFact(text: string): Fact | undefined {
  let fact: Partial<Fact> | null;
  try {
    fact = JSON.parse(text) as Partial<Fact> | null;
  } catch {
    return undefined;
  }
  // a number, string, boolean or array has none of these fields: only null needs the `?.`
  return typeof fact?.id === 'string' && typeof fact.kind === 'string' && typeof fact.ts === 'string' && typeof fact.actor === 'string' ? (fact as Fact) : undefined;
}
