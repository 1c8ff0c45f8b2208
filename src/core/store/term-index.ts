import type { Fact } from '../model/fact.js';

/**
 * The search indexes of names: for each field, one folder per term, holding
 * `{"flow","trail"}` lines by day (a term used by every fact stays small files), so a search by the start of a name reads a bounded number of
 * files whatever the store's size:
 *
 *   index/terms/<field>/<k1k2>/<k3k4>/<key>/<yyyy-mm-dd>.ndjson
 *
 * `<key>` is the term in lower case with every byte outside [a-z0-9_-] written `~xx` (a prefix of a
 * term keys to a prefix of its key), cut to 64 characters; `<k1k2>` and `<k3k4>` are its first
 * characters, `=`-padded. Index lines are hints: a search counts a hit only from trusted facts.
 */
export type TermField = 'trail' | 'artifact' | 'type' | 'actor';

export const TERM_FIELDS: readonly TermField[] = ['trail', 'artifact', 'type', 'actor'];
export const TERMS_ROOT = 'index/terms';
/** terms are indexed and searched from their second character on */
export const MIN_TERM_LENGTH = 2;
const MAX_TERM_LENGTH = 64;

/** The key of a term (or of the start of one): lower case, path-safe, order- and prefix-preserving. */
export function termKey(term: string): string {
  let out = '';
  for (const byte of Buffer.from(term.toLowerCase().slice(0, MAX_TERM_LENGTH), 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[a-z0-9_-]/.test(c) ? c : `~${byte.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/** The two folder levels a key lives under. */
export function termShards(key: string): [string, string] {
  return [key.slice(0, 2).padEnd(2, '='), key.slice(2, 4).padEnd(2, '=')];
}

export function termFolder(field: TermField, key: string): string {
  const [a, b] = termShards(key);
  return `${TERMS_ROOT}/${field}/${a}/${b}/${key}`;
}

/** The day a term line of a fact recorded at `ts` goes to. */
export function termDay(ts: string): string {
  return ts.slice(0, 10);
}

export function termIndexPath(field: TermField, term: string, ts: string): string {
  return `${termFolder(field, termKey(term))}/${termDay(ts)}.ndjson`;
}

/**
 * What an artifact name is found by: the whole name and each of its `/` parts without a tag or
 * digest (`ghcr.io/acme/web:1.2` is found by `ghcr.io/acme/web`, `ghcr.io`, `acme` and `web`).
 */
export function nameTerms(name: string): string[] {
  const parts = name.split('/').map((p) => p.split('@')[0]?.split(':')[0] ?? '');
  return [...new Set([name, ...parts].filter((t) => t.length >= MIN_TERM_LENGTH))];
}

/** The terms a fact is searched by, per field: trail names, artifact names, attestation types, the actors of attestations and approvals. */
export function termsOf(fact: Fact): { field: TermField; term: string }[] {
  const out: { field: TermField; term: string }[] = [];
  if (fact.kind === 'trail') out.push({ field: 'trail', term: fact.trail });
  if (fact.kind === 'artifact') out.push(...nameTerms(fact.name).map((term) => ({ field: 'artifact' as const, term })));
  if (fact.kind === 'attestation') out.push({ field: 'type', term: fact.type });
  if (fact.kind === 'attestation' || fact.kind === 'approval') out.push({ field: 'actor', term: fact.actor });
  return out.filter((t) => t.term.length >= MIN_TERM_LENGTH);
}

/** Whether a fact has a term of `field` that starts with `query` (case-insensitive): how a hint is confirmed. */
export function factMatches(fact: Fact, field: TermField, query: string): boolean {
  const q = query.toLowerCase();
  return termsOf(fact).some((t) => t.field === field && t.term.toLowerCase().startsWith(q));
}
