import { FactstoreError } from '../../errors.js';
import type { FactStore } from '../../store/fact-store.js';
import { placementsFor } from '../../store/layout.js';
import type { CountedFact } from '../../trust/file-trust.js';
import type { TrustedFacts } from '../../trust/trusted-facts.js';

/** One facts commit after the cursor, with the facts it added that count (oldest commit first). */
export interface PendingCommit {
  commit: string;
  facts: CountedFact[];
}

export interface PendingFacts {
  /** the facts commit read at (the trusted view's tip): an export that sends everything is through it */
  tip: string | undefined;
  commits: PendingCommit[];
  /** facts on those commits that do not count (unsigned, untrusted key, no authority): never sent */
  notCounted: number;
}

export interface PendingInput {
  store: FactStore;
  trusted: TrustedFacts;
  /** start after this facts commit (the cursor) */
  after?: string;
  /** start at this facts commit (it included): --from-commit */
  from?: string;
  /** only commits made since then */
  since?: Date;
}

/**
 * The facts to export, in the order the facts branch got them: every commit after `after` up to
 * the trusted view's tip (never past it: a commit appended meanwhile is the next export's), with
 * the facts each added that count (DESIGN §2a, the same trust filter as every surface: a fact
 * counts only as read back through `TrustedFacts`, from the commit that added it). Export
 * cursors are left out: they are the export's own bookkeeping.
 */
export async function pendingFacts(input: PendingInput): Promise<PendingFacts> {
  const { store, trusted } = input;
  const tip = await trusted.tip();
  if (tip === undefined) return { tip, commits: [], notCounted: 0 };
  if (input.after !== undefined && input.after !== tip && !(await store.isAncestor(input.after, tip))) {
    throw new FactstoreError(
      'INTEGRITY',
      `the export cursor, facts commit ${input.after}, is not in the history of the facts branch (tip ${tip}): the branch was rewritten, or this clone lacks it. Fetch the facts branch; to export anyway, say where to start with --from-commit SHA or --since DATE (facts sent before may be sent again).`,
    );
  }
  if (input.from !== undefined && input.from !== tip && !(await store.isAncestor(input.from, tip).catch(() => false))) {
    throw new FactstoreError('BAD_INPUT', `--from-commit ${input.from} is not a commit of the facts branch (tip ${tip}): give a full facts commit id from factstore log.`);
  }
  const walked: { commit: string; facts: { fact: CountedFact['fact']; path: string }[] }[] = [];
  if (input.after !== tip) {
    for await (const entry of store.history({ at: tip, ...(input.since !== undefined ? { since: input.since } : {}) })) {
      if (entry.commit === input.after) break;
      const facts = entry.facts.filter((f) => f.kind !== 'export').map((fact) => ({ fact, path: homeOf(fact) }));
      walked.push({ commit: entry.commit, facts });
      if (entry.commit === input.from) break;
    }
  }
  walked.reverse();
  await trusted.prefetchFiles(walked.flatMap((w) => w.facts.map((f) => f.path)));
  const counted = new Map<string, Map<string, CountedFact>>();
  const countedIn = async (path: string) => {
    let known = counted.get(path);
    if (known === undefined) {
      known = new Map((await trusted.countedFile(path)).map((c) => [`${c.commit}:${c.fact.id}`, c]));
      counted.set(path, known);
    }
    return known;
  };
  let notCounted = 0;
  const commits: PendingCommit[] = [];
  for (const w of walked) {
    const facts: CountedFact[] = [];
    for (const { fact, path } of w.facts) {
      const c = (await countedIn(path)).get(`${w.commit}:${fact.id}`);
      if (c === undefined) notCounted++;
      else facts.push(c);
    }
    commits.push({ commit: w.commit, facts });
  }
  return { tip, commits, notCounted };
}

/** The facts file a fact lives in (its trail, or its month of loose facts). */
function homeOf(fact: CountedFact['fact']): string {
  const [home] = placementsFor(fact);
  if (home === undefined) throw new FactstoreError('INTERNAL', `fact ${fact.id} has no home file: a factstore bug; please report it.`);
  return home.path;
}
