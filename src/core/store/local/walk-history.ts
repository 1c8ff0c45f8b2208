import type { HistoryEntry } from '../fact-store.js';
import { addedFacts } from './history-diff.js';
import { parseCommitHeader, type ObjectReader } from './object-reader.js';

/** The first-parent history from `tip`, newest first, with the facts each commit added. */
export async function* walkHistory(reader: ObjectReader, tip: string | undefined, options?: { since?: Date; limit?: number }): AsyncIterable<HistoryEntry> {
  let commit = tip;
  let count = 0;
  while (commit !== undefined) {
    const { raw } = await reader.readCommitHeader(commit);
    const header = parseCommitHeader(raw);
    const time = new Date(header.time * 1000);
    if (options?.since !== undefined && time < options.since) return;
    if (options?.limit !== undefined && count >= options.limit) return;
    const parent = header.parents[0];
    const parentTree = parent === undefined ? undefined : (await reader.readCommitHeader(parent)).tree;
    const facts = await addedFacts(reader, parentTree, header.tree);
    yield { commit, parents: header.parents, time: time.toISOString(), message: header.message, facts, ...(reader.rawCommits ? { raw } : {}) };
    count++;
    commit = parent;
  }
}
