import { createHash } from 'node:crypto';
import { ZERO_OID, type CommitChanges, type FileChange } from '../store/local/batch-first-parent-log.js';
import type { CatFileBatch, GitObject } from '../store/local/cat-file-reader.js';
import {
  brokenChain,
  evidenceMismatch,
  mergeCommit,
  missingObject,
  rewrittenEvidence,
  rewrittenFacts,
  shallowHistory,
  trustProblem,
  unexpectedFile,
} from './problems.js';
import type { SignatureChecks } from './signature-checks.js';
import { classifyPath, type StorePath } from './store-paths.js';
import type { TipFiles } from './tip-files.js';
import type { VerifyProblem } from './types.js';

const REGULAR = '100644';

/** A rewrite whose first changed line is looked up once the walk is over. */
export interface RewriteToLocate {
  problem: VerifyProblem;
  before: string;
  after: string;
}

/**
 * Checks each commit of the first-parent chain, oldest first: its signature and parents, and
 * that every change it made to the facts tree is an append (facts, index) or a new file
 * (evidence). Reads arrive in request order, so the state always reflects the commits before.
 */
export class HistoryWalk {
  commits = 0;
  checkpointSeen = false;
  /** findings with the index of the commit they belong to: signature verdicts arrive late */
  private readonly found: { at: number; problem: VerifyProblem }[] = [];
  /** evidence hex → size, at the commit being walked */
  readonly evidence = new Map<string, number>();
  readonly rewrites: RewriteToLocate[] = [];
  private previous: string | undefined;

  constructor(
    private readonly tip: TipFiles,
    private readonly signatures: SignatureChecks,
    private readonly checkpoint: string | undefined,
    /** told the number of commits walked so far, after each one */
    private readonly walked?: (commits: number) => void,
  ) {}

  /** Every finding so far, in history order. */
  get problems(): VerifyProblem[] {
    return [...this.found].sort((a, b) => a.at - b.at).map((f) => f.problem);
  }

  private add(problem: VerifyProblem, at = this.commits): void {
    this.found.push({ at, problem });
  }

  /** Asks for the objects one commit needs; the checks run as they arrive. */
  queue(record: CommitChanges, cat: CatFileBatch): void {
    const reads: { change: FileChange; where: StorePath }[] = [];
    const others: { change: FileChange; where: StorePath }[] = [];
    for (const change of record.changes) {
      const where = classifyPath(change.path);
      if (where.kind === 'other') continue;
      const readable = where.kind !== 'unexpected' && change.status !== 'D' && change.newMode === REGULAR;
      (readable ? reads : others).push({ change, where });
    }
    cat.request(record.commit, (object) => {
      this.onCommit(record, object);
      for (const o of others) this.onUnread(record.commit, o.change, o.where);
    });
    for (const { change, where } of reads) {
      cat.request(change.newOid, (object) => this.onBlob(record.commit, change, where, object));
    }
  }

  private onCommit(record: CommitChanges, object: GitObject): void {
    const commit = record.commit;
    this.commits++;
    this.walked?.(this.commits);
    if (commit === this.checkpoint) this.checkpointSeen = true;
    if (object.type !== 'commit') {
      this.add(missingObject(commit, 'commit', commit));
    } else {
      const at = this.commits;
      this.signatures.check(object.content, (trust) => {
        const problem = trustProblem(commit, trust);
        if (problem !== undefined) this.add(problem, at);
      });
      const parents = parentsOf(object.content);
      if (parents.length > 1) this.add(mergeCommit(commit, parents.length));
      if (this.previous === undefined && parents.length > 0) this.add(shallowHistory(commit));
      else if (this.previous !== undefined && parents[0] !== this.previous) this.add(brokenChain(commit, this.previous));
    }
    this.previous = commit;
  }

  /** Removals, non-regular files and files outside the layout: nothing to read. */
  private onUnread(commit: string, change: FileChange, where: StorePath): void {
    const removed = change.status === 'D';
    if (where.kind === 'unexpected') {
      if (!removed) this.add(unexpectedFile(commit, change.path, where.expected, change.newMode));
      return;
    }
    if (!removed) this.add(unexpectedFile(commit, change.path, 'a plain file', change.newMode));
    if (where.kind === 'evidence') {
      if (this.evidence.delete(where.hex)) this.add(rewrittenEvidence(commit, change.path, true));
    } else if (this.tip.has(change.path)) {
      const lines = this.tip.remove(change.path);
      this.add(rewrittenFacts(commit, change.path, removed ? 'removed' : 'type', lines));
    }
  }

  private onBlob(commit: string, change: FileChange, where: StorePath, object: GitObject): void {
    if (object.type !== 'blob') {
      this.add(missingObject(change.newOid, `the blob of ${change.path}`, commit));
      return;
    }
    const previous = change.oldOid === ZERO_OID ? undefined : change.oldOid;
    if (where.kind === 'evidence') {
      const actual = createHash('sha256').update(object.content).digest('hex');
      if (actual !== where.hex) this.add(evidenceMismatch(commit, change.path, `sha256:${actual}`));
      if (previous !== undefined) this.add(rewrittenEvidence(commit, change.path, false));
      this.evidence.set(where.hex, object.content.length);
      return;
    }
    if (where.kind !== 'trail' && where.kind !== 'loose' && where.kind !== 'index') return;
    if (!this.tip.write(change.path, where, previous, change.newOid, object.content)) {
      const problem = rewrittenFacts(commit, change.path, 'changed', 0);
      this.add(problem);
      if (previous !== undefined) this.rewrites.push({ problem, before: previous, after: change.newOid });
    }
  }
}

const PARENT = Buffer.from('parent ');

/** The parent ids of a raw commit: git writes them right after its `tree` line. */
function parentsOf(raw: Buffer): string[] {
  const parents: string[] = [];
  let pos = raw.indexOf(0x0a) + 1;
  while (pos > 0 && raw.subarray(pos, pos + PARENT.length).equals(PARENT)) {
    const nl = raw.indexOf(0x0a, pos);
    if (nl < 0) break;
    parents.push(raw.toString('latin1', pos + PARENT.length, nl));
    pos = nl + 1;
  }
  return parents;
}
