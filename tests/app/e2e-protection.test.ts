// The App's protections end to end against the stateful fake GitHub: deployment protection answered
// at the run's callback, an unsigned commit on the facts branch reported and not counted, and
// `/factstore bypass` granted or refused — judged by what GitHub holds afterwards (reviews, issues,
// check runs, comments, the facts branch) and by `git verify-commit` on the App's commits.
import { describe, expect, it } from 'vitest';
import type { BypassFact, DecisionFact, Fact } from '../../src/core/model/fact.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import { trailPath } from '../../src/core/store/layout.js';
import { COMMENT_MARKER } from '../../app/src/pr-comment.js';
import { REPLY_MARKER } from '../../app/src/slash/reply.js';
import { exported, gitOut } from '../helpers/fake-github/real-git.js';
import { verifyCommitWithGit } from '../helpers/git.js';
import { FLOW, PULL, REPO, checkSuite, deploymentRequest, e2eWorld, handPush, prComment, pullRequestOpened, trailFactsOf, type E2EWorld } from './e2e-world.js';

const CHECK = `Factstore gate / ${FLOW}`;
const ENVIRONMENT = 'production';

const gateRuns = (w: E2EWorld): { conclusion: string | null; title: string | null; text: string }[] =>
  w.gh.checkRuns(REPO).filter((r) => r.name === CHECK).map((r) => ({ conclusion: r.conclusion, title: r.output.title, text: `${r.output.summary ?? ''}\n${r.output.text ?? ''}` }));

const trailFacts = (w: E2EWorld): Fact[] => trailFactsOf(w, trailPath(FLOW, w.headSha));
const decisionsIn = (facts: Fact[]): DecisionFact[] => facts.filter((f): f is DecisionFact => f.kind === 'decision');
const bypassesIn = (facts: Fact[]): BypassFact[] => facts.filter((f): f is BypassFact => f.kind === 'bypass');
const errors = (w: E2EWorld): string[] => w.logs.filter((l) => l.startsWith('error:'));

/** The commits of the facts branch that git does not verify with the trusted keys as allowed signers. */
async function unverifiedFactsCommits(w: E2EWorld): Promise<string[]> {
  const dir = await exported(w.gh, REPO);
  return gitOut(dir, ['rev-list', 'refs/heads/factstore']).split('\n').filter((c) => verifyCommitWithGit(dir, c, [w.appKey.signer, w.ciKey.signer]).status !== 0);
}

/** CI's facts for the PR's head: its trail, and the unit tests when `passed`. */
async function ciFacts(w: E2EWorld, passed: boolean): Promise<void> {
  const ts = new Date().toISOString();
  const trail = makeFact({ kind: 'trail', flow: FLOW, trail: w.headSha, commit: w.headSha, gitBranch: 'feature', actor: 'ci', ts });
  const tests = makeFact({ kind: 'attestation', flow: FLOW, trail: w.headSha, type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'ci', ts });
  await w.ciStore.append({ facts: passed ? [trail, tests] : [trail] });
}

describe('deployment protection against the fake GitHub', () => {
  it('rejects the deployment of a blocked commit with the reason, approves it once the evidence lands, and records both decisions for the environment', async () => {
    const w = await e2eWorld(`    require: [unit-tests]\n    environments: [${ENVIRONMENT}]\n`);
    await w.ciStore.init();
    await ciFacts(w, false);
    const ciTip = w.gh.ref(REPO, 'heads/factstore');
    await w.receive('deployment_protection_rule', deploymentRequest(w, 6886542001, w.headSha));
    const [rejected] = w.gh.deploymentReviews(REPO);
    expect(rejected).toMatchObject({ runId: 6886542001, environment: ENVIRONMENT, state: 'rejected', login: 'factstore[bot]' });
    expect(rejected?.comment).toContain(`GATE_BLOCKED for ${ENVIRONMENT} at ${w.headSha.slice(0, 7)}`);
    expect(rejected?.comment).toMatch(/unit-tests/);

    await w.ciStore.append({ facts: [makeFact({ kind: 'attestation', flow: FLOW, trail: w.headSha, type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'ci', ts: new Date().toISOString() })] });
    const evidenceTip = w.gh.ref(REPO, 'heads/factstore');
    await w.receive('deployment_protection_rule', deploymentRequest(w, 6886542002, w.headSha));
    expect(w.gh.deploymentReviews(REPO).map((r) => [r.runId, r.environment, r.state])).toEqual([[6886542001, ENVIRONMENT, 'rejected'], [6886542002, ENVIRONMENT, 'approved']]);
    expect(w.gh.deploymentReviews(REPO)[1]?.comment).toContain(`GATE_ALLOWED for ${ENVIRONMENT}`);

    const decisions = decisionsIn(trailFacts(w));
    expect(decisions.map((d) => [d.event, d.environment, d.commit, d.configCommit])).toEqual([
      ['GATE_BLOCKED', ENVIRONMENT, w.headSha, w.configCommit],
      ['GATE_ALLOWED', ENVIRONMENT, w.headSha, w.configCommit],
    ]);
    expect(decisions[0]?.factsCommit).toBe(ciTip);
    expect(decisions[1]?.factsCommit).toBe(evidenceTip);
    // a deployment answer is no gate check run (the App's high-water mark is its own run on the facts branch)
    expect(w.gh.checkRuns(REPO).filter((r) => r.name.startsWith('Factstore gate'))).toEqual([]);
    expect(w.gh.checkRuns(REPO).map((r) => r.name)).toEqual(['Factstore high-water mark', 'Factstore high-water mark']);
    expect(w.gh.checkRuns(REPO).at(-1)?.external_id).toBe(w.gh.ref(REPO, 'heads/factstore'));
    expect(await unverifiedFactsCommits(w)).toEqual([]);
    expect(errors(w)).toEqual([]);
  });
});

describe('untrusted commits against the fake GitHub', () => {
  it('reports an unsigned commit on the facts branch in a factstore-tamper issue, counts none of its facts, and blocks nothing', async () => {
    const w = await e2eWorld(`    require: [unit-tests]\n    approval: { required: true, approvers: [alice], min: 1 }\n`);
    await w.ciStore.init();
    await ciFacts(w, true);
    await w.receive('check_suite', checkSuite(w));
    expect(gateRuns(w)).toMatchObject([{ conclusion: 'failure', title: 'GATE_BLOCKED' }]);

    // someone with push access appends an approval "by alice" by hand: a plain, unsigned commit
    const before = w.gh.ref(REPO, 'heads/factstore') ?? '';
    const trailFile = trailPath(FLOW, w.headSha);
    const forged = makeFact({ kind: 'approval', flow: FLOW, trail: w.headSha, commit: w.headSha, decision: 'APPROVED', actor: 'alice', ts: new Date().toISOString() });
    const tampered = w.gh.putFiles(REPO, 'factstore', { [trailFile]: `${w.gh.readFile(REPO, 'factstore', trailFile)?.toString('utf8') ?? ''}${JSON.stringify(forged)}\n` }, { message: 'Add approval\n', author: { name: 'Mallory', email: 'mallory@example.com' } });
    await w.receive('push', handPush(w, before, tampered, 'mallory'));

    const issues = w.gh.issues(REPO).filter((i) => i.labels.includes('factstore-tamper'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'open', title: 'Factstore: the facts branch factstore has commits not signed by a trusted key', user: { login: 'factstore[bot]' } });
    expect(issues[0]?.body).toContain(`Commit \`${tampered}\` (pushed by \`mallory\`) is **unsigned**`);
    expect(issues[0]?.body).toContain('They do not block the gates');
    // the push touched the head's trail: it is gated again, the forged approval not counted and named
    const [, regated] = gateRuns(w);
    expect(regated).toMatchObject({ conclusion: 'failure', title: 'GATE_BLOCKED' });
    expect(regated?.text).toContain('Approval 0/1');
    expect(regated?.text).toContain(`1 fact ignored: added by commit ${tampered.slice(0, 7)}, unsigned`);
    expect(regated?.text).not.toContain('Tamper alarm');
    // no alarm: the App's alarm run was never written
    expect(w.gh.checkRuns(REPO).filter((r) => r.name === 'Factstore tamper alarm')).toEqual([]);
    expect(await unverifiedFactsCommits(w)).toEqual([tampered]);
    expect(errors(w)).toEqual([]);
  });
});

describe('/factstore bypass against the fake GitHub', () => {
  const bypassRules = 'bypass:\n  actors: [alice]\n  reasons: { pre-existing-main-blocker: "Failure also on main" }\n  max_ttl: 7d\n';

  it('records BYPASS_REFUSED for a reason outside the taxonomy, then BYPASS_GRANTED with its expiry, and the check run turns allowed', async () => {
    const w = await e2eWorld(undefined, bypassRules);
    await w.ciStore.init();
    await ciFacts(w, false);
    await w.receive('pull_request', pullRequestOpened(w));
    expect(gateRuns(w)).toMatchObject([{ conclusion: 'failure', title: 'GATE_BLOCKED' }]);

    await w.receive('issue_comment', prComment(w, `/factstore bypass ${FLOW} flaky-tests --ttl 1d`, 'alice'));
    expect(bypassesIn(trailFacts(w))).toEqual([expect.objectContaining({ event: 'BYPASS_REFUSED', actor: 'alice', reason: 'flaky-tests', commit: w.headSha, refusal: expect.stringContaining('flaky-tests is not a bypass reason') as string })]);
    expect(gateRuns(w).map((r) => r.conclusion)).toEqual(['failure']);
    const refusedReply = w.gh.comments(REPO, PULL).filter((c) => c.body.includes(REPLY_MARKER));
    expect(refusedReply.map((c) => c.user.login)).toEqual(['factstore[bot]']);
    expect(refusedReply[0]?.body).toContain('Refused');
    expect(refusedReply[0]?.body).toContain('pre-existing-main-blocker');

    const before = Date.now();
    await w.receive('issue_comment', prComment(w, `/factstore bypass ${FLOW} pre-existing-main-blocker --ttl 1d Failure also on main`, 'alice'));
    const granted = bypassesIn(trailFacts(w)).filter((b) => b.event === 'BYPASS_GRANTED');
    expect(granted).toEqual([expect.objectContaining({ actor: 'alice', reason: 'pre-existing-main-blocker', commit: w.headSha, trail: w.headSha, comment: 'Failure also on main' })]);
    const expires = Date.parse(granted[0]?.expires ?? '');
    expect(expires - Date.parse(granted[0]?.ts ?? '')).toBe(86_400_000);
    expect(expires).toBeGreaterThanOrEqual(before + 86_400_000 - 1000);

    expect(gateRuns(w)).toMatchObject([{ conclusion: 'failure', title: 'GATE_BLOCKED' }, { conclusion: 'success', title: 'GATE_ALLOWED' }]);
    const replies = w.gh.comments(REPO, PULL).filter((c) => c.body.includes(REPLY_MARKER));
    expect(replies).toHaveLength(2);
    expect(replies[1]?.body).toContain('@alice');
    expect(replies[1]?.body).toContain('granted');
    expect(w.gh.comments(REPO, PULL).filter((c) => c.body.includes(COMMENT_MARKER))).toHaveLength(1);
    expect(decisionsIn(trailFacts(w)).map((d) => d.event)).toEqual(['GATE_BLOCKED', 'GATE_ALLOWED']);
    expect(await unverifiedFactsCommits(w)).toEqual([]);
    expect(errors(w)).toEqual([]);
  });
});
