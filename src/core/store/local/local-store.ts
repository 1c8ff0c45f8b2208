import { FactstoreError } from '../../errors.js';
import type { Fact } from '../../model/fact.js';
import { sha256Hex } from '../../model/fact-id.js';
import { addSignatureToCommit, type Signer } from '../../signing/index.js';
import { commitMessage } from '../commit-message.js';
import type {
  AppendRequest,
  AppendResult,
  BranchMove,
  FactsCommit,
  FileHistory,
  FactStore,
  HistoryEntry,
  ReadOptions,
  TrailRef,
} from '../fact-store.js';
import {
  artifactIndexPath,
  commitIndexPath,
  evidencePath,
  LAYOUT_VERSION,
  looseDir,
  MARKER_PATH,
  trailPath,
} from '../layout.js';
import { parseNdjson, parseRefs } from '../ndjson.js';
import { planAppend } from '../plan-append.js';
import { commitPayload, type Identity } from './commit-text.js';
import { resolveGitDir } from './git-dir.js';
import { IsoObjectReader, type ObjectReader } from './object-reader.js';
import { NativeObjectReader } from './native-reader.js';
import { writeLooseObject, type TreeEntry } from './objects.js';
import { pathHistory } from './path-history.js';
import { walkHistory } from './walk-history.js';
import { compareAndSwapBranch, readFactsRef, type FactsRef } from './refs.js';
import { isAncestor as gitIsAncestor } from './batch-git.js';
import { localBranchMove } from './local-branch-move.js';
import { localFileCommits, localFilesCommits, localFolderCommits } from './local-file-history.js';
import { HistoryCache } from './history-cache.js';
import { readHazards } from './read-hazards.js';
import { editTree } from './tree-edit.js';

export interface LocalStoreOptions {
  /** a git repository (work tree or bare) */
  dir: string;
  branch?: string;
  /** signs every commit; required to write */
  signer?: Signer;
  clock?: () => Date;
  /** author of the commits (the actor); the committer is always Factstore */
  author?: Identity;
  /** checks a fact before it is written (schema validation) */
  validate?: (fact: Fact) => void;
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Keep the histories of facts files walked for trust checks in the git directory, so a later
   * decision walks only the commits added since (the CLI turns it on).
   */
  cacheHistories?: boolean;
  /**
   * Path of a native git binary to read objects through (`git cat-file --batch`): much faster on
   * large packed stores. Without it, objects are read with isomorphic-git.
   */
  gitBinary?: string;
  /**
   * A remote whose tracking branch (`refs/remotes/<remote>/<branch>`) is read when the facts
   * branch does not exist here, as in a plain clone; a write then starts the local branch at its
   * tip. `onRemoteRead` is told once, so the reader can say where the facts came from.
   */
  remote?: string;
  onRemoteRead?: (ref: string) => void;
  /** plan every append (validation, idempotency) and write nothing: no object, no ref */
  dryRun?: boolean;
}

const COMMITTER: Identity = { name: 'Factstore', email: 'factstore@localhost' };

/** The local back-end: a facts branch in a repository on disk, written with plain git objects. */
export class LocalGitStore implements FactStore {
  readonly gitdir: string;
  readonly branch: string;
  private readonly reader: ObjectReader;
  private remoteTold = false;

  constructor(private readonly options: LocalStoreOptions) {
    this.gitdir = resolveGitDir(options.dir);
    this.branch = options.branch ?? 'factstore';
    this.reader = options.gitBinary === undefined ? new IsoObjectReader(this.gitdir) : new NativeObjectReader(this.gitdir, options.gitBinary);
  }

  /** Ends the native reader, if any. */
  close(): void {
    this.reader.close();
  }

  async tip(): Promise<string | undefined> {
    return (await this.factsRef())?.tip;
  }

  /** The branch the facts are read from, and its tip (see `remote`). */
  async factsRef(): Promise<FactsRef | undefined> {
    const found = await readFactsRef(this.gitdir, this.branch, this.options.remote);
    if (found?.remote === true && !this.remoteTold) {
      this.remoteTold = true;
      this.options.onRemoteRead?.(found.ref);
    }
    return found;
  }

  /** Creates the facts branch (an orphan commit holding the layout marker) when it is missing. */
  async init(): Promise<{ created: boolean; commit: string }> {
    const tip = await this.tip();
    if (tip !== undefined) return { created: false, commit: tip };
    const result = await this.writeCommit([], [], 'factstore: create the facts branch\n');
    return { created: result.created, commit: result.commit };
  }

  async append(request: AppendRequest): Promise<AppendResult> {
    for (const fact of request.facts) this.options.validate?.(fact);
    for (const ev of request.evidence ?? []) {
      if (`sha256:${sha256Hex(ev.bytes)}` !== ev.sha256) {
        throw new FactstoreError('BAD_INPUT', `evidence bytes do not match ${ev.sha256}: the file changed while it was read; record it again.`);
      }
    }
    const reindex = request.reindex === true;
    if (this.options.dryRun === true) {
      const { plan } = await this.planOn(await this.tip(), request.facts, reindex);
      return { commit: undefined, written: plan.written, skipped: plan.skipped, attempts: 0, indexed: plan.indexed, dryRun: true };
    }
    const r = await this.writeCommit(request.facts, request.evidence ?? [], undefined, request.message, reindex);
    return { commit: r.changed ? r.commit : undefined, written: r.written, skipped: r.skipped, attempts: r.attempts, indexed: r.indexed };
  }

  private async writeCommit(
    facts: Fact[],
    evidence: NonNullable<AppendRequest['evidence']>,
    fixedMessage?: string,
    subject?: string,
    reindex = false,
  ): Promise<{ commit: string; created: boolean; changed: boolean; written: Fact[]; skipped: Fact[]; attempts: number; indexed: number }> {
    const signer = this.options.signer;
    if (signer === undefined) {
      throw new FactstoreError('KEY', 'no signing key: pass --key PATH or set FACTSTORE_SIGNING_KEY (make one with factstore keygen).');
    }
    const clock = this.options.clock ?? (() => new Date());
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const maxAttempts = this.options.maxAttempts ?? 60;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      // in a plain clone the first write starts the local branch on the remote-tracking tip
      const found = await this.factsRef();
      const local = found?.remote === false ? found.tip : undefined;
      const tip = found?.tip;
      if (tip !== undefined && facts.length === 0) return { commit: tip, created: false, changed: false, written: [], skipped: [], attempts: attempt, indexed: 0 };
      const { baseTree, read, plan } = await this.planOn(tip, facts, reindex);
      if (tip !== undefined && plan.files.size === 0) {
        return { commit: tip, created: false, changed: false, written: [], skipped: plan.skipped, attempts: attempt, indexed: 0 };
      }
      const edits = new Map<string, string>();
      for (const [p, text] of plan.files) edits.set(p, await writeLooseObject(this.gitdir, 'blob', Buffer.from(text)));
      for (const ev of evidence) {
        const p = evidencePath(ev.sha256);
        if ((await read(p)) === undefined) edits.set(p, await writeLooseObject(this.gitdir, 'blob', ev.bytes));
      }
      if (tip === undefined) {
        const marker = `${JSON.stringify({ factstore: { layout: LAYOUT_VERSION } }, null, 2)}\n`;
        edits.set(MARKER_PATH, await writeLooseObject(this.gitdir, 'blob', Buffer.from(marker)));
      }
      const tree = await editTree(this.reader, this.gitdir, baseTree, edits);
      const author = this.options.author ?? COMMITTER;
      const payload = commitPayload({
        tree,
        parents: tip === undefined ? [] : [tip],
        author,
        committer: COMMITTER,
        time: clock(),
        message: fixedMessage ?? commitMessage(plan.written, subject, plan.claims),
      });
      const signature = await signer.sign(Buffer.from(payload, 'utf8'));
      const commit = await writeLooseObject(this.gitdir, 'commit', Buffer.from(addSignatureToCommit(payload, signature), 'utf8'));
      const outcome = await compareAndSwapBranch(this.gitdir, this.branch, local, commit);
      if (outcome === 'updated') {
        return { commit, created: tip === undefined, changed: true, written: plan.written, skipped: plan.skipped, attempts: attempt, indexed: plan.indexed };
      }
      // Someone else moved the branch (or holds its lock): re-apply on the new tip after a jittered pause.
      await sleep(Math.floor(Math.random() * Math.min(200, 5 * 2 ** Math.min(attempt, 6))) + 1);
    }
    throw new FactstoreError(
      'CONFLICT',
      `the facts branch ${this.branch} kept moving: gave up after ${maxAttempts} attempts; nothing was written. Try again.`,
    );
  }

  /** What appending `facts` on `tip` would write, read from the tree of `tip` (nothing for a new branch). */
  private async planOn(tip: string | undefined, facts: Fact[], reindex: boolean) {
    const baseTree = tip === undefined ? undefined : (await this.reader.readCommitHeader(tip)).tree;
    const read = (p: string) => (baseTree === undefined ? Promise.resolve(undefined) : this.reader.readFile(baseTree, p));
    return { baseTree, read, plan: await planAppend(facts, read, reindex) };
  }

  private async treeAt(options?: ReadOptions): Promise<string | undefined> {
    const commit = options?.at ?? (await this.tip());
    if (commit === undefined) return undefined;
    try {
      return (await this.reader.readCommitHeader(commit)).tree;
    } catch (e) {
      throw new FactstoreError('NOT_FOUND', `facts commit ${commit} is not in ${this.options.dir}: fetch the facts branch first.`, { cause: e });
    }
  }

  private async readText(p: string, options?: ReadOptions): Promise<string | undefined> {
    const tree = await this.treeAt(options);
    if (tree === undefined) return undefined;
    const bytes = await this.reader.readFile(tree, p);
    return bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8');
  }

  async readTrail(flow: string, trail: string, options?: ReadOptions): Promise<Fact[]> {
    const p = trailPath(flow, trail);
    return parseNdjson(await this.readText(p, options), p);
  }

  async trailsForArtifact(digest: string, options?: ReadOptions): Promise<TrailRef[]> {
    return parseRefs(await this.readText(artifactIndexPath(digest), options));
  }

  async trailsForCommit(commit: string, options?: ReadOptions): Promise<TrailRef[]> {
    return parseRefs(await this.readText(commitIndexPath(commit), options));
  }

  async listTrails(flow?: string, options?: ReadOptions): Promise<TrailRef[]> {
    const tree = await this.treeAt(options);
    if (tree === undefined) return [];
    const trails = await this.reader.lookup(tree, 'trails');
    if (trails === undefined) return [];
    const out: TrailRef[] = [];
    for (const f of await this.reader.readTree(trails.oid)) {
      if (flow !== undefined && f.name !== flow) continue;
      for (const shard of await this.reader.readTree(f.oid)) {
        for (const file of await this.reader.readTree(shard.oid)) {
          if (file.name.endsWith('.ndjson')) out.push({ flow: f.name, trail: file.name.slice(0, -'.ndjson'.length) });
        }
      }
    }
    return out;
  }

  async readLoose(kind: string, key: string, options?: ReadOptions): Promise<Fact[]> {
    const tree = await this.treeAt(options);
    if (tree === undefined) return [];
    const dir = await this.reader.lookup(tree, looseDir(kind, key));
    if (dir === undefined) return [];
    const out: Fact[] = [];
    for (const file of await this.reader.readTree(dir.oid)) {
      const text = Buffer.from((await this.reader.read(file.oid)).content).toString('utf8');
      out.push(...parseNdjson(text, `${looseDir(kind, key)}/${file.name}`));
    }
    return out;
  }

  async looseKeys(kind: string, options?: ReadOptions): Promise<string[]> {
    return (await this.folder(`loose/${kind}`, options)).filter((e) => e.mode === '40000').map((e) => e.name).sort();
  }

  async looseFiles(kind: string, key: string, options?: ReadOptions): Promise<string[]> {
    return (await this.folder(looseDir(kind, key), options)).filter((e) => e.mode !== '40000').map((e) => `${looseDir(kind, key)}/${e.name}`).sort();
  }

  /** The entries of one folder of the facts tree; none when it is absent or not a folder. */
  private async folder(path: string, options?: ReadOptions): Promise<TreeEntry[]> {
    const tree = await this.treeAt(options);
    const dir = tree === undefined ? undefined : await this.reader.lookup(tree, path);
    return dir === undefined || dir.mode !== '40000' ? [] : this.reader.readTree(dir.oid);
  }

  trailHistory(flow: string, trail: string, options?: ReadOptions): Promise<FactsCommit[]> {
    return this.historyOf(trailPath(flow, trail), true, options);
  }

  looseHistory(kind: string, key: string, options?: ReadOptions): Promise<FactsCommit[]> {
    return this.historyOf(looseDir(kind, key), false, options);
  }

  private async historyOf(path: string, file: boolean, options?: ReadOptions): Promise<FactsCommit[]> {
    const start = options?.at ?? (await this.tip());
    // treeAt: a facts commit that is not there is NOT_FOUND, as for every other read
    if (start === undefined || (await this.treeAt({ at: start })) === undefined) return [];
    return pathHistory({ reader: this.reader, gitdir: this.gitdir, gitBinary: this.options.gitBinary, start, path, file });
  }

  async readEvidence(sha256: string, options?: ReadOptions): Promise<Uint8Array | undefined> {
    const tree = await this.treeAt(options);
    if (tree === undefined) return undefined;
    return this.reader.readFile(tree, evidencePath(sha256));
  }

  async indexEntries(folder: string, options?: ReadOptions): Promise<string[]> {
    return (await this.folder(folder, options)).map((e) => e.name);
  }

  async indexRefs(path: string, options?: ReadOptions): Promise<TrailRef[]> {
    return parseRefs(await this.readText(path, options));
  }

  /** A file of the facts tree at a facts commit (the tip by default); undefined when absent. */
  fileText(path: string, options?: ReadOptions): Promise<string | undefined> {
    return this.readText(path, options);
  }

  /** A commit object as stored, its signature header included (for a bundle's transcript). */
  async rawCommit(sha: string): Promise<Buffer> {
    const o = await this.reader.read(sha);
    if (o.type !== 'commit') throw new FactstoreError('INTEGRITY', `${sha} is not a commit of the facts branch: run factstore verify.`);
    return Buffer.from(o.content);
  }

  /** How many distinct git objects this store has read (for benchmarks of read costs). */
  objectsRead(): number {
    return this.reader.seen.size;
  }

  async *history(options?: { since?: Date; limit?: number; at?: string }): AsyncIterable<HistoryEntry> {
    yield* walkHistory(this.reader, options?.at ?? (await this.tip()), options);
  }

  async fileHistory(path: string, options?: ReadOptions): Promise<FileHistory> {
    const at = options?.at ?? (await this.tip());
    if (at === undefined) return { path, at, text: undefined, commits: [] };
    const text = await this.readText(path, { at });
    const commits = await localFileCommits({
      reader: this.reader,
      gitdir: this.gitdir,
      gitBinary: this.options.gitBinary,
      start: at,
      path,
      ...(this.options.cacheHistories === true ? { cache: new HistoryCache(this.gitdir, this.branch) } : {}),
    });
    return { path, at, text, commits };
  }

  async fileHistoriesOf(paths: readonly string[], options?: ReadOptions): Promise<FileHistory[]> {
    const at = options?.at ?? (await this.tip());
    if (at === undefined) return [...new Set(paths)].map((path) => ({ path, at, text: undefined, commits: [] }));
    const byPath = await localFilesCommits({
      reader: this.reader,
      gitdir: this.gitdir,
      gitBinary: this.options.gitBinary,
      start: at,
      paths,
      ...(this.options.cacheHistories === true ? { cache: new HistoryCache(this.gitdir, this.branch) } : {}),
    });
    const out: FileHistory[] = [];
    for (const [path, commits] of byPath) out.push({ path, at, text: await this.readText(path, { at }), commits });
    return out;
  }

  async fileHistories(prefix: string, options?: ReadOptions): Promise<FileHistory[]> {
    const at = options?.at ?? (await this.tip());
    if (at === undefined) return [];
    const folder = prefix.replace(/\/+$/, '');
    const byPath = await localFolderCommits({ reader: this.reader, gitdir: this.gitdir, gitBinary: this.options.gitBinary, start: at, prefix: folder });
    const out: FileHistory[] = [];
    for (const [path, commits] of [...byPath].sort(([a], [b]) => a.localeCompare(b))) {
      out.push({ path, at, text: await this.readText(path, { at }), commits });
    }
    return out;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    if (ancestor === descendant) return true;
    if (this.options.gitBinary !== undefined) return gitIsAncestor(this.gitdir, ancestor, descendant, this.options.gitBinary);
    const move = await localBranchMove({ reader: this.reader, gitdir: this.gitdir, gitBinary: undefined, base: ancestor, tip: descendant });
    return move.relation === 'ahead';
  }

  branchMove(base: string | undefined, tip: string): Promise<BranchMove> {
    return localBranchMove({ reader: this.reader, gitdir: this.gitdir, gitBinary: this.options.gitBinary, base, tip });
  }

  readHazards(tip: string): Promise<string[]> {
    return readHazards(this.gitdir, this.options.gitBinary, tip, this.reader.seen);
  }
}
