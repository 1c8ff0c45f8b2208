/** Why a fact line on the facts branch does not count (DESIGN §2a). */
export type IgnoreReason =
  /** added by a commit with no signature */
  | 'unsigned'
  /** added by a commit signed by a key trust.signers does not list */
  | 'untrusted-key'
  /** added by a commit whose signature does not verify */
  | 'bad-signature'
  /** the signer's entry may not record this kind of fact, or for this actor */
  | 'no-authority'
  /** the signer's key was retired (`until:`) before the commit that added it */
  | 'retired-key'
  /** dated later than the commit that added it */
  | 'future-timestamp'
  /** a trusted line that is not a fact */
  | 'not-a-fact';

/** A fact line that does not count, and why: every surface reports these, never silently. */
export interface IgnoredFact {
  /** the facts file */
  path: string;
  /** 1-based line at the facts commit read */
  line: number;
  /** the facts commit that added it (for an untrusted append, the one among the file's commits that did) */
  commit?: string;
  /** the fact's id and kind, when the line is a fact */
  id?: string;
  kind?: string;
  reason: IgnoreReason;
  /** what is wrong, for people */
  detail: string;
}

/**
 * "2 facts ignored: added by commit 3179c30, unsigned" — one line per commit and reason, so a
 * surface can show what it did not count in a few words.
 */
export function describeIgnored(ignored: readonly IgnoredFact[]): string[] {
  const groups = new Map<string, { count: number; commit: string | undefined; detail: string }>();
  for (const i of ignored) {
    const key = `${i.commit ?? ''}\u0000${i.detail}`;
    const group = groups.get(key) ?? { count: 0, commit: i.commit, detail: i.detail };
    group.count++;
    groups.set(key, group);
  }
  return [...groups.values()].map(
    (g) => `${g.count} fact${g.count === 1 ? '' : 's'} ignored: ${g.commit !== undefined ? `added by commit ${g.commit.slice(0, 7)}, ` : ''}${g.detail}`,
  );
}
