import { FactstoreError } from '../errors.js';
import type { Fact } from '../model/fact.js';
import type { TrailRef } from './fact-store.js';

/** Parses an NDJSON facts file; a line that is not JSON is an integrity failure, never skipped. */
export function parseNdjson(text: string | undefined, where: string): Fact[] {
  if (text === undefined || text === '') return [];
  const out: Fact[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    try {
      out.push(JSON.parse(line) as Fact);
    } catch (e) {
      throw new FactstoreError('INTEGRITY', `${where}:${i + 1} is not a JSON fact: the store is damaged; run factstore verify.`, { cause: e });
    }
  }
  return out;
}

/** Parses an index file of `{"flow","trail"}` lines, without duplicates, in recorded order. */
export function parseRefs(text: string | undefined): TrailRef[] {
  if (text === undefined) return [];
  const seen = new Set<string>();
  const out: TrailRef[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || seen.has(line)) continue;
    seen.add(line);
    try {
      const ref = JSON.parse(line) as TrailRef;
      if (typeof ref.flow === 'string' && typeof ref.trail === 'string') out.push({ flow: ref.flow, trail: ref.trail });
    } catch {
      // a damaged index line only hides a pointer; verify reports it
    }
  }
  return out;
}
