import type { Fact } from '../model/fact.js';
import { claimFor, type AppendClaim } from '../trust/append-claims.js';
import { placementsFor } from './layout.js';

export interface AppendPlan {
  /** path → the file's whole new text */
  files: Map<string, string>;
  written: Fact[];
  skipped: Fact[];
  /** what the commit appends to each facts file (trails/, loose/), for its signed message */
  claims: AppendClaim[];
  /** index lines added (a fact's own, or a skipped fact's when re-indexing) */
  indexed: number;
}

/**
 * Decides what an append changes on top of a tree: each fact goes to its home file unless a fact
 * with the same id is already there (idempotent re-runs), plus its index lines. `reindex` also
 * writes the missing index lines of facts already there (stores written before an index existed).
 */
export async function planAppend(facts: Fact[], read: (path: string) => Promise<Uint8Array | undefined>, reindex = false): Promise<AppendPlan> {
  const files = new Map<string, string>();
  const original = new Map<string, string>();
  const text = async (p: string): Promise<string> => {
    // a file is read once, even when the first fact for it was already there (skipped)
    const cached = files.get(p) ?? original.get(p);
    if (cached !== undefined) return cached;
    const bytes = await read(p);
    const was = bytes === undefined ? '' : Buffer.from(bytes).toString('utf8');
    original.set(p, was);
    return was;
  };
  const written: Fact[] = [];
  const skipped: Fact[] = [];
  let indexed = 0;
  for (const fact of facts) {
    const [home, ...indexes] = placementsFor(fact);
    if (home === undefined) continue;
    const homeText = await text(home.path);
    const there = homeText.includes(`"id":"${fact.id}"`);
    if (there) skipped.push(fact);
    else {
      written.push(fact);
      files.set(home.path, appendLine(homeText, home.lines[0]?.text ?? ''));
    }
    if (there && !reindex) continue;
    for (const index of indexes) {
      const was = await text(index.path);
      let current = was;
      for (const line of index.lines) {
        if (!current.split('\n').includes(line.text)) {
          current = appendLine(current, line.text);
          indexed++;
        }
      }
      if (current !== was) files.set(index.path, current);
    }
  }
  const claims = [...files]
    .filter(([path]) => path.startsWith('trails/') || path.startsWith('loose/'))
    .map(([path, after]) => claimFor(path, original.get(path) ?? '', after));
  return { files, written, skipped, claims, indexed };
}

function appendLine(text: string, line: string): string {
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${base}${line}\n`;
}
