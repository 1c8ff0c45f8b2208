// The App end to end against the stateful fake GitHub: real Probot (App JWT → installation token),
// real webhook payloads, facts from the real Action or a CI key, and what GitHub holds afterwards
// judged as a user would see it — check runs, the PR comment, the facts branch, git verify-commit.
import { describe, expect, it } from 'vitest';
import type { DecisionFact, Fact } from '../../src/core/model/fact.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import { trailPath } from '../../src/core/store/layout.js';
import { restClient } from '../helpers/fake-github/client.js';
import { exported, gitOut } from '../helpers/fake-github/real-git.js';
import { verifyCommitWithGit } from '../helpers/git.js';
import { COMMENT_MARKER } from '../../app/src/pr-comment.js';
import { APP_ID, FLOW, PULL, REPO, actionAttest, checkSuite, e2eWorld, factsPush, prComment, pullRequestOpened, trailFactsOf, type E2EWorld } from './e2e-world.js';

const CHECK = `Factstore gate / ${FLOW}`;
const ZERO = '0'.repeat(40);

/** The gate's check runs, oldest first: a new one for each decision, each made by the App. */
function gateRuns(w: E2EWorld): { id: number; conclusion: string | null; title: string | null; head: string; app: string }[] {
  return w.gh.checkRuns(REPO).filter((r) => r.name === CHECK).map((r) => ({ id: r.id, conclusion: r.conclusion, title: r.output.title, head: r.head_sha, app: r.app.slug }));
}

function breakdownComments(w: E2EWorld): string[] {
  return w.gh.comments(REPO, PULL).filter((c) => c.body.includes(COMMENT_MARKER)).map((c) => c.body);
}

const decisionsIn = (facts: Fact[]): DecisionFact[] => facts.filter((f): f is DecisionFact => f.kind === 'decision');

/** Every commit of the facts branch, checked by git with the trusted keys as allowed signers. */
async function unverifiedFactsCommits(w: E2EWorld): Promise<{ commits: string[]; unverified: string[]; authors: string[] }> {
  const dir = await exported(w.gh, REPO);
  const commits = gitOut(dir, ['rev-list', 'refs/heads/factstore']).split('\n');
  const unverified = commits.filter((c) => verifyCommitWithGit(dir, c, [w.appKey.signer, w.ciKey.signer]).status !== 0);
  const authors = gitOut(dir, ['log', '--format=%an', 'refs/heads/factstore']).split('\n');
  return { commits, unverified, authors };
}

const errors = (w: E2EWorld): string[] => w.logs.filter((l) => l.startsWith('error:') || l.startsWith('warn:'));

describe('the App against the fake GitHub', () => {
  it('blocks, then allows once the Action records the tests: a new check run, the newest green, and one PR comment edited in place; decisions signed and replayable', async () => {
    const w = await e2eWorld();
    await w.receive('pull_request', pullRequestOpened(w));
    const [first] = gateRuns(w);
    expect(gateRuns(w)).toEqual([{ id: expect.any(Number) as number, conclusion: 'failure', title: 'GATE_BLOCKED', head: w.headSha, app: 'factstore' }]);
    const [blockedComment] = breakdownComments(w);
    expect(blockedComment).toContain(FLOW);
    // no facts branch yet: nothing to record the decision on
    expect(w.gh.ref(REPO, 'heads/factstore')).toBeUndefined();
    expect(w.gh.requests.filter((r) => r.operation === 'apps.createInstallationAccessToken').map((r) => r.status)).toEqual([201]);

    const step = await actionAttest(w, 'unit-tests', 'pytest__junit.gloo.elastic.xml');
    expect(step.stderr).toBe('');
    expect(step.outputs.status).toBe('PASSED');
    const factsTip = w.gh.ref(REPO, 'heads/factstore');

    await w.receive('check_suite', checkSuite(w));
    // the blocked run is left as it was (completed runs are never moved back or flipped); the newest counts
    expect(gateRuns(w)).toEqual([
      { ...first, conclusion: 'failure' },
      { id: expect.any(Number) as number, conclusion: 'success', title: 'GATE_ALLOWED', head: w.headSha, app: 'factstore' },
    ]);
    expect(w.gh.requests.filter((r) => r.operation === 'checks.update')).toEqual([]);
    // the only runs the App lists are its own state runs, on the facts branch's first commit
    expect(w.gh.requests.filter((r) => r.operation === 'checks.listForRef').every((r) => r.query.app_id === String(APP_ID) && !r.path.includes(w.headSha))).toBe(true);
    const comments = breakdownComments(w);
    expect(comments).toHaveLength(1);
    expect(comments[0]).not.toEqual(blockedComment);
    expect(w.gh.comments(REPO, PULL)).toHaveLength(1);

    const decisions = decisionsIn(trailFactsOf(w, trailPath(FLOW, w.headSha)));
    expect(decisions).toEqual([
      expect.objectContaining({ kind: 'decision', flow: FLOW, commit: w.headSha, event: 'GATE_ALLOWED', factsCommit: factsTip, configCommit: w.configCommit, actor: 'factstore[bot]' }),
    ]);
    const branch = await unverifiedFactsCommits(w);
    expect(branch.unverified).toEqual([]);
    expect(branch.authors[0]).toBe('factstore[bot]');
    expect(gitOut(await exported(w.gh, REPO), ['log', '-1', '--format=%s', 'refs/heads/factstore'])).toBe(`factstore: gate ${w.headSha.slice(0, 7)}: GATE_ALLOWED`);
    expect(errors(w)).toEqual([]);
  });

  it('re-evaluates when facts are pushed to the facts branch, and ignores the push of its own decisions', async () => {
    const w = await e2eWorld();
    await w.ciStore.init();
    await w.ciStore.append({ facts: [makeFact({ kind: 'trail', flow: FLOW, trail: w.headSha, commit: w.headSha, gitBranch: 'feature', actor: 'ci', ts: new Date().toISOString() })] });
    await w.receive('pull_request', pullRequestOpened(w));
    expect(gateRuns(w)).toMatchObject([{ conclusion: 'failure', title: 'GATE_BLOCKED' }]);
    const blocked = decisionsIn(trailFactsOf(w, trailPath(FLOW, w.headSha)));
    expect(blocked).toMatchObject([{ event: 'GATE_BLOCKED', configCommit: w.configCommit }]);

    // the App's own decision commit arrives as a push: nothing is gated again
    const beforeCi = w.gh.ref(REPO, 'heads/factstore') ?? '';
    const decisionParent = w.gh.repository(REPO).commit(beforeCi)?.parents[0] ?? ZERO;
    w.gh.resetRequests();
    await w.receive('push', factsPush(w, decisionParent, beforeCi));
    expect(w.gh.requests.filter((r) => r.operation === 'repos.compareCommits').map((r) => r.path)).toEqual([`/repos/${REPO}/compare/${decisionParent}...${beforeCi}`]);
    expect(w.gh.requests.filter((r) => r.operation === 'checks.create' || r.operation === 'checks.update')).toEqual([]);

    await w.ciStore.append({ facts: [makeFact({ kind: 'attestation', flow: FLOW, trail: w.headSha, type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'ci', ts: new Date().toISOString() })] });
    const afterCi = w.gh.ref(REPO, 'heads/factstore') ?? '';
    await w.receive('push', factsPush(w, beforeCi, afterCi));
    expect(gateRuns(w)).toMatchObject([{ conclusion: 'failure', title: 'GATE_BLOCKED' }, { conclusion: 'success', title: 'GATE_ALLOWED' }]);
    expect(breakdownComments(w)).toHaveLength(1);
    expect(breakdownComments(w)[0]).toContain('GATE_ALLOWED');
    const decisions = decisionsIn(trailFactsOf(w, trailPath(FLOW, w.headSha)));
    expect(decisions.map((d) => [d.event, d.factsCommit])).toEqual([['GATE_BLOCKED', expect.any(String)], ['GATE_ALLOWED', afterCi]]);
    expect((await unverifiedFactsCommits(w)).unverified).toEqual([]);
    expect(errors(w)).toEqual([]);
  });

  it('records `/factstore approve` of an allowed approver with the App key, and the gate turns allowed', async () => {
    const w = await e2eWorld(`    require: [unit-tests]\n    approval: { required: true, approvers: [alice], min: 1 }\n`);
    await w.ciStore.init();
    const ts = new Date().toISOString();
    await w.ciStore.append({
      facts: [
        makeFact({ kind: 'trail', flow: FLOW, trail: w.headSha, commit: w.headSha, gitBranch: 'feature', actor: 'ci', ts }),
        makeFact({ kind: 'attestation', flow: FLOW, trail: w.headSha, type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'ci', ts }),
      ],
    });
    await w.receive('pull_request', pullRequestOpened(w));
    expect(gateRuns(w)).toMatchObject([{ conclusion: 'failure', title: 'GATE_BLOCKED' }]);

    await w.receive('issue_comment', prComment(w, `/factstore approve ${FLOW}`, 'mallory'));
    expect(gateRuns(w).map((r) => r.conclusion)).toEqual(['failure']);
    await w.receive('issue_comment', prComment(w, `/factstore approve ${FLOW}`, 'alice'));
    expect(gateRuns(w)).toMatchObject([{ conclusion: 'failure' }, { conclusion: 'success', title: 'GATE_ALLOWED' }]);

    const facts = trailFactsOf(w, trailPath(FLOW, w.headSha));
    expect(facts.filter((f) => f.kind === 'approval')).toEqual([expect.objectContaining({ actor: 'alice', decision: 'APPROVED', commit: w.headSha })]);
    const replies = w.gh.comments(REPO, PULL).filter((c) => !c.body.includes(COMMENT_MARKER));
    expect(replies.map((c) => c.user.login)).toEqual(['factstore[bot]', 'factstore[bot]']);
    expect(replies[0]?.body).toContain('Refused');
    expect(replies[1]?.body).toContain('@alice');
    expect(breakdownComments(w)).toHaveLength(1);
    expect((await unverifiedFactsCommits(w)).unverified).toEqual([]);
  });

  it('never edits a comment that carries its marker but was written by someone else: its own is created, then edited', async () => {
    const w = await e2eWorld();
    w.gh.addToken('ghp_mallory', { contents: 'read', issues: 'write', login: 'mallory' });
    const forgedText = `${COMMENT_MARKER}\n## ✅ Factstore: GATE_ALLOWED (says mallory)`;
    const forged = await restClient(w.gh.url, 'ghp_mallory')('POST', `/repos/${REPO}/issues/${PULL}/comments`, { body: forgedText });
    expect(forged.status).toBe(201);

    await w.receive('pull_request', pullRequestOpened(w));
    await w.ciStore.init();
    await w.ciStore.append({ facts: [makeFact({ kind: 'trail', flow: FLOW, trail: w.headSha, commit: w.headSha, gitBranch: 'feature', actor: 'ci', ts: new Date().toISOString() })] });
    await w.receive('check_suite', checkSuite(w));

    const comments = w.gh.comments(REPO, PULL).map((c) => ({ login: c.user.login, app: c.user.app?.id, body: c.body }));
    expect(comments.map((c) => [c.login, c.app])).toEqual([['mallory', undefined], ['factstore[bot]', 31337]]);
    expect(comments[0]?.body).toBe(forgedText);
    expect(comments[1]?.body).toContain('GATE_BLOCKED');
    // the second gate edited the App's own comment (its text changed with the trail), and nothing else
    expect(comments[1]?.body).not.toContain('No trail');
    expect(w.gh.requests.filter((r) => r.operation === 'issues.updateComment').map((r) => r.path)).toEqual([`/repos/${REPO}/issues/comments/${w.gh.comments(REPO, PULL)[1]?.id ?? 0}`]);
    expect(w.gh.requests.filter((r) => r.operation === 'apps.getAuthenticated').map((r) => r.status)).toEqual([200]);
  });
});
