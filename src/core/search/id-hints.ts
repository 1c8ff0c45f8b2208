import type { IndexReads } from './term-hints.js';

/**
 * The artifact digests or git commits the index has that start with `hexPrefix` (at least 2 hex
 * characters): one folder listing, `index/<artifacts|commits>/<first two>/`, whatever the store's
 * size. At most `budget`, in order; `complete` is false when more matched.
 */
export async function idHints(reads: IndexReads, index: 'artifacts' | 'commits', hexPrefix: string, budget: number): Promise<{ ids: string[]; complete: boolean }> {
  const names = await reads.indexEntries(`index/${index}/${hexPrefix.slice(0, 2)}`);
  const ids = names
    .filter((n) => n.endsWith('.ndjson'))
    .map((n) => n.slice(0, -'.ndjson'.length))
    .filter((id) => id.startsWith(hexPrefix))
    .sort();
  return { ids: ids.slice(0, budget), complete: ids.length <= budget };
}
