import { isFlowFact, type Fact } from '../model/fact.js';
import type { ValidationResult } from '../schema/index.js';
import { artifactIndexPath, commitIndexPath, looseKey, loosePath, trailPath } from '../store/layout.js';
import { termDay, termKey, termsOf, type TermField } from '../store/term-index.js';
import { isAppendOf } from './append-only.js';
import {
  badIndexLine,
  danglingIndexLine,
  duplicateFact,
  evidenceMissing,
  evidenceSizeMismatch,
  invalidFact,
  misplacedFact,
  unindexedFact,
} from './line-problems.js';
import { notJson } from './problems.js';
import type { IndexName, StorePath } from './store-paths.js';
import type { VerifyProblem } from './types.js';

type NdjsonPath = Extract<StorePath, { kind: 'trail' | 'loose' | 'index' }>;

/** A trail that an index line names, or that a fact says an index must name. */
interface Claim {
  index: IndexName;
  key: string;
  flow: string;
  trail: string;
  line: number;
}

interface FileState {
  where: NdjsonPath;
  oid: string;
  size: number;
  lines: number;
  facts: number;
  ids: string[];
  /** findings about lines of the file as it is now; dropped with it on a rewrite */
  problems: VerifyProblem[];
  claims: Claim[];
  evidence: { hex: string; size: number; line: number }[];
}

const claimKey = (c: Claim) => `${c.index}\t${c.key}\t${c.flow}\t${c.trail}`;

/**
 * The NDJSON files of the facts tree as they stand at the commit being walked, without their
 * text: size, line count and what their lines said. Appends parse only the new lines, so every
 * fact line is read once over the whole history.
 */
export class TipFiles {
  private readonly files = new Map<string, FileState>();
  private readonly ids = new Map<string, { path: string; line: number }>();

  constructor(private readonly validate: (fact: unknown) => ValidationResult) {}

  has(path: string): boolean {
    return this.files.has(path);
  }

  /**
   * Records a new version of `path`; `previous` is the id git says it replaced. Returns false
   * when the change is not an append (the file is then re-read whole).
   */
  write(path: string, where: NdjsonPath, previous: string | undefined, oid: string, content: Buffer): boolean {
    const old = this.files.get(path);
    const appended = old === undefined ? previous === undefined : old.oid === previous && isAppendOf(old, content);
    if (appended && old !== undefined) {
      this.parse(path, old, content, old.size, old.lines + 1);
      old.oid = oid;
      old.size = content.length;
      return true;
    }
    this.remove(path);
    const state: FileState = { where, oid, size: content.length, lines: 0, facts: 0, ids: [], problems: [], claims: [], evidence: [] };
    this.files.set(path, state);
    this.parse(path, state, content, 0, 1);
    return appended;
  }

  /** Forgets a file (removed or rewritten); returns how many lines it had. */
  remove(path: string): number {
    const state = this.files.get(path);
    if (state === undefined) return 0;
    for (const id of state.ids) if (this.ids.get(id)?.path === path) this.ids.delete(id);
    this.files.delete(path);
    return state.lines;
  }

  get facts(): number {
    let n = 0;
    for (const s of this.files.values()) n += s.facts;
    return n;
  }

  /** Line findings at the tip, then what only the whole tree can tell (index and evidence links). */
  problems(evidence: ReadonlyMap<string, number>): VerifyProblem[] {
    const out: VerifyProblem[] = [];
    const indexed = new Set<string>();
    const backed = new Set<string>();
    for (const s of this.files.values()) {
      out.push(...s.problems);
      for (const c of s.claims) (s.where.kind === 'index' ? indexed : backed).add(claimKey(c));
    }
    for (const [path, s] of this.files) {
      for (const c of s.claims) {
        // a fact without its search-term lines (recorded before they existed) is only harder to find: factstore reindex
        if (s.where.kind !== 'index' && c.index.startsWith('terms/')) continue;
        if (s.where.kind !== 'index' && !indexed.has(claimKey(c))) {
          out.push(unindexedFact(path, c.line, c.index === 'artifacts' ? artifactIndexPath(`sha256:${c.key}`) : commitIndexPath(c.key)));
        } else if (s.where.kind === 'index' && !backed.has(claimKey(c))) {
          const what =
            c.index === 'artifacts' ? `artifact fact for sha256:${c.key}`
            : c.index === 'commits' ? `trail fact for commit ${c.key}`
            : `fact of ${c.key.slice(c.key.lastIndexOf('/') + 1)} with the ${c.index.slice('terms/'.length)} term ${c.key.slice(0, c.key.lastIndexOf('/'))}`;
          out.push(danglingIndexLine(path, c.line, trailPath(c.flow, c.trail), what));
        }
      }
      for (const e of s.evidence) {
        const size = evidence.get(e.hex);
        if (size === undefined) out.push(evidenceMissing(path, e.line, `sha256:${e.hex}`));
        else if (size !== e.size) out.push(evidenceSizeMismatch(path, e.line, `sha256:${e.hex}`, e.size, size));
      }
    }
    return out;
  }

  private parse(path: string, state: FileState, content: Buffer, from: number, firstLine: number): void {
    let line = firstLine;
    let pos = from;
    while (pos < content.length) {
      const nl = content.indexOf(0x0a, pos);
      const end = nl === -1 ? content.length : nl;
      if (end > pos) {
        const text = content.toString('utf8', pos, end);
        if (state.where.kind === 'index') this.indexLine(path, state, text, line);
        else this.factLine(path, state, text, line);
      }
      line++;
      pos = end + 1;
    }
    state.lines = line - 1;
  }

  private factLine(path: string, state: FileState, text: string, line: number): void {
    state.facts++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      state.problems.push(notJson(path, line));
      return;
    }
    const result = this.validate(value);
    if (!result.ok) state.problems.push(invalidFact(path, line, result.errors));
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof id === 'string') {
      const first = this.ids.get(id);
      if (first === undefined) this.ids.set(id, { path, line });
      else state.problems.push(duplicateFact(path, line, id, first));
      state.ids.push(id);
    }
    if (result.ok) this.links(path, state, value as Fact, line);
    // an invalid fact is reported once, as INVALID_FACT: the term lines written with it are not dangling too
    else if (state.where.kind === 'trail') this.termClaims(state, value, state.where.flow, state.where.trail, line);
  }

  private termClaims(state: FileState, fact: unknown, flow: string, trail: string, line: number): void {
    let terms: { field: string; term: unknown }[];
    try {
      terms = termsOf(fact as Fact);
    } catch {
      return; // fields of the wrong type: no term to claim
    }
    for (const { field, term } of terms) {
      const ts = (fact as { ts?: unknown }).ts;
      if (typeof term !== 'string' || typeof ts !== 'string') continue;
      state.claims.push({ index: `terms/${field as TermField}`, key: `${termKey(term)}/${termDay(ts)}`, flow, trail, line });
    }
  }

  /** Where the fact should live, the index lines it needs and the evidence it names. */
  private links(path: string, state: FileState, fact: Fact, line: number): void {
    const where = state.where;
    const placed =
      where.kind === 'trail' ? isFlowFact(fact) && fact.trail === where.trail && fact.flow === where.flow
      : where.kind === 'loose' &&
        fact.trail === undefined &&
        fact.kind === where.factKind &&
        looseKey(fact) === where.key &&
        fact.ts.slice(0, 7) === where.month;
    if (!placed) state.problems.push(misplacedFact(path, line, !isFlowFact(fact) || fact.trail === undefined ? loosePath(fact) : trailPath(fact.flow, fact.trail)));
    if (isFlowFact(fact) && fact.trail !== undefined) {
      if (fact.kind === 'artifact') state.claims.push({ index: 'artifacts', key: fact.artifact.slice(7), flow: fact.flow, trail: fact.trail, line });
      if (fact.kind === 'trail' && fact.commit !== undefined) state.claims.push({ index: 'commits', key: fact.commit, flow: fact.flow, trail: fact.trail, line });
      this.termClaims(state, fact, fact.flow, fact.trail, line);
    }
    if (fact.kind === 'attestation') {
      for (const e of fact.evidence) state.evidence.push({ hex: e.sha256.slice(7), size: e.size, line });
    }
  }

  private indexLine(path: string, state: FileState, text: string, line: number): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      state.problems.push(notJson(path, line));
      return;
    }
    const ref = value as { flow?: unknown; trail?: unknown } | null;
    if (state.where.kind !== 'index' || typeof ref?.flow !== 'string' || typeof ref.trail !== 'string') {
      state.problems.push(badIndexLine(path, line));
      return;
    }
    state.claims.push({ index: state.where.index, key: state.where.key, flow: ref.flow, trail: ref.trail, line });
  }
}
