/**
 * A facts branch as GitHub would hold it, for the nock tests: real commits (their payloads built as
 * git builds them, with the `Factstore-Append` claims the store writes), signed for real with test
 * keys or left unsigned, their ids the ones git gives the signed bytes. The nock answers of
 * facts-mocks.ts are read from it, and the App's own writes (trees, commits, ref moves) land in it,
 * so a later read sees them as GitHub would.
 */
import { createHash } from 'node:crypto';
import type { Fact } from '../../src/core/model/fact.js';
import { addSignatureToCommit, type Signer } from '../../src/core/signing/index.js';
import type { ListedCommit } from '../../src/core/store/github/github-file-history.js';
import { commitMessage } from '../../src/core/store/commit-message.js';
import { LAYOUT_VERSION, MARKER_PATH } from '../../src/core/store/layout.js';
import { commitPayload, type Identity } from '../../src/core/store/local/commit-text.js';
import { hashObject } from '../../src/core/store/local/objects.js';
import { planAppend } from '../../src/core/store/plan-append.js';

export interface ModelCommit {
  sha: string;
  parents: string[];
  tree: string;
  time: Date;
  /** the commit without its signature, as GitHub's `verification.payload` has it */
  payload: string;
  signature?: string;
  /** every file of the tree after it */
  files: Map<string, string>;
  /** the files whose text differs from the first parent's */
  changed: Set<string>;
}

const CI: Identity = { name: 'CI', email: 'ci@acme.test' };

export class FactsModel {
  readonly commits = new Map<string, ModelCommit>();
  tip: string | undefined;
  private readonly trees = new Map<string, Map<string, string>>();

  /** The first commit, holding the layout marker (the store's first write). */
  async init(signer: Signer | undefined, time = new Date('2026-11-23T09:00:00Z')): Promise<string> {
    return this.commit(new Map([[MARKER_PATH, `${JSON.stringify({ factstore: { layout: LAYOUT_VERSION } }, null, 2)}\n`]]), 'factstore: create the facts branch\n', signer, time);
  }

  /** An append as the store writes it: each fact in its home file, its index lines, the claims in the message. */
  async append(facts: Fact[], signer: Signer | undefined, options: { time?: Date; author?: Identity } = {}): Promise<string> {
    const plan = await planAppend(facts, (p) => Promise.resolve(this.bytes(p)));
    const files = new Map(this.filesAt(this.tip));
    for (const [path, text] of plan.files) files.set(path, text);
    const latest = Math.max(...facts.map((f) => Date.parse(f.ts)));
    const time = options.time ?? new Date(Math.ceil(latest / 1000) * 1000 + 1000);
    return this.commit(files, commitMessage(plan.written, undefined, plan.claims), signer, time, options.author);
  }

  /** Any commit at all (null removes a file): what someone with push access can write by hand. */
  async commitFiles(changes: Record<string, string | null>, message: string, signer: Signer | undefined, time = new Date('2026-11-23T11:00:00Z')): Promise<string> {
    const files = new Map(this.filesAt(this.tip));
    for (const [path, text] of Object.entries(changes)) {
      if (text === null) files.delete(path);
      else files.set(path, text);
    }
    return this.commit(files, message, signer, time, { name: 'Mallory', email: 'mallory@example.com' });
  }

  textAt(path: string, at = this.tip): string | undefined {
    return this.filesAt(at).get(path);
  }

  /** The branch's first commit (where the App keeps its state runs). */
  get root(): string | undefined {
    let sha = this.tip;
    for (let c = sha === undefined ? undefined : this.commits.get(sha); c !== undefined; c = this.commits.get(c.parents[0] ?? '')) sha = c.sha;
    return sha;
  }

  /** "List commits" with `path`: the first-parent commits from `at` that changed it, newest first. */
  listed(path: string, at = this.tip): ListedCommit[] {
    const out: ListedCommit[] = [];
    for (let c = at === undefined ? undefined : this.commits.get(at); c !== undefined; c = this.commits.get(c.parents[0] ?? '')) {
      if (c.changed.has(path)) out.push(listedCommit(c));
    }
    return out;
  }

  /** "Compare two commits" `base...head`, as the high-water check reads it. */
  compare(base: string, head: string): { status: string; total_commits: number; commits: ListedCommit[] } {
    const line: ModelCommit[] = [];
    for (let c = this.commits.get(head); c !== undefined; c = this.commits.get(c.parents[0] ?? '')) {
      if (c.sha === base) return { status: line.length === 0 ? 'identical' : 'ahead', total_commits: line.length, commits: line.reverse().map(listedCommit) };
      line.push(c);
    }
    for (let c = this.commits.get(base); c !== undefined; c = this.commits.get(c.parents[0] ?? '')) {
      if (c.sha === head) return { status: 'behind', total_commits: 0, commits: [] };
    }
    return { status: 'diverged', total_commits: 0, commits: [] };
  }

  /** A tree the App posts on top of `base` (its entries' texts); answers the tree's id. */
  postTree(base: string | undefined, entries: { path: string; content?: string }[]): string {
    const files = new Map(base === undefined ? [] : (this.trees.get(base) ?? []));
    for (const e of entries) files.set(e.path, e.content ?? '');
    const tree = treeId(files);
    this.trees.set(tree, files);
    return tree;
  }

  /** A commit the App posts (its payload rebuilt as GitHub builds it); answers the id git gives the signed bytes. */
  postCommit(body: { message: string; tree: string; parents: string[]; author: Identity & { date: string }; committer: Identity & { date: string }; signature?: string }): string {
    const time = new Date(body.committer.date);
    const payload = commitPayload({ tree: body.tree, parents: body.parents, author: body.author, committer: body.committer, time, message: body.message });
    return this.record(this.trees.get(body.tree) ?? new Map<string, string>(), body.tree, body.parents, time, payload, body.signature);
  }

  /** Moves the branch as "Update a reference" does without force: only forward. */
  moveTip(sha: string): boolean {
    if (this.tip !== undefined && this.commits.get(sha)?.parents[0] !== this.tip) return false;
    this.tip = sha;
    return true;
  }

  treeOf(sha: string): string {
    return this.commits.get(sha)?.tree ?? '';
  }

  private filesAt(at: string | undefined): Map<string, string> {
    return at === undefined ? new Map<string, string>() : (this.commits.get(at)?.files ?? new Map<string, string>());
  }

  private bytes(path: string): Uint8Array | undefined {
    const text = this.textAt(path);
    return text === undefined ? undefined : Buffer.from(text);
  }

  private async commit(files: Map<string, string>, message: string, signer: Signer | undefined, time: Date, author: Identity = CI): Promise<string> {
    const tree = treeId(files);
    this.trees.set(tree, files);
    const parents = this.tip === undefined ? [] : [this.tip];
    const payload = commitPayload({ tree, parents, author, committer: author, time, message });
    const signature = signer === undefined ? undefined : await signer.sign(Buffer.from(payload, 'utf8'));
    const sha = this.record(files, tree, parents, time, payload, signature);
    this.tip = sha;
    return sha;
  }

  private record(files: Map<string, string>, tree: string, parents: string[], time: Date, payload: string, signature: string | undefined): string {
    const sha = hashObject('commit', Buffer.from(signature === undefined ? payload : addSignatureToCommit(payload, signature), 'utf8'));
    const before = this.filesAt(parents[0]);
    const changed = new Set([...files.keys(), ...before.keys()].filter((p) => files.get(p) !== before.get(p)));
    this.commits.set(sha, { sha, parents, tree, time, payload, ...(signature !== undefined ? { signature } : {}), files: new Map(files), changed });
    return sha;
  }
}

/** A commit as "List commits" and "Compare" list it: GitHub does not know test keys, so `unknown_key` with the payload and signature. */
function listedCommit(c: ModelCommit): ListedCommit {
  const verification = c.signature === undefined
    ? { verified: false, reason: 'unsigned', signature: null, payload: null }
    : { verified: false, reason: 'unknown_key', signature: c.signature, payload: c.payload };
  const message = c.payload.slice(c.payload.indexOf('\n\n') + 2).replace(/\n$/, '');
  return { sha: c.sha, parents: c.parents.map((sha) => ({ sha })), commit: { message, committer: { date: c.time.toISOString().replace(/\.\d+Z$/, 'Z') }, verification } };
}

function treeId(files: Map<string, string>): string {
  const hash = createHash('sha1');
  for (const path of [...files.keys()].sort()) hash.update(`${path}\0${files.get(path) ?? ''}\0`);
  return hash.digest('hex');
}
