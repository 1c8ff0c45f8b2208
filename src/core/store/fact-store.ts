import type { Fact } from '../model/fact.js';

export interface TrailRef {
  flow: string;
  trail: string;
}

export interface EvidenceBlob {
  /** `sha256:<64 hex>` of `bytes`; the store re-checks it. */
  sha256: string;
  bytes: Uint8Array;
}

export interface AppendRequest {
  facts: Fact[];
  evidence?: EvidenceBlob[];
  /** First line of the commit message; the store adds a summary of the facts. */
  message?: string;
}

export interface AppendResult {
  /** The facts commit that now holds the facts; `undefined` when every fact was already there. */
  commit: string | undefined;
  written: Fact[];
  /** Facts whose id was already in the store (idempotent re-runs). */
  skipped: Fact[];
  /** How many compare-and-swap attempts the write took. */
  attempts: number;
}

export interface HistoryEntry {
  commit: string;
  parents: string[];
  /** Committer time, UTC ISO-8601. */
  time: string;
  message: string;
  /** Facts added by this commit, in file order. */
  facts: Fact[];
}

/** One facts commit and the facts it added to one trail (or one folder of loose facts). */
export interface FactsCommit {
  commit: string;
  /** Committer time, UTC ISO-8601. */
  time: string;
  /** Facts the commit added there, in file order. */
  facts: Fact[];
}

export interface ReadOptions {
  /** Read the store as it was at this facts commit instead of the tip. */
  at?: string;
}

/**
 * The store contract every back-end honours (local git, GitHub). `tests/store/contract.ts` is
 * the executable form of this contract.
 */
export interface FactStore {
  /** The facts branch tip, `undefined` when the branch does not exist yet. */
  tip(): Promise<string | undefined>;
  /** Appends facts (and their evidence) in one signed commit, compare-and-swap on the branch. */
  append(request: AppendRequest): Promise<AppendResult>;
  readTrail(flow: string, trail: string, options?: ReadOptions): Promise<Fact[]>;
  /** Every trail that recorded the artifact digest. */
  trailsForArtifact(digest: string, options?: ReadOptions): Promise<TrailRef[]>;
  /** Every trail started for the git commit. */
  trailsForCommit(commit: string, options?: ReadOptions): Promise<TrailRef[]>;
  /** Trails of one flow, or of every flow. */
  listTrails(flow?: string, options?: ReadOptions): Promise<TrailRef[]>;
  /** Facts that are not bound to a trail (decisions without trail, bypasses, snapshots, drift). */
  readLoose(kind: string, key: string, options?: ReadOptions): Promise<Fact[]>;
  /**
   * The commits that added facts to one trail, oldest first, with the facts each added. Costs the
   * trail's commits, not the store's size; a line that a later commit changed or removed is an
   * INTEGRITY error (facts are only ever appended).
   */
  trailHistory(flow: string, trail: string, options?: ReadOptions): Promise<FactsCommit[]>;
  /** The same for the loose facts `readLoose(kind, key)` reads. */
  looseHistory(kind: string, key: string, options?: ReadOptions): Promise<FactsCommit[]>;
  /** Commits of the facts branch, newest first, with the facts each one added. */
  history(options?: { since?: Date; limit?: number }): AsyncIterable<HistoryEntry>;
  readEvidence(sha256: string, options?: ReadOptions): Promise<Uint8Array | undefined>;
}
