// Attacks on a blocked release, end to end against the fake GitHub: the release's latest unit tests
// FAILED and alice REJECTED it (the flow takes the latest attestation and each approver's latest
// decision, so a later PASSED and APPROVED would turn it green if they counted, as the control
// shows). None of these may make the App's check run succeed or a deployment be approved, and each
// surface names what it ignored or the integrity problem.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/model/fact.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { GitHubStore } from '../../src/core/store/github/github-store.js';
import { trailPath } from '../../src/core/store/layout.js';
import { getOctokit } from '@actions/github';
import { exported, gitOut } from '../helpers/fake-github/real-git.js';
import { testKey } from '../helpers/git.js';
import { FLOW, REPO, checkSuite, deploymentRequest, e2eWorld, handPush, prComment, type E2EWorld } from './e2e-world.js';

const FLOW_YAML = `    require: [unit-tests]\n    retries: latest\n    approval: { required: true, approvers: [alice], min: 1 }\n    environments: [production]\n`;
const CHECK = `Factstore gate / ${FLOW}`;

const gateRuns = (w: E2EWorld): { conclusion: string | null; text: string }[] =>
  w.gh.checkRuns(REPO).filter((r) => r.name === CHECK).map((r) => ({ conclusion: r.conclusion, text: `${r.output.summary ?? ''}\n${r.output.text ?? ''}` }));
const lastGate = (w: E2EWorld): { conclusion: string | null; text: string } | undefined => gateRuns(w).at(-1);
const lastReview = (w: E2EWorld) => w.gh.deploymentReviews(REPO).at(-1);
const ts = (): string => new Date().toISOString();

/** The facts that would release it, were they to count: the tests passed again, alice approves. */
function releasing(w: E2EWorld): Fact[] {
  return [
    makeFact({ kind: 'attestation', flow: FLOW, trail: w.headSha, type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'ci', ts: ts() }),
    makeFact({ kind: 'approval', flow: FLOW, trail: w.headSha, commit: w.headSha, decision: 'APPROVED', actor: 'alice', ts: ts() }),
  ];
}

let runId = 7000000000;

/** A deployment of the head to production, answered by the App. */
async function deploy(w: E2EWorld): Promise<ReturnType<typeof lastReview>> {
  await w.receive('deployment_protection_rule', deploymentRequest(w, ++runId, w.headSha));
  return lastReview(w);
}

/**
 * The blocked release: tests passed and alice approved (allowed, decided), then the tests FAILED
 * and alice REJECTED (blocked, decided: the App's high-water mark is that decision). Returns the
 * facts tip of the allowed decision.
 */
async function blockedRelease(): Promise<{ w: E2EWorld; allowedTip: string }> {
  const w = await e2eWorld(FLOW_YAML);
  await w.ciStore.init();
  await w.ciStore.append({ facts: [makeFact({ kind: 'trail', flow: FLOW, trail: w.headSha, commit: w.headSha, gitBranch: 'feature', actor: 'ci', ts: ts() }), releasing(w)[0] as Fact] });
  await w.receive('issue_comment', prComment(w, `/factstore approve ${FLOW}`, 'alice'));
  expect(lastGate(w)?.conclusion).toBe('success');
  const allowedTip = w.gh.ref(REPO, 'heads/factstore') ?? '';
  await w.ciStore.append({ facts: [makeFact({ kind: 'attestation', flow: FLOW, trail: w.headSha, type: 'unit-tests', status: 'FAILED', evidence: [], actor: 'ci', ts: ts() })] });
  await w.receive('issue_comment', prComment(w, `/factstore reject ${FLOW} the build is broken`, 'alice'));
  expect(gateRuns(w).map((r) => r.conclusion)).toEqual(['success', 'failure']);
  expect((await deploy(w))?.state).toBe('rejected');
  return { w, allowedTip };
}

/** The trail file with `facts` appended, as text. */
function withAppended(w: E2EWorld, facts: Fact[]): string {
  const file = trailPath(FLOW, w.headSha);
  return `${w.gh.readFile(REPO, 'factstore', file)?.toString('utf8') ?? ''}${facts.map((f) => `${JSON.stringify(f)}\n`).join('')}`;
}

const errors = (w: E2EWorld): string[] => w.logs.filter((l) => l.startsWith('error:'));

describe('a blocked release against forged facts', () => {
  it('control: the same facts written by the CI key and the App count, and release it', async () => {
    const { w } = await blockedRelease();
    await w.ciStore.append({ facts: [releasing(w)[0] as Fact] });
    await w.receive('issue_comment', prComment(w, `/factstore approve ${FLOW}`, 'alice'));
    expect(lastGate(w)?.conclusion).toBe('success');
    expect((await deploy(w))?.state).toBe('approved');
  });

  it('an unsigned commit (plain git, imported into the fake) appending a PASSED attestation and alice\'s approval counts for nothing, and every surface says so', async () => {
    const { w } = await blockedRelease();
    const before = w.gh.ref(REPO, 'heads/factstore') ?? '';
    const dir = await exported(w.gh, REPO);
    const file = trailPath(FLOW, w.headSha);
    // what someone with push access does by hand: a worktree, an edit, a plain commit
    gitOut(dir, ['worktree', 'add', '-q', 'work', 'factstore']);
    writeFileSync(path.join(dir, 'work', file), withAppended(w, releasing(w)));
    gitOut(path.join(dir, 'work'), ['commit', '-q', '-am', 'factstore: record 2 facts'], undefined, { GIT_AUTHOR_NAME: 'mallory', GIT_AUTHOR_EMAIL: 'm@example.com', GIT_COMMITTER_NAME: 'mallory', GIT_COMMITTER_EMAIL: 'm@example.com' });
    const { tip: forged } = await w.gh.importFromGit(REPO, dir, 'factstore');
    expect(forged).not.toBe(before);
    await w.receive('push', handPush(w, before, forged, 'mallory'));

    expect(lastGate(w)?.conclusion).toBe('failure');
    expect(lastGate(w)?.text).toContain(`2 facts ignored: added by commit ${forged.slice(0, 7)}, unsigned`);
    const review = await deploy(w);
    expect(review).toMatchObject({ state: 'rejected' });
    expect(review?.comment).toContain(`Not counted: 2 facts ignored: added by commit ${forged.slice(0, 7)}, unsigned`);
    const comment = w.gh.comments(REPO, 7).find((c) => c.body.includes('<!-- factstore:breakdown -->'));
    expect(comment?.body).toContain(`2 facts ignored: added by commit ${forged.slice(0, 7)}, unsigned`);
    expect(w.gh.issues(REPO).find((i) => i.labels.includes('factstore-tamper'))?.body).toContain(`Commit \`${forged}\` (pushed by \`mallory\`) is **unsigned**`);
    expect(errors(w)).toEqual([]);
  });

  it('the same facts written by a key trust.signers does not list count for nothing, named with the key', async () => {
    const { w } = await blockedRelease();
    const stranger = testKey('stranger@evil');
    const before = w.gh.ref(REPO, 'heads/factstore') ?? '';
    const store = new GitHubStore({ request: getOctokit(w.gh.token, { baseUrl: w.gh.url }).request, owner: 'acme', repo: 'app', signer: sshSigner(stranger.privateKey) });
    const { commit } = await store.append({ facts: releasing(w) });
    await w.receive('push', handPush(w, before, commit ?? '', 'mallory'));

    expect(lastGate(w)?.conclusion).toBe('failure');
    expect(lastGate(w)?.text).toMatch(new RegExp(`2 facts ignored: added by commit ${(commit ?? '').slice(0, 7)}, signed by key SHA256:\\S+, which trust.signers does not list`));
    const review = await deploy(w);
    expect(review?.state).toBe('rejected');
    expect(review?.comment).toContain('which trust.signers does not list');
  });

  it('an approval "by alice" signed by the CI key counts for nothing: the CI may not approve for her', async () => {
    const { w } = await blockedRelease();
    const [, approval] = releasing(w);
    await w.ciStore.append({ facts: [approval as Fact] });
    await w.receive('check_suite', checkSuite(w, 'rerequested'));
    expect(lastGate(w)?.conclusion).toBe('failure');
    // the check run shows it as Markdown, where a mention cannot ping
    expect(lastGate(w)?.text).toContain("1 fact ignored: added by commit");
    expect(lastGate(w)?.text).toContain("ci@&#8203;acme's key may not record approval facts");
    const review = await deploy(w);
    expect(review?.state).toBe('rejected');
    expect(review?.comment).toContain("ci@acme's key may not record approval facts");
    // a trusted commit: nothing to report in the alarm issue
    expect(w.gh.issues(REPO).filter((i) => i.labels.includes('factstore-tamper'))).toEqual([]);
  });
});

describe('a blocked release against a rewritten facts branch', () => {
  it('a rollback below the App\'s decision (the ref forced back to when it was allowed) fails closed and names the rollback', async () => {
    const { w, allowedTip } = await blockedRelease();
    const decided = w.gh.ref(REPO, 'heads/factstore') ?? '';
    w.gh.setRef(REPO, 'heads/factstore', allowedTip);
    await w.receive('check_suite', checkSuite(w, 'rerequested'));
    expect(lastGate(w)?.conclusion).toBe('failure');
    expect(lastGate(w)?.text).toContain(`the facts branch was rolled back: its tip ${allowedTip} is older than the newest facts commit a decision was taken on, ${decided}`);
    const review = await deploy(w);
    expect(review?.state).toBe('rejected');
    expect(review?.comment).toContain('the facts branch was rolled back');
    // nothing recorded on a branch that cannot be trusted, and the mark stays where it was
    expect(w.gh.ref(REPO, 'heads/factstore')).toBe(allowedTip);
    expect(w.gh.checkRuns(REPO).filter((r) => r.name === 'Factstore high-water mark').at(-1)?.external_id).toBe(decided);
    // the green run of the allowed decision is left as it was: each decision is a new run
    expect(gateRuns(w).map((r) => r.conclusion)).toEqual(['success', 'failure', 'failure']);
    expect(w.gh.requests.filter((r) => r.operation === 'checks.update')).toEqual([]);
  });

  it('a commit that removes the FAILED line fails closed and names the rewrite', async () => {
    const { w } = await blockedRelease();
    const file = trailPath(FLOW, w.headSha);
    const lines = (w.gh.readFile(REPO, 'factstore', file)?.toString('utf8') ?? '').split('\n').filter((l) => l !== '');
    const kept = lines.filter((l) => !((JSON.parse(l) as Fact).kind === 'attestation' && l.includes('"status":"FAILED"')));
    expect(kept).toHaveLength(lines.length - 1);
    w.gh.putFiles(REPO, 'factstore', { [file]: `${kept.join('\n')}\n` }, { message: 'factstore: tidy\n', author: { name: 'Mallory', email: 'mallory@example.com' } });
    await w.receive('check_suite', checkSuite(w, 'rerequested'));
    expect(lastGate(w)?.conclusion).toBe('failure');
    expect(lastGate(w)?.text).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}: the lines facts commit [0-9a-f]{40} wrote \\(1-\\d+\\) were changed or removed later`));
    const review = await deploy(w);
    expect(review?.state).toBe('rejected');
    expect(review?.comment).toContain('were changed or removed later');
  });
});
