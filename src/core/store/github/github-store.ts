import { FactstoreError } from '../../errors.js';
import type { Fact } from '../../model/fact.js';
import { sha256Hex } from '../../model/fact-id.js';
import type { Signer } from '../../signing/signer.js';
import { commitMessage } from '../commit-message.js';
import type { AppendRequest, AppendResult, BranchMove, FactsCommit, FactStore, FileHistory, HistoryEntry, ReadOptions, TrailRef } from '../fact-store.js';
import { gitHubBranchMove, gitHubIsAncestor } from './github-branch-move.js';
import { gitHubFileCommits, type ListedCommit } from './github-file-history.js';
import type { ListedCommitsCache } from './listed-commits-cache.js';
import { artifactIndexPath, commitIndexPath, evidencePath, LAYOUT_VERSION, looseDir, MARKER_PATH, trailPath } from '../layout.js';
import { appendedFacts } from '../local/appended-facts.js';
import type { TreeEntry } from '../local/objects.js';
import type { Identity } from '../local/commit-text.js';
import { walkHistory } from '../local/walk-history.js';
import { parseNdjson, parseRefs } from '../ndjson.js';
import { planAppend } from '../plan-append.js';
import { pushCommit } from './github-commit.js';
import { listPath, readPath } from './github-contents.js';
import { gitHubFailure } from './github-errors.js';
import { gitHubPathLog } from './github-path-log.js';
import { GitHubObjectReader } from './github-reader.js';
import { statusOf, type GitHubRepo, type GitHubRequest } from './github-request.js';

export interface GitHubStoreOptions {
  /** `octokit.request` of an authenticated client (with the retry and throttling plugins) */
  request: GitHubRequest;
  owner: string;
  repo: string;
  branch?: string;
  signer?: Signer;
  /** author of the commits (the actor); the committer is always Factstore */
  author?: Identity;
  clock?: () => Date;
  validate?: (fact: Fact) => void;
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /** a long-running process's lists of the commits that changed each facts file, joined to on the next read */
  listedCommits?: ListedCommitsCache;
}

const COMMITTER: Identity = { name: 'Factstore', email: 'factstore@users.noreply.github.com' };

/**
 * The GitHub back-end (DESIGN §2): the facts branch of a repository on GitHub, read and written
 * through the REST API, never cloned. A write costs a fixed number of requests whatever the
 * store's size: the tip, its commit, the few files the append touches, one blob per evidence file,
 * one tree, one commit, one ref update.
 */
export class GitHubStore implements FactStore {
  readonly where: GitHubRepo;
  private readonly reader: GitHubObjectReader;
  private readonly files = new Map<string, Promise<Uint8Array | undefined>>();

  constructor(private readonly options: GitHubStoreOptions) {
    this.where = { owner: options.owner, repo: options.repo, branch: options.branch ?? 'factstore' };
    this.reader = new GitHubObjectReader(options.request, this.where);
  }

  /**
   * The tip, through "Get a branch": one request that also gives the tip's tree, so an append on it
   * needs no other read of the commit.
   */
  async tip(): Promise<string | undefined> {
    try {
      const r = await this.options.request('GET /repos/{owner}/{repo}/branches/{branch}', { owner: this.where.owner, repo: this.where.repo, branch: this.where.branch });
      const commit = (r.data as { commit: ListedCommit }).commit;
      this.reader.remember(commit);
      return commit.sha;
    } catch (e) {
      const status = statusOf(e);
      // 404: no such branch; 409: a repository with no commit at all
      if (status === 404 || status === 409) return undefined;
      throw gitHubFailure(e, this.where, `reading the facts branch ${this.where.branch}`);
    }
  }

  /** Creates the facts branch (an orphan commit holding the layout marker) when it is missing. */
  async init(): Promise<{ created: boolean; commit: string }> {
    const tip = await this.tip();
    if (tip !== undefined) return { created: false, commit: tip };
    const r = await this.write([], [], 'factstore: create the facts branch\n');
    return { created: r.created, commit: r.commit };
  }

  async append(request: AppendRequest): Promise<AppendResult> {
    for (const fact of request.facts) this.options.validate?.(fact);
    for (const ev of request.evidence ?? []) {
      if (`sha256:${sha256Hex(ev.bytes)}` !== ev.sha256) {
        throw new FactstoreError('BAD_INPUT', `evidence bytes do not match ${ev.sha256}: the file changed while it was read; record it again.`);
      }
    }
    const r = await this.write(request.facts, request.evidence ?? [], undefined, request.message, request.basedOn, request.reindex === true);
    return { commit: r.changed ? r.commit : undefined, written: r.written, skipped: r.skipped, attempts: r.attempts, indexed: r.indexed };
  }

  private async write(facts: Fact[], evidence: NonNullable<AppendRequest['evidence']>, fixedMessage?: string, subject?: string, basedOn?: string, reindex = false) {
    const signer = this.options.signer;
    if (signer === undefined) {
      throw new FactstoreError('KEY', 'no signing key: pass the signing-key input (a secret holding a key made by factstore keygen).');
    }
    const clock = this.options.clock ?? (() => new Date());
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const maxAttempts = this.options.maxAttempts ?? 60;
    // Evidence blobs do not depend on the tip: uploaded once, whatever the retries.
    const blobs = new Map<string, string>();
    for (const ev of evidence) blobs.set(evidencePath(ev.sha256), await this.uploadBlob(ev.bytes));
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const tip = attempt === 1 && basedOn !== undefined ? basedOn : await this.tip();
      if (tip !== undefined && facts.length === 0) return { commit: tip, created: false, changed: false, written: [], skipped: [], attempts: attempt, indexed: 0 };
      const baseTree = tip === undefined ? undefined : (await this.reader.commit(tip)).tree.sha;
      const plan = await planAppend(facts, (p) => (tip === undefined ? Promise.resolve(undefined) : this.readAt(tip, p)), reindex);
      if (tip !== undefined && plan.files.size === 0) return { commit: tip, created: false, changed: false, written: [], skipped: plan.skipped, attempts: attempt, indexed: 0 };
      const files = new Map(plan.files);
      if (tip === undefined) files.set(MARKER_PATH, `${JSON.stringify({ factstore: { layout: LAYOUT_VERSION } }, null, 2)}\n`);
      const pushed = await pushCommit(this.options.request, this.where, {
        tip,
        baseTree,
        files,
        blobs,
        author: this.options.author ?? COMMITTER,
        committer: COMMITTER,
        time: clock(),
        message: fixedMessage ?? commitMessage(plan.written, subject, plan.claims),
        signer,
      });
      if (pushed.outcome === 'updated') return { commit: pushed.commit, created: tip === undefined, changed: true, written: plan.written, skipped: plan.skipped, attempts: attempt, indexed: plan.indexed };
      // The branch moved: re-apply on the new tip after a jittered pause.
      await sleep(Math.floor(Math.random() * Math.min(500, 10 * 2 ** Math.min(attempt, 6))) + 1);
    }
    throw new FactstoreError('CONFLICT', `the facts branch ${this.where.branch} kept moving: gave up after ${maxAttempts} attempts; nothing was written. Run the step again.`);
  }

  private async uploadBlob(bytes: Uint8Array): Promise<string> {
    try {
      const r = await this.options.request('POST /repos/{owner}/{repo}/git/blobs', { owner: this.where.owner, repo: this.where.repo, content: Buffer.from(bytes).toString('base64'), encoding: 'base64' });
      return (r.data as { sha: string }).sha;
    } catch (e) {
      if (statusOf(e) === 409) {
        throw new FactstoreError('CONFIG', `${this.where.owner}/${this.where.repo} has no commit yet, and GitHub's API cannot write to an empty repository: push one commit to it (a README will do), then record again.`, { cause: e });
      }
      throw gitHubFailure(e, this.where, 'uploading evidence');
    }
  }

  /** The facts commit reads are made at: `at`, else the tip; undefined before the first write. */
  private async ref(options?: ReadOptions): Promise<string | undefined> {
    return options?.at ?? (await this.tip());
  }

  private async readText(path: string, options?: ReadOptions): Promise<string | undefined> {
    const ref = await this.ref(options);
    if (ref === undefined) return undefined;
    const bytes = await this.readAt(ref, path);
    return bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8');
  }

  /**
   * A file at a facts commit. What a commit holds never changes, so each (commit, path) is asked
   * for once: a decision recorded right after it was evaluated reads nothing twice.
   */
  private readAt(ref: string, path: string): Promise<Uint8Array | undefined> {
    if (!/^[0-9a-f]{40}$/.test(ref)) return readPath(this.options.request, this.where, ref, path);
    const key = `${ref}:${path}`;
    let known = this.files.get(key);
    if (known === undefined) {
      known = readPath(this.options.request, this.where, ref, path);
      known.catch(() => this.files.delete(key));
      if (this.files.size > 1000) this.files.clear();
      this.files.set(key, known);
    }
    return known;
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
    const ref = await this.ref(options);
    if (ref === undefined) return [];
    const root = await this.reader.lookup((await this.reader.commit(ref)).tree.sha, 'trails');
    if (root === undefined) return [];
    const out: TrailRef[] = [];
    for (const f of await this.reader.readTree(root.oid)) {
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
    const ref = await this.ref(options);
    if (ref === undefined) return [];
    const dir = looseDir(kind, key);
    const out: Fact[] = [];
    for (const name of (await listPath(this.options.request, this.where, ref, dir)).sort()) {
      const bytes = await readPath(this.options.request, this.where, ref, `${dir}/${name}`);
      out.push(...parseNdjson(bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8'), `${dir}/${name}`));
    }
    return out;
  }

  async looseKeys(kind: string, options?: ReadOptions): Promise<string[]> {
    return (await this.folder(`loose/${kind}`, options)).filter((e) => e.mode === '40000').map((e) => e.name).sort();
  }

  async looseFiles(kind: string, key: string, options?: ReadOptions): Promise<string[]> {
    const ref = await this.ref(options);
    if (ref === undefined) return [];
    const dir = looseDir(kind, key);
    return (await listPath(this.options.request, this.where, ref, dir)).sort().map((name) => `${dir}/${name}`);
  }

  trailHistory(flow: string, trail: string, options?: ReadOptions): Promise<FactsCommit[]> {
    return this.historyOf(trailPath(flow, trail), options);
  }

  looseHistory(kind: string, key: string, options?: ReadOptions): Promise<FactsCommit[]> {
    return this.historyOf(looseDir(kind, key), options);
  }

  private async historyOf(path: string, options?: ReadOptions): Promise<FactsCommit[]> {
    const start = await this.ref(options);
    if (start === undefined) return [];
    return appendedFacts(this.reader, await gitHubPathLog(this.options.request, this.where, this.reader, start, path));
  }

  async *history(options?: { since?: Date; limit?: number; at?: string }): AsyncIterable<HistoryEntry> {
    yield* walkHistory(this.reader, options?.at ?? (await this.tip()), options);
  }

  async indexEntries(folder: string, options?: ReadOptions): Promise<string[]> {
    return (await this.folder(folder, options)).map((e) => e.name);
  }

  /** The entries of one folder through the git trees API (the contents API lists at most 1,000); none when absent. */
  private async folder(path: string, options?: ReadOptions): Promise<TreeEntry[]> {
    const ref = await this.ref(options);
    const dir = ref === undefined ? undefined : await this.reader.lookup((await this.reader.commit(ref)).tree.sha, path);
    return dir === undefined || dir.mode !== '40000' ? [] : this.reader.readTree(dir.oid);
  }

  async indexRefs(path: string, options?: ReadOptions): Promise<TrailRef[]> {
    return parseRefs(await this.readText(path, options));
  }

  async readEvidence(sha256: string, options?: ReadOptions): Promise<Uint8Array | undefined> {
    const ref = await this.ref(options);
    if (ref === undefined) return undefined;
    return readPath(this.options.request, this.where, ref, evidencePath(sha256));
  }

  async fileHistory(path: string, options?: ReadOptions): Promise<FileHistory> {
    const at = await this.ref(options);
    if (at === undefined) return { path, at, text: undefined, commits: [] };
    const [text, commits] = await Promise.all([this.readText(path, { at }), gitHubFileCommits(this.options.request, this.where, at, path, (c) => this.reader.remember(c), this.options.listedCommits)]);
    return { path, at, text, commits };
  }

  /** One history each: the API lists a file's commits by path, one file at a time. */
  async fileHistoriesOf(paths: readonly string[], options?: ReadOptions): Promise<FileHistory[]> {
    const at = await this.ref(options);
    return Promise.all([...new Set(paths)].map((p) => this.fileHistory(p, at === undefined ? {} : { at })));
  }

  /** One history per trail file listed at the commit (listing commands; the App never lists). */
  async fileHistories(prefix: string, options?: ReadOptions): Promise<FileHistory[]> {
    const at = await this.ref(options);
    if (at === undefined) return [];
    const flow = /^trails\/([^/]+)\/?$/.exec(prefix)?.[1];
    if (prefix.replace(/\/+$/, '') !== 'trails' && flow === undefined) {
      throw new FactstoreError('INTERNAL', `fileHistories of ${prefix}: the GitHub back-end lists trail files only.`);
    }
    const refs = await this.listTrails(flow, { at });
    return Promise.all(refs.map((r) => this.fileHistory(trailPath(r.flow, r.trail), { at })));
  }

  isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return gitHubIsAncestor(this.options.request, this.where, ancestor, descendant);
  }

  branchMove(base: string | undefined, tip: string): Promise<BranchMove> {
    return gitHubBranchMove(this.options.request, this.where, base, tip);
  }

  /** Replacements, grafts and shallow clones do not exist behind GitHub's API. */
  readHazards(): Promise<string[]> {
    return Promise.resolve([]);
  }
}
