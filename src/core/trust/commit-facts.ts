import type { TrustedSigner } from '../config/config.js';
import type { Fact } from '../model/fact.js';
import { splitSignedCommit } from '../signing/commit-signature.js';
import { commitVerdict, verdictText } from './commit-verdict.js';
import { DEFAULT_SKEW_MS, factProblem } from './file-trust.js';
import type { IgnoreReason } from './ignored.js';
import { TrustedKeys } from './trusted-keys.js';

/** Whether one fact of a commit counts: its signer, or why not. */
export type FactStanding = { counts: true; signer: string } | { counts: false; reason: IgnoreReason; detail: string };

/**
 * Judges facts commit by commit, as the audit log walks them: the commit's signature against
 * `trust.signers`, then each fact against its signer's authority, retirement and the commit's time.
 */
export class CommitJudge {
  private readonly keys: TrustedKeys;

  constructor(
    signers: readonly TrustedSigner[],
    private readonly isAncestor: (commit: string, until: string) => Promise<boolean>,
    private readonly skewMs = DEFAULT_SKEW_MS,
  ) {
    this.keys = new TrustedKeys(signers);
  }

  /** `raw`: the commit object as stored; undefined when the back-end cannot give it (then nothing counts). */
  async judge(commit: string, raw: string | undefined, facts: readonly Fact[]): Promise<FactStanding[]> {
    if (raw === undefined) return facts.map(() => ({ counts: false, reason: 'bad-signature', detail: 'the commit could not be read to check its signature' }));
    const { payload, signature } = splitSignedCommit(raw);
    const verdict = commitVerdict({ payload, signature }, this.keys);
    if (verdict.status !== 'trusted') {
      const reason: IgnoreReason = verdict.status === 'unsigned' ? 'unsigned' : verdict.status === 'untrusted' ? 'untrusted-key' : 'bad-signature';
      return facts.map(() => ({ counts: false, reason, detail: verdictText(verdict) }));
    }
    const out: FactStanding[] = [];
    for (const fact of facts) {
      const problem = await factProblem(fact, verdict.entry, { commit, payload }, { skewMs: this.skewMs, isAncestor: this.isAncestor });
      out.push(problem === undefined ? { counts: true, signer: verdict.entry.signer.principal } : { counts: false, ...problem });
    }
    return out;
  }
}
