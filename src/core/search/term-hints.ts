import type { TrailRef } from '../store/fact-store.js';
import { termKey, termShards, TERMS_ROOT, MIN_TERM_LENGTH, type TermField } from '../store/term-index.js';

/** The index reads a search makes (`TrustedFacts` pins them to its tip). */
export interface IndexReads {
  indexEntries(folder: string): Promise<string[]>;
  indexRefs(path: string): Promise<TrailRef[]>;
}

export interface TermHints {
  /** trails the index names for terms starting with the query, newest lines first, without duplicates */
  refs: TrailRef[];
  /** false when more terms or lines matched than were read */
  complete: boolean;
}

/**
 * The trails whose `field` terms start with `query`, from the term index (`term-index.ts`). It reads
 * at most `budget` terms and `budget` trails, whatever the store's size: a one-folder listing per
 * level, then each term's days from the newest. Hints only: the caller confirms each trail.
 */
export async function termHints(reads: IndexReads, field: TermField, query: string, budget: number): Promise<TermHints> {
  const key = termKey(query);
  if (key.length < MIN_TERM_LENGTH) return { refs: [], complete: true };
  const [a, b] = termShards(key);
  const top = `${TERMS_ROOT}/${field}/${a}`;
  let complete = true;
  // a query of 4 characters or more names one second-level folder; a shorter one, those starting with its rest
  const folders = key.length >= 4 ? [b] : (await reads.indexEntries(top)).filter((f) => f.startsWith(key.slice(2))).sort();
  const keys: string[] = [];
  for (const folder of folders) {
    if (keys.length >= budget) {
      complete = false;
      break;
    }
    keys.push(...(await reads.indexEntries(`${top}/${folder}`)).filter((k) => k.startsWith(key)));
  }
  // the term itself first, then the shortest: `web` before `web-admin`
  keys.sort((x, y) => Number(y === key) - Number(x === key) || x.length - y.length || (x < y ? -1 : x > y ? 1 : 0));
  if (keys.length > budget) complete = false;
  const refs = new Map<string, TrailRef>();
  for (const k of keys.slice(0, budget)) {
    if (refs.size >= budget) {
      complete = false;
      break;
    }
    const folder = `${top}/${termShards(k)[1]}/${k}`;
    const days = (await reads.indexEntries(folder)).filter((d) => d.endsWith('.ndjson')).sort().reverse();
    for (const day of days) {
      if (refs.size >= budget) {
        complete = false;
        break;
      }
      for (const ref of (await reads.indexRefs(`${folder}/${day}`)).reverse()) {
        const id = JSON.stringify([ref.flow, ref.trail]);
        if (!refs.has(id)) refs.set(id, ref);
      }
    }
  }
  if (refs.size > budget) complete = false;
  return { refs: [...refs.values()].slice(0, budget), complete };
}
