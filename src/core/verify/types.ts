import type { TrustedSigner } from '../config/config.js';
import type { ValidationResult } from '../schema/index.js';

export type VerifyCode =
  | 'NO_BRANCH' // the facts branch does not exist
  | 'UNSIGNED_COMMIT'
  | 'UNTRUSTED_SIGNER' // a valid signature by a key the config does not trust
  | 'BAD_SIGNATURE' // a signature that does not verify (or is not SSH)
  | 'MERGE_COMMIT' // the history must be one line of commits
  | 'INCOMPLETE_HISTORY' // shallow clone, or a commit whose parent is not the one before it
  | 'MISSING_OBJECT' // the repository lacks an object the branch needs
  | 'REWRITTEN_FACTS' // a facts or index file changed other than by appending, or was removed
  | 'REWRITTEN_EVIDENCE' // an evidence file changed or was removed after it was written
  | 'UNEXPECTED_FILE' // a file inside trails/, loose/, index/ or evidence/ that the layout does not allow
  | 'NOT_JSON'
  | 'INVALID_FACT' // against schemas/fact.schema.json
  | 'DUPLICATE_FACT' // the same fact id twice at the tip
  | 'MISPLACED_FACT' // a fact in a file where lookups will not find it
  | 'EVIDENCE_MISMATCH' // evidence bytes that do not hash to their name (or size)
  | 'EVIDENCE_MISSING' // a fact names evidence the tree does not hold
  | 'INDEX_MISMATCH' // an index line without its fact, or a fact without its index line
  | 'CHECKPOINT_NOT_ANCESTOR'
  | 'CHECKPOINT_UNKNOWN'
  | 'HIGH_WATER_NOT_ANCESTOR' // rolled back below the newest decision taken in this repository
  | 'REPLACED_OBJECT'; // an object of the branch is replaced (git replace) or a commit grafted

export interface VerifyProblem {
  code: VerifyCode;
  /** the facts commit that introduced the problem (history checks) */
  commit?: string;
  /** the file in the facts tree */
  path?: string;
  /** 1-based line of `path` at the tip (or, for a rewrite, the first line that changed) */
  line?: number;
  /** what is wrong and what to do */
  message: string;
}

export interface VerifyReport {
  ok: boolean;
  branch: string;
  tip: string | null;
  /** commits walked (the first-parent chain from the tip to the root) */
  commits: number;
  /** fact lines at the tip */
  facts: number;
  /** evidence files at the tip */
  evidence: number;
  checkpoint?: { commit: string; ancestor: boolean };
  /** the newest facts commit a decision was taken on in this repository, and whether the tip still descends from it */
  highWater?: { commit: string; ancestor: boolean };
  problems: VerifyProblem[];
}

export interface VerifyInput {
  /** a git repository (work tree or bare) */
  dir: string;
  branch: string;
  /** read `<remote>/<branch>` when the branch does not exist here (a plain clone) */
  remote?: string;
  /** the config's trust.signers */
  trusted: TrustedSigner[];
  /** a facts commit recorded earlier (full or abbreviated id) that must still be in the history */
  checkpoint?: string;
  /** the high-water mark of decisions taken in this repository: the tip must descend from it */
  highWater?: string;
  /** checks one parsed fact line; defaults to schemas/fact.schema.json */
  validate?: (fact: unknown) => ValidationResult;
  /** the git executable (default `git`) */
  git?: string;
  /** told the number of commits walked so far, after each one (a progress line) */
  progress?: (commits: number) => void;
}
