import type { TrustedSigner } from '../config/config.js';
import type { Fact } from '../model/fact.js';
import type { FactsCommit, FactStore, FileHistory, ReadOptions, TrailRef } from '../store/fact-store.js';
import { trailPath } from '../store/layout.js';
import { DEFAULT_SKEW_MS, fileTrust, type CountedFact, type FileTrust } from './file-trust.js';
import { NO_HIGH_WATER, type HighWaterMark } from './high-water.js';
import type { IgnoredFact } from './ignored.js';
import { integrityFailure } from './integrity.js';
import type { TrustReport } from './trust-report.js';
import { TrustedKeys } from './trusted-keys.js';

export interface TrustedFactsOptions {
  store: FactStore;
  /** `trust.signers` of the reviewed config */
  signers: readonly TrustedSigner[];
  highWater?: HighWaterMark;
  skewMs?: number;
}

/**
 * The facts that count (DESIGN §2a), read at one facts commit: what the engine sees, and nothing
 * else. Each trail file is read with its history; a fact counts only when a key of `trust.signers`
 * with authority for it signed the commit that appended it. The tip must descend from the
 * high-water mark along one line of commits, and no object read may be replaced or grafted:
 * otherwise every read throws an integrity failure. Untrusted appends are left out and reported.
 *
 * It offers the reads `gateCommit`, `assertArtifact` and the reports make (`tip`, `readTrail`,
 * `trailsForCommit`, `trailsForArtifact`, `listTrails`), pinned to the tip it opened at.
 */
export class TrustedFacts {
  private readonly files = new Map<string, Promise<FileTrust>>();
  /** histories read ahead by `prefetch` */
  private readonly histories = new Map<string, FileHistory>();
  private readonly ancestry = new Map<string, Promise<boolean>>();
  private readonly keys: TrustedKeys;

  private constructor(
    private readonly options: TrustedFactsOptions,
    readonly factsCommit: string | undefined,
    private readonly highWater: string | undefined,
    private readonly historyChecked: boolean,
  ) {
    this.keys = new TrustedKeys(options.signers);
  }

  /** Reads the tip and checks how the branch got there from the high-water mark. */
  static async open(options: TrustedFactsOptions): Promise<TrustedFacts> {
    const { store } = options;
    const mark = options.highWater ?? NO_HIGH_WATER;
    // the mark first, then the tip: a decision taken meanwhile moves the mark only to a commit the
    // tip read after it descends from, so concurrent deciders never mistake each other for a rollback
    const highWater = await mark.read();
    const tip = await store.tip();
    if (tip === undefined) {
      if (highWater !== undefined) throw integrityFailure(`the facts branch is gone, although a decision was taken on its facts commit ${highWater} (high-water mark in ${mark.where})`);
      return new TrustedFacts(options, undefined, undefined, true);
    }
    const move = await store.branchMove(highWater, tip);
    const seen = `the newest facts commit a decision was taken on, ${highWater ?? ''} (high-water mark in ${mark.where})`;
    if (move.merges.length > 0) throw integrityFailure(`the facts branch holds merge commit ${move.merges[0] ?? ''}: it must be one line of appended commits`);
    if (move.relation === 'behind') throw integrityFailure(`the facts branch was rolled back: its tip ${tip} is older than ${seen}`);
    if (move.relation === 'diverged') throw integrityFailure(`the facts branch was rewritten: its tip ${tip} does not descend from ${seen}`);
    if (move.relation === 'unknown') throw integrityFailure(`${seen} is not in this repository: the facts branch was rewritten, or this clone lacks it (fetch the facts branch again)`);
    const hazards = await store.readHazards(tip);
    if (hazards.length > 0) throw integrityFailure(hazards.join('; '));
    return new TrustedFacts(options, tip, highWater, move.complete);
  }

  tip(): Promise<string | undefined> {
    return Promise.resolve(this.factsCommit);
  }

  /** The counted facts of a trail, each with the commit that added it and its signer. */
  async countedTrail(flow: string, trail: string): Promise<CountedFact[]> {
    return (await this.file(trailPath(flow, trail))).counted;
  }

  async readTrail(flow: string, trail: string, _options?: ReadOptions): Promise<Fact[]> {
    return (await this.countedTrail(flow, trail)).map((c) => c.fact);
  }

  /** The counted facts not bound to a trail (kind and key as `readLoose`), each with its commit and signer. */
  async countedLoose(kind: string, key: string): Promise<CountedFact[]> {
    if (this.factsCommit === undefined) return [];
    const files = await this.options.store.looseFiles(kind, key, this.at());
    const counted = (await Promise.all(files.map((f) => this.file(f)))).flatMap((f) => f.counted);
    return counted.sort((a, b) => a.time.localeCompare(b.time));
  }

  async readLoose(kind: string, key: string, _options?: ReadOptions): Promise<Fact[]> {
    return (await this.countedLoose(kind, key)).map((c) => c.fact);
  }

  /** The commits that added the trail's counted facts, oldest first, as `FactStore.trailHistory` gives them. */
  async trailHistory(flow: string, trail: string, _options?: ReadOptions): Promise<FactsCommit[]> {
    return byCommit(await this.countedTrail(flow, trail));
  }

  async looseHistory(kind: string, key: string, _options?: ReadOptions): Promise<FactsCommit[]> {
    return byCommit(await this.countedLoose(kind, key));
  }

  /** Trails whose counted trail facts name the commit: an index line alone proves nothing. */
  async trailsForCommit(commit: string, _options?: ReadOptions): Promise<TrailRef[]> {
    const refs = await this.options.store.trailsForCommit(commit, this.at());
    return this.keep(refs, (f) => f.kind === 'trail' && f.commit === commit);
  }

  /** Trails whose counted artifact facts record the digest. */
  async trailsForArtifact(digest: string, _options?: ReadOptions): Promise<TrailRef[]> {
    const refs = await this.options.store.trailsForArtifact(digest, this.at());
    return this.keep(refs, (f) => f.kind === 'artifact' && f.artifact === digest);
  }

  /**
   * Index entries and lines under `index/`, pinned to the tip: hints only, written by anyone who
   * can push. A reader counts what they point at only through the counted facts (`countedTrail`).
   */
  async indexEntries(folder: string): Promise<string[]> {
    return this.factsCommit === undefined ? [] : this.options.store.indexEntries(folder, this.at());
  }

  async indexRefs(path: string): Promise<TrailRef[]> {
    return this.factsCommit === undefined ? [] : this.options.store.indexRefs(path, this.at());
  }

  /** The keys with loose facts of `kind` at the tip: where to look; what counts there is `countedLoose`'s. */
  async looseKeys(kind: string): Promise<string[]> {
    return this.factsCommit === undefined ? [] : this.options.store.looseKeys(kind, this.at());
  }

  /** Every trail with at least one fact that counts. */
  async listTrails(flow?: string, _options?: ReadOptions): Promise<TrailRef[]> {
    const refs = await this.options.store.listTrails(flow, this.at());
    return this.keep(refs, () => true);
  }

  /**
   * Reads the history of every trail file (of one flow, or of all) in one walk, for listing
   * commands: without it each trail costs a walk of its own.
   */
  async prefetch(flow?: string): Promise<void> {
    if (this.factsCommit === undefined) return;
    const histories = await this.options.store.fileHistories(flow === undefined ? 'trails' : `trails/${flow}`, this.at());
    for (const h of histories) this.histories.set(h.path, h);
    // a trail file gone from the tip is listed nowhere: checking it here catches the removal
    for (const h of histories) if (h.text === undefined) await this.file(h.path);
  }

  /**
   * Reads the histories of these trails' files in one walk where the store can, before they are
   * read one by one (search, several trails of one digest): each would otherwise walk on its own.
   */
  async prefetchTrails(refs: readonly TrailRef[]): Promise<void> {
    await this.prefetchFiles(refs.map((r) => trailPath(r.flow, r.trail)));
  }

  /** The same for any facts files (trails, loose months): what `countedFile` will read one by one. */
  async prefetchFiles(files: readonly string[]): Promise<void> {
    if (this.factsCommit === undefined) return;
    const paths = [...new Set(files)].filter((p) => !this.files.has(p) && !this.histories.has(p));
    if (paths.length < 2) return;
    for (const h of await this.options.store.fileHistoriesOf(paths, this.at())) this.histories.set(h.path, h);
  }

  /** The counted facts of one facts file (a trail, a month of loose facts), each with its commit and signer. */
  async countedFile(path: string): Promise<CountedFact[]> {
    return (await this.file(path)).counted;
  }

  /**
   * Prefetches the trails the artifact index names for each digest (what `trailsForArtifact` will
   * confirm one digest at a time): an environment of many running artifacts is walked once.
   */
  async prefetchArtifacts(digests: readonly string[]): Promise<void> {
    if (this.factsCommit === undefined || digests.length < 2) return;
    const refs = (await Promise.all([...new Set(digests)].map((d) => this.options.store.trailsForArtifact(d, this.at())))).flat();
    await this.prefetchTrails(refs);
  }

  /** What was read and what did not count, for the surfaces to show. */
  report(): Promise<TrustReport> {
    return this.reportNow();
  }

  private async reportNow(): Promise<TrustReport> {
    const ignored: IgnoredFact[] = [];
    for (const file of this.files.values()) ignored.push(...(await file).ignored);
    const notes: string[] = [];
    const unreadable = this.options.highWater?.problem?.();
    if (unreadable !== undefined) notes.push(unreadable);
    else if (this.highWater === undefined && this.factsCommit !== undefined) {
      notes.push('no decision was recorded on this facts branch before (no high-water mark yet): a rollback or rewrite before this one cannot be told; factstore verify checks the whole history');
    }
    return {
      factsCommit: this.factsCommit ?? null,
      highWater: { commit: this.highWater ?? null, where: (this.options.highWater ?? NO_HIGH_WATER).where },
      historyChecked: this.historyChecked,
      ignored,
      notes,
    };
  }

  /** Records the decision taken on `commit` (the tip read, or a decision commit written on it). */
  async decided(commit: string | undefined = this.factsCommit): Promise<void> {
    if (commit !== undefined) await (this.options.highWater ?? NO_HIGH_WATER).advance(commit);
  }

  private at(): ReadOptions {
    return this.factsCommit === undefined ? {} : { at: this.factsCommit };
  }

  private async keep(refs: readonly TrailRef[], proves: (f: Fact) => boolean): Promise<TrailRef[]> {
    await this.prefetchTrails(refs);
    const out: TrailRef[] = [];
    for (const ref of refs) {
      if ((await this.countedTrail(ref.flow, ref.trail)).some((c) => proves(c.fact))) out.push(ref);
    }
    return out;
  }

  private file(path: string): Promise<FileTrust> {
    let known = this.files.get(path);
    if (known === undefined) {
      known = this.readFile(path);
      this.files.set(path, known);
    }
    return known;
  }

  private async readFile(path: string): Promise<FileTrust> {
    const { store } = this.options;
    if (this.factsCommit === undefined) return { path, counted: [], ignored: [] };
    const history = this.histories.get(path) ?? (await store.fileHistory(path, { at: this.factsCommit }));
    const trust = await fileTrust(history, {
      keys: this.keys,
      skewMs: this.options.skewMs ?? DEFAULT_SKEW_MS,
      isAncestor: (commit, until) => this.isAncestor(commit, until),
    });
    const hazards = await store.readHazards(this.factsCommit);
    if (hazards.length > 0) throw integrityFailure(hazards.join('; '));
    return trust;
  }

  private isAncestor(commit: string, until: string): Promise<boolean> {
    const key = `${commit}..${until}`;
    let known = this.ancestry.get(key);
    if (known === undefined) {
      known = this.options.store.isAncestor(commit, until);
      this.ancestry.set(key, known);
    }
    return known;
  }
}

/** Counted facts grouped by the commit that added them, in order. */
function byCommit(counted: readonly CountedFact[]): FactsCommit[] {
  const out: FactsCommit[] = [];
  for (const c of counted) {
    const last = out[out.length - 1];
    if (last?.commit === c.commit) last.facts.push(c.fact);
    else out.push({ commit: c.commit, time: c.time, facts: [c.fact] });
  }
  return out;
}
