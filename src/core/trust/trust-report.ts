import type { IgnoredFact } from './ignored.js';

/**
 * What a decision was taken on, and what it did not count (DESIGN §2a): every surface shows it.
 * `schemas/trust-report.schema.json` is its JSON form.
 */
export interface TrustReport {
  /** the facts commit read; null before the facts branch exists */
  factsCommit: string | null;
  /** the high-water mark the tip was checked against (null: none recorded yet), and where it is kept */
  highWater: { commit: string | null; where: string };
  /** every commit from the high-water mark (or the root) to the tip was checked to be one line */
  historyChecked: boolean;
  /** fact lines that do not count, with why */
  ignored: IgnoredFact[];
  /** what else the reader should know (e.g. no high-water mark yet) */
  notes: string[];
  /** the trust root: which config decided (the surface that read it fills it in) */
  config?: {
    /** ref: committed config; github: the default branch through the API; file: a file given explicitly (not reviewed) */
    source: 'ref' | 'github' | 'file';
    path: string;
    ref?: string;
    commit?: string;
    repository?: string;
  };
}
