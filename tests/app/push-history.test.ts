// A push that creates or force-moves the facts branch brings many commits at once: every one of
// them is checked, paged, not the tip alone. One unsigned commit in the middle of more than 100
// (and more than 250) new commits is named in the factstore-tamper issue.
import { describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { FLOW, REPO, e2eWorld, factsPush, type E2EWorld } from './e2e-world.js';
import { commitChain } from '../helpers/long-history.js';

const ZERO = '0'.repeat(40);

/** The tamper alarm issue of the repository: its title and the commits it calls unsigned. */
function alarm(w: E2EWorld): { title: string; unsigned: string[] } | undefined {
  const issue = w.gh.issues(REPO).find((i) => i.labels.includes('factstore-tamper'));
  if (issue === undefined) return undefined;
  const unsigned = [...(issue.body ?? '').matchAll(/Commit `([0-9a-f]{40})` \(pushed by [^)]*\) is \*\*unsigned\*\*/g)].map((m) => m[1] ?? '');
  return { title: issue.title, unsigned };
}

/** The pages of the push's own listing (the App's look-ups of one file's history, with `path`, aside). */
const pagesOf = (w: E2EWorld, operation: string): string[] => w.gh.requests.filter((r) => r.operation === operation && r.query.path === undefined).map((r) => `${r.query.per_page ?? ''}/${r.query.page ?? ''}`);

/** The gate's check runs (the App's state runs on the facts branch aside). */
const gateRuns = (w: E2EWorld) => w.gh.checkRuns(REPO).filter((r) => r.name.startsWith('Factstore gate / '));

describe('a push that creates the facts branch', () => {
  it.each([120, 260])('checks every one of its %i commits: the unsigned one in the middle is reported in the alarm issue', async (count) => {
    const w = await e2eWorld();
    // List commits goes newest first: the eleventh commit is on the last page
    const middle = 10;
    const shas = await commitChain(w.gh, REPO, undefined, count, { signer: sshSigner(w.ciKey.privateKey), unsigned: [middle], label: 'created' });
    const tip = shas.at(-1) ?? '';
    w.gh.setRef(REPO, 'heads/factstore', tip);
    w.gh.resetRequests();
    await w.receive('push', factsPush(w, ZERO, tip));
    expect(alarm(w)).toEqual({ title: 'Factstore: the facts branch factstore has commits not signed by a trusted key', unsigned: [shas[middle]] });
    expect(pagesOf(w, 'repos.listCommits')).toEqual(Array.from({ length: Math.ceil(count / 100) }, (_, i) => `100/${i + 1}`));
    expect(w.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
  });

  it('re-gates the commits of every trail on the new branch, not only of those its tip touched', async () => {
    const w = await e2eWorld();
    await w.ciStore.init();
    const ts = new Date().toISOString();
    await w.ciStore.append({ facts: [makeFact({ kind: 'trail', flow: FLOW, trail: w.headSha, commit: w.headSha, gitBranch: 'feature', actor: 'ci', ts })] });
    await w.ciStore.append({ facts: [makeFact({ kind: 'trail', flow: FLOW, trail: 'main', commit: w.configCommit, gitBranch: 'main', actor: 'ci', ts })] });
    const tip = w.gh.ref(REPO, 'heads/factstore') ?? '';
    await w.receive('push', factsPush(w, ZERO, tip));
    expect(alarm(w)).toBeUndefined();
    // the tip added the trail of main's commit; the commit before it, the trail of the PR's head
    expect(gateRuns(w).map((r) => r.head_sha).sort()).toEqual([w.headSha, w.configCommit].sort());
    expect(w.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
  });

  it('reports 700 unsigned commits in one issue that GitHub takes: those that do not fit are counted, not listed', async () => {
    const w = await e2eWorld();
    const count = 700;
    const shas = await commitChain(w.gh, REPO, undefined, count, { signer: sshSigner(w.ciKey.privateKey), unsigned: Array.from({ length: count }, (_, i) => i), label: 'flood' });
    w.gh.setRef(REPO, 'heads/factstore', shas.at(-1) ?? '');
    await w.receive('push', factsPush(w, ZERO, shas.at(-1) ?? ''));
    const issue = w.gh.issues(REPO).find((i) => i.labels.includes('factstore-tamper'));
    const listed = alarm(w)?.unsigned.length ?? 0;
    expect(issue?.body?.length).toBeLessThanOrEqual(65_536);
    expect(listed).toBeGreaterThan(100);
    expect(listed).toBeLessThan(count);
    expect(issue?.body).toContain(`- … and ${count - listed} more incidents, not listed here to stay within GitHub's limit`);
    expect(w.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
  });

  it('raises nothing when every commit is signed by a trusted key', async () => {
    const w = await e2eWorld();
    const shas = await commitChain(w.gh, REPO, undefined, 130, { signer: sshSigner(w.ciKey.privateKey), unsigned: [], label: 'clean' });
    w.gh.setRef(REPO, 'heads/factstore', shas.at(-1) ?? '');
    await w.receive('push', factsPush(w, ZERO, shas.at(-1) ?? ''));
    expect(alarm(w)).toBeUndefined();
    expect(w.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
  });
});

describe('a push that force-moves the facts branch', () => {
  it.each([120, 260])('checks every one of the %i commits after the merge base: the unsigned one in the middle is named', async (count) => {
    const w = await e2eWorld();
    const signer = sshSigner(w.ciKey.privateKey);
    const { commit: first } = await w.ciStore.init();
    const old = await commitChain(w.gh, REPO, first, 5, { signer, unsigned: [], label: 'old' });
    const base = old[2] ?? '';
    // compare goes oldest first: the tenth from the tip is on the last page
    const middle = count - 10;
    const rewritten = await commitChain(w.gh, REPO, base, count, { signer, unsigned: [middle], label: 'rewritten' });
    const tip = rewritten.at(-1) ?? '';
    w.gh.setRef(REPO, 'heads/factstore', tip);
    w.gh.resetRequests();
    await w.receive('push', { ...factsPush(w, old.at(-1) ?? '', tip), forced: true });
    const raised = alarm(w);
    expect(raised?.title).toBe('Factstore: the facts branch factstore was force-pushed');
    expect(raised?.unsigned).toEqual([rewritten[middle]]);
    expect(pagesOf(w, 'repos.compareCommits')).toEqual(Array.from({ length: Math.ceil(count / 100) }, (_, i) => `100/${i + 1}`));
    expect(w.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
  });

  it('lists the whole branch when GitHub no longer has the old tip', async () => {
    const w = await e2eWorld();
    const { commit: first } = await w.ciStore.init();
    const shas = await commitChain(w.gh, REPO, first, 109, { signer: sshSigner(w.ciKey.privateKey), unsigned: [103], label: 'orphan' });
    w.gh.setRef(REPO, 'heads/factstore', shas.at(-1) ?? '');
    await w.receive('push', { ...factsPush(w, 'd'.repeat(40), shas.at(-1) ?? ''), forced: true });
    expect(alarm(w)?.unsigned).toEqual([shas[103]]);
    expect(w.gh.requests.filter((r) => r.path.includes(`/compare/${'d'.repeat(40)}`)).map((r) => r.status)).toEqual([404]);
    expect(pagesOf(w, 'repos.listCommits')).toEqual(['100/1', '100/2']);
  });
});
