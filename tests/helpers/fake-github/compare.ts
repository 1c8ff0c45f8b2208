/**
 * What "Compare two commits" works out: the merge base, and the commits on each side of it. The
 * usual case (head descends from base) walks only the new commits, whatever the history's length.
 */
import type { Repository } from './repository.js';

export interface Comparison {
  mergeBase: string | undefined;
  /** reachable from head, not from base: oldest first */
  ahead: string[];
  behindBy: number;
}

function reachable(repo: Repository, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const sha = queue.pop() as string;
    if (seen.has(sha)) continue;
    seen.add(sha);
    queue.push(...(repo.links(sha)?.parents ?? []));
  }
  return seen;
}

/** Breadth-first from `from`, not going past `stop`; undefined when some path ends at a root that is not `stop`. */
function walkTo(repo: Repository, from: string, stop: string): string[] | undefined {
  const order: string[] = [];
  const seen = new Set<string>([stop]);
  const queue = [from];
  while (queue.length > 0) {
    const sha = queue.shift() as string;
    if (seen.has(sha)) continue;
    seen.add(sha);
    order.push(sha);
    const parents = repo.links(sha)?.parents ?? [];
    if (parents.length === 0) return undefined;
    queue.push(...parents);
  }
  return order;
}

export function compareCommits(repo: Repository, base: string, head: string): Comparison {
  if (base === head) return { mergeBase: base, ahead: [], behindBy: 0 };
  // every path from head meets base: head descends from it, and what was walked is the new commits
  const fast = walkTo(repo, head, base);
  if (fast !== undefined) return { mergeBase: base, ahead: fast.reverse(), behindBy: 0 };
  const fromBase = reachable(repo, base);
  const fromHead = reachable(repo, head);
  let mergeBase: string | undefined;
  const order: string[] = [];
  const queue = [head];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const sha = queue.shift() as string;
    if (seen.has(sha)) continue;
    seen.add(sha);
    if (fromBase.has(sha)) {
      mergeBase ??= sha;
      continue;
    }
    order.push(sha);
    queue.push(...(repo.links(sha)?.parents ?? []));
  }
  let behindBy = 0;
  for (const sha of fromBase) if (!fromHead.has(sha)) behindBy++;
  return { mergeBase, ahead: order.reverse(), behindBy };
}
