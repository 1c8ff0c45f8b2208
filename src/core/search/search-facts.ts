import type { FactstoreConfig } from '../config/config.js';
import { badInput } from '../errors.js';
import type { Fact } from '../model/fact.js';
import type { TrailRef } from '../store/fact-store.js';
import { factMatches, MIN_TERM_LENGTH, type TermField } from '../store/term-index.js';
import type { CountedFact } from '../trust/file-trust.js';
import type { TrustedFacts } from '../trust/trusted-facts.js';
import { idHints } from './id-hints.js';
import { termHints } from './term-hints.js';

export const SEARCH_KINDS = ['flow', 'environment', 'trail', 'artifact', 'attestation', 'approval', 'commit'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One thing found; the fields its kind has. */
export interface SearchHit {
  kind: SearchKind;
  flow?: string;
  trail?: string;
  environment?: string;
  name?: string;
  description?: string;
  digest?: string;
  commit?: string;
  type?: string;
  status?: string;
  actor?: string;
  ts?: string;
  /** the facts commit that added the fact found */
  factsCommit?: string;
  /** what the query matched: the name, type, actor, digest or commit */
  matched: string;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
  /** more matched than `limit` (or than the index reads allowed): narrow the query */
  more: boolean;
}

export interface SearchResult {
  query: string;
  groups: SearchGroup[];
  /** trails the index pointed at whose counted facts do not bear the hint out (untrusted or stale lines) */
  unconfirmed: number;
}

export interface SearchInput {
  facts: TrustedFacts;
  config: FactstoreConfig;
  query: string;
  kinds?: readonly SearchKind[];
  /** hits per kind (default 20) */
  limit?: number;
}

/**
 * Finds flows, environments, trails, artifacts (by name or digest prefix), attestations (by type or
 * actor), approvals (by actor) and git commits (by sha prefix). Names match from their start (or a
 * `/` part of an artifact name), case-insensitively; flows and environments anywhere in the name.
 * Every hit is a counted fact (DESIGN §2a): the indexes only say where to look, and the reads a
 * query makes depend on `limit`, not on the store's size.
 */
export async function searchFacts(input: SearchInput): Promise<SearchResult> {
  const query = input.query.trim();
  if (query === '') throw badInput('the search term is empty: give a name, a type, an actor, or the start of a digest or commit.');
  const limit = input.limit ?? 20;
  const kinds = new Set(input.kinds ?? SEARCH_KINDS);
  const q = query.toLowerCase();
  const state = { unconfirmed: 0 };
  const groups: SearchGroup[] = [];
  const add = (kind: SearchKind, hits: SearchHit[], complete: boolean) => {
    if (!kinds.has(kind)) return;
    const sorted = hits.sort((x, y) => (y.ts ?? '').localeCompare(x.ts ?? ''));
    groups.push({ kind, hits: sorted.slice(0, limit), more: !complete || sorted.length > limit });
  };
  const named = (names: string[], kind: 'flow' | 'environment', describe: (n: string) => SearchHit) =>
    add(kind, names.filter((n) => n.toLowerCase().includes(q)).sort().map(describe), true);
  named(Object.keys(input.config.flows), 'flow', (flow) => ({ kind: 'flow', flow, matched: flow, ...opt('description', input.config.flows[flow]?.description) }));
  named(Object.keys(input.config.environments), 'environment', (environment) => ({
    kind: 'environment',
    environment,
    matched: environment,
    ...opt('type', input.config.environments[environment]?.type ?? 'logical'),
    ...opt('description', input.config.environments[environment]?.description),
  }));
  const wants = (...k: SearchKind[]) => k.some((x) => kinds.has(x));
  // each field's index is read and confirmed once, whichever kinds pick from it
  const matching = new Map<TermField, Promise<{ counted: CountedFact[]; complete: boolean }>>();
  const byTerm = async (field: TermField, pick: (c: CountedFact) => SearchHit | undefined) => {
    let found = matching.get(field);
    if (found === undefined) {
      found = matchingFacts(input.facts, field, q, limit, state);
      matching.set(field, found);
    }
    const { counted, complete } = await found;
    return { hits: counted.map(pick).filter((h): h is SearchHit => h !== undefined), complete };
  };
  if (wants('trail')) {
    const r = await byTerm('trail', (c) => (c.fact.kind === 'trail' ? { ...factHit('trail', c), matched: c.fact.trail, ...opt('commit', c.fact.commit) } : undefined));
    add('trail', r.hits, r.complete);
  }
  const artifacts: SearchHit[] = [];
  let artifactsComplete = true;
  if (wants('artifact')) {
    const r = await byTerm('artifact', (c) => (c.fact.kind === 'artifact' ? artifactHit(c, c.fact.name) : undefined));
    artifacts.push(...r.hits);
    artifactsComplete = r.complete;
  }
  const hex = /^(sha256:)?([0-9a-f]{4,64})$/.exec(q);
  if (hex !== null && wants('artifact')) {
    const ids = await idHints(input.facts, 'artifacts', hex[2] ?? '', limit);
    for (const id of ids.ids) {
      const digest = `sha256:${id}`;
      const refs = await input.facts.trailsForArtifact(digest);
      artifacts.push(...(await confirm(input.facts, refs, (c) => (c.fact.kind === 'artifact' && c.fact.artifact === digest ? artifactHit(c, digest) : undefined), state)));
    }
    artifactsComplete &&= ids.complete;
  }
  add('artifact', dedupe(artifacts), artifactsComplete);
  if (wants('attestation')) {
    const byType = await byTerm('type', (c) => (c.fact.kind === 'attestation' ? attestationHit(c, c.fact.type) : undefined));
    const byActor = await byTerm('actor', (c) => (c.fact.kind === 'attestation' ? attestationHit(c, c.fact.actor) : undefined));
    add('attestation', dedupe([...byType.hits, ...byActor.hits]), byType.complete && byActor.complete);
  }
  if (wants('approval')) {
    const r = await byTerm('actor', (c) => (c.fact.kind === 'approval' ? { ...factHit('approval', c), matched: c.fact.actor, status: c.fact.decision } : undefined));
    add('approval', r.hits, r.complete);
  }
  if (hex !== null && hex[1] === undefined && (hex[2] ?? '').length <= 40 && wants('commit')) {
    const ids = await idHints(input.facts, 'commits', hex[2] ?? '', limit);
    const hits: SearchHit[] = [];
    for (const commit of ids.ids) {
      for (const ref of await input.facts.trailsForCommit(commit)) hits.push({ kind: 'commit', commit, flow: ref.flow, trail: ref.trail, matched: commit });
    }
    add('commit', hits, ids.complete);
  }
  return { query, groups: groups.filter((g) => g.hits.length > 0), unconfirmed: state.unconfirmed };
}

/**
 * The counted facts with a `field` term starting with `q`, in the trails the term index names; a
 * trail with none (an index line no trusted fact bears out) is counted unconfirmed.
 */
async function matchingFacts(facts: TrustedFacts, field: TermField, q: string, limit: number, state: { unconfirmed: number }): Promise<{ counted: CountedFact[]; complete: boolean }> {
  if (q.length < MIN_TERM_LENGTH) return { counted: [], complete: true };
  const hints = await termHints(facts, field, q, limit);
  await facts.prefetchTrails(hints.refs);
  const counted: CountedFact[] = [];
  for (const ref of hints.refs) {
    const matched = (await facts.countedTrail(ref.flow, ref.trail)).filter((c) => factMatches(c.fact, field, q));
    if (matched.length === 0) state.unconfirmed++;
    counted.push(...matched);
  }
  return { counted, complete: hints.complete };
}

/** The counted facts of each trail the hints name that `pick` keeps; a trail with none is counted unconfirmed. */
async function confirm(facts: TrustedFacts, refs: readonly TrailRef[], pick: (c: CountedFact) => SearchHit | undefined, state: { unconfirmed: number }): Promise<SearchHit[]> {
  const out: SearchHit[] = [];
  for (const ref of refs) {
    const hits = (await facts.countedTrail(ref.flow, ref.trail)).map(pick).filter((h): h is SearchHit => h !== undefined);
    if (hits.length === 0) state.unconfirmed++;
    out.push(...hits);
  }
  return out;
}

function factHit(kind: SearchKind, c: CountedFact): Omit<SearchHit, 'matched'> {
  const f: Fact = c.fact;
  return { kind, flow: 'flow' in f ? f.flow : undefined, trail: f.trail, actor: f.actor, ts: f.ts, factsCommit: c.commit };
}

function artifactHit(c: CountedFact, matched: string): SearchHit | undefined {
  if (c.fact.kind !== 'artifact') return undefined;
  return { ...factHit('artifact', c), matched, name: c.fact.name, digest: c.fact.artifact };
}

function attestationHit(c: CountedFact, matched: string): SearchHit | undefined {
  if (c.fact.kind !== 'attestation') return undefined;
  return { ...factHit('attestation', c), matched, type: c.fact.type, status: c.fact.status };
}

/** One hit per fact (an artifact found by name and by digest, an attestation by type and by actor). */
function dedupe(hits: SearchHit[]): SearchHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const id = JSON.stringify([h.kind, h.flow, h.trail, h.digest, h.type, h.factsCommit, h.ts]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function opt<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
