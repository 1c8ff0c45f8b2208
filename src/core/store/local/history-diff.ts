import type { Fact } from '../../model/fact.js';
import { parseNdjson } from '../ndjson.js';
import type { ObjectReader } from './object-reader.js';

/** Where facts live; index and evidence files hold none. */
const FACT_ROOTS = new Set(['trails', 'loose']);

/** The facts a commit added: the new lines of every facts file that changed against its parent. */
export async function addedFacts(reader: ObjectReader, parentTree: string | undefined, tree: string): Promise<Fact[]> {
  const out: Fact[] = [];
  await walk(reader, parentTree, tree, '', out);
  return out;
}

async function walk(reader: ObjectReader, before: string | undefined, after: string, prefix: string, out: Fact[]): Promise<void> {
  const old = new Map((before === undefined ? [] : await reader.readTree(before)).map((e) => [e.name, e]));
  for (const entry of await reader.readTree(after)) {
    if (prefix === '' && !FACT_ROOTS.has(entry.name)) continue;
    const prev = old.get(entry.name);
    if (prev?.oid === entry.oid) continue;
    const p = `${prefix}${entry.name}`;
    if (entry.mode === '40000') {
      await walk(reader, prev?.mode === '40000' ? prev.oid : undefined, entry.oid, `${p}/`, out);
    } else if (entry.name.endsWith('.ndjson')) {
      const now = Buffer.from((await reader.read(entry.oid)).content).toString('utf8');
      const was = prev === undefined ? '' : Buffer.from((await reader.read(prev.oid)).content).toString('utf8');
      // An append-only change keeps the old text as a prefix; anything else is shown whole (verify flags it).
      out.push(...parseNdjson(now.startsWith(was) ? now.slice(was.length) : now, p));
    }
  }
}
