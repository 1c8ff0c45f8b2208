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
  /**
   * The facts commit the caller just read (a decision taken on it): the first attempt builds on it
   * without asking for the tip again; if the branch moved, the write is retried on the new tip.
   */
  basedOn?: string;
  /**
   * Also write the index lines missing for facts already in the store (a store written before an
   * index existed); a commit is then made when only index lines are new.
   */
  reindex?: boolean;
}

export interface AppendResult {
  /** The facts commit that now holds the facts; `undefined` when nothing was new (every fact, and with `reindex` every index line, already there). */
  commit: string | undefined;
  written: Fact[];
  /** Facts whose id was already in the store (idempotent re-runs). */
  skipped: Fact[];
  /** How many compare-and-swap attempts the write took. */
  attempts: number;
  /** index lines the commit added */
  indexed?: number;
  /** A dry run: `written` is what would have been written; nothing was. */
  dryRun?: true;
}

export interface HistoryEntry {
  commit: string;
  parents: string[];
  /** Committer time, UTC ISO-8601. */
  time: string;
  message: string;
  /** Facts added by this commit, in file order. */
  facts: Fact[];
  /** the commit object as stored (with its signature header), where the back-end has it */
  raw?: string;
}

/** One facts commit and the facts it added to one trail (or one folder of loose facts). */
export interface FactsCommit {
  commit: string;
  /** Committer time, UTC ISO-8601. */
  time: string;
  /** Facts the commit added there, in file order. */
  facts: Fact[];
}

/** A facts commit that changed one facts file, as the trust check needs it (DESIGN §2a). */
export interface FileCommit {
  commit: string;
  parents: string[];
  /** committer time, UTC ISO-8601, as the store reports it (for an unsigned commit, unauthenticated) */
  time: string;
  /**
   * The commit object as it was signed: its text without the signature header (git's payload,
   * GitHub's `verification.payload`). Undefined when it could not be read (see `unreadable`).
   */
  payload: string | undefined;
  /** the armored signature; undefined for an unsigned commit */
  signature: string | undefined;
  /** why the payload and signature of a signed commit could not be read (fail closed) */
  unreadable?: string;
  /** the file's text right after this commit (undefined: the commit removed it); read only when asked */
  textAfter(): Promise<string | undefined>;
}

/** One facts file at a facts commit and every commit that changed it, oldest first (first parents). */
export interface FileHistory {
  path: string;
  /** the facts commit read at; undefined before the branch exists */
  at: string | undefined;
  /** the file's text at `at`; undefined when it is not there */
  text: string | undefined;
  commits: FileCommit[];
}

/** How the facts branch went from a commit seen before (`base`) to its tip. */
export interface BranchMove {
  /** identical: no new commit; ahead: only new commits on top; behind: rewound; diverged: rewritten; unknown: `base` is not in the repository */
  relation: 'identical' | 'ahead' | 'behind' | 'diverged' | 'unknown';
  /** merge commits found between base (or the root) and the tip: the history must be one line */
  merges: string[];
  /**
   * false when no base was given: the history below the tip was not checked for merges (without a
   * commit seen before, a merge proves nothing a rollback could not; verify checks the whole history)
   */
  complete: boolean;
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
  /** The keys (flows, environments, `tamper`) that have loose facts of `kind`, in name order. */
  looseKeys(kind: string, options?: ReadOptions): Promise<string[]>;
  /** The paths of the files `readLoose(kind, key)` reads, in name order. */
  looseFiles(kind: string, key: string, options?: ReadOptions): Promise<string[]>;
  /**
   * The commits that added facts to one trail, oldest first, with the facts each added. Costs the
   * trail's commits, not the store's size; a line that a later commit changed or removed is an
   * INTEGRITY error (facts are only ever appended).
   */
  trailHistory(flow: string, trail: string, options?: ReadOptions): Promise<FactsCommit[]>;
  /** The same for the loose facts `readLoose(kind, key)` reads. */
  looseHistory(kind: string, key: string, options?: ReadOptions): Promise<FactsCommit[]>;
  /** Commits of the facts branch, newest first (from `at`, default the tip), with the facts each one added. */
  history(options?: { since?: Date; limit?: number; at?: string }): AsyncIterable<HistoryEntry>;
  readEvidence(sha256: string, options?: ReadOptions): Promise<Uint8Array | undefined>;
  /** The names of the entries (files and folders) of one folder under `index/`; empty when absent. */
  indexEntries(folder: string, options?: ReadOptions): Promise<string[]>;
  /** The `{"flow","trail"}` lines of one index file under `index/`: hints, which a reader confirms from the facts. */
  indexRefs(path: string, options?: ReadOptions): Promise<TrailRef[]>;
  /**
   * A facts file with the commits that changed it, from its creation (all of them: a file removed
   * and written again is one history), for the trust check. Costs the file's commits, not the store.
   */
  fileHistory(path: string, options?: ReadOptions): Promise<FileHistory>;
  /**
   * `fileHistory` of every facts file under the folder `prefix` (present at the commit read, or
   * removed since), for listing commands: one walk of the history, not one per file.
   */
  fileHistories(prefix: string, options?: ReadOptions): Promise<FileHistory[]>;
  /** `fileHistory` of several files, in as few walks of the history as the back-end can (one, locally). */
  fileHistoriesOf(paths: readonly string[], options?: ReadOptions): Promise<FileHistory[]>;
  /** Whether `ancestor` is `descendant` itself or one of its ancestors. */
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  /** How the branch moved from `base` to `tip`, and any merge on the way (no base: nothing is checked). */
  branchMove(base: string | undefined, tip: string): Promise<BranchMove>;
  /**
   * Ways the repository could show other objects than the ones read (replaced objects, grafts, a
   * shallow history) that touch what this store read, or the branch at `tip`: each an integrity
   * problem, worded for the user. None on back-ends that cannot have them.
   */
  readHazards(tip: string): Promise<string[]>;
}
