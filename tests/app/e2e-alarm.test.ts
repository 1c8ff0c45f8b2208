// The tamper alarm end to end against the fake GitHub: a force-push of the facts branch raises it
// (a fact signed by the App, the App's alarm run turned failure), every gate is blocked and names
// it — check runs, the PR comment, deployments, slash replies — until an admin of trust.admins
// clears it with /factstore clear-alarm; anyone else is refused.
import { describe, expect, it } from 'vitest';
import type { AlarmFact, Fact } from '../../src/core/model/fact.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import { loosePath, trailPath } from '../../src/core/store/layout.js';
import { COMMENT_MARKER } from '../../app/src/pr-comment.js';
import { REPLY_MARKER } from '../../app/src/slash/reply.js';
import { exported, gitOut } from '../helpers/fake-github/real-git.js';
import { verifyCommitWithGit } from '../helpers/git.js';
import { FLOW, PULL, REPO, checkSuite, deploymentRequest, e2eWorld, handPush, prComment, pullRequestOpened, type E2EWorld } from './e2e-world.js';

const CHECK = `Factstore gate / ${FLOW}`;
const ALARM_RUN = 'Factstore tamper alarm';

const lastGate = (w: E2EWorld) => w.gh.checkRuns(REPO).filter((r) => r.name === CHECK).at(-1);
const gateText = (w: E2EWorld): string => `${lastGate(w)?.output.summary ?? ''}\n${lastGate(w)?.output.text ?? ''}`;
const alarmRun = (w: E2EWorld) => w.gh.checkRuns(REPO).filter((r) => r.name === ALARM_RUN).at(-1);
const lastReply = (w: E2EWorld): string => w.gh.comments(REPO, PULL).filter((c) => c.body.includes(REPLY_MARKER)).at(-1)?.body ?? '';
const alarmFacts = (w: E2EWorld, ts: string): AlarmFact[] =>
  (w.gh.readFile(REPO, 'factstore', loosePath({ kind: 'alarm', ts } as Fact))?.toString('utf8') ?? '').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as AlarmFact);

let runId = 8000000000;

describe('the tamper alarm against the fake GitHub', () => {
  it('a force-push blocks every gate, naming the alarm, until an admin clears it; a non-admin is refused', async () => {
    const w = await e2eWorld(`    require: [unit-tests]\n    environments: [production]\n`);
    await w.ciStore.init();
    const root = w.gh.ref(REPO, 'heads/factstore') ?? '';
    const ts = new Date().toISOString();
    const trail = trailPath(FLOW, w.headSha);
    await w.ciStore.append({
      facts: [
        makeFact({ kind: 'trail', flow: FLOW, trail: w.headSha, commit: w.headSha, gitBranch: 'feature', actor: 'ci', ts }),
        makeFact({ kind: 'attestation', flow: FLOW, trail: w.headSha, type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'ci', ts }),
      ],
    });
    await w.receive('check_suite', checkSuite(w));
    expect(lastGate(w)?.conclusion).toBe('success');
    const legit = w.gh.ref(REPO, 'heads/factstore') ?? '';

    // mallory rewrites the branch from its first commit and force-pushes it
    w.gh.setRef(REPO, 'heads/factstore', root);
    const forced = w.gh.putFiles(REPO, 'factstore', { [trail]: 'rewritten\n' }, { message: 'rewrite\n', author: { name: 'Mallory', email: 'mallory@example.com' } });
    await w.receive('push', { ...handPush(w, legit, forced, 'mallory'), forced: true });

    const [raised] = alarmFacts(w, new Date().toISOString());
    expect(raised).toMatchObject({ kind: 'alarm', event: 'TAMPER_ALARM_RAISED', actor: 'factstore[bot]', incidents: [{ kind: 'force-push', commit: forced }, { kind: 'untrusted', commit: forced, detail: 'unsigned: The commit has no signature.' }] });
    expect(alarmRun(w)).toMatchObject({ conclusion: 'failure', app: { slug: 'factstore' } });
    expect(w.gh.issues(REPO).filter((i) => i.labels.includes('factstore-tamper')).map((i) => i.title)).toEqual(['Factstore: the facts branch factstore was force-pushed']);
    const named = `Tamper alarm open on the facts branch factstore: force-pushed by mallory from ${legit} to ${forced}`;

    // every gate: check runs, the PR comment, deployments, slash replies
    await w.receive('check_suite', checkSuite(w, 'rerequested'));
    expect(lastGate(w)?.conclusion).toBe('failure');
    expect(gateText(w)).toContain(named);
    await w.receive('pull_request', pullRequestOpened(w));
    expect(w.gh.comments(REPO, PULL).find((c) => c.body.includes(COMMENT_MARKER))?.body).toContain('Tamper alarm open on the facts branch factstore');
    await w.receive('deployment_protection_rule', deploymentRequest(w, ++runId, w.headSha));
    expect(w.gh.deploymentReviews(REPO).at(-1)).toMatchObject({ state: 'rejected', comment: expect.stringContaining(named) as string });
    await w.receive('issue_comment', prComment(w, '/factstore status', 'alice'));
    expect(lastReply(w)).toContain('**GATE_BLOCKED**: Tamper alarm open');

    // someone not under trust.admins cannot clear it
    await w.receive('issue_comment', prComment(w, '/factstore clear-alarm all good, trust me', 'mallory'));
    expect(lastReply(w)).toContain('Refused: mallory may not clear the tamper alarm');
    expect(alarmRun(w)?.conclusion).toBe('failure');
    expect(w.logs.some((l) => l.startsWith('warn:') && l.includes('mallory tried to clear the tamper alarm'))).toBe(true);

    // the admin restores the branch (a force-push too: a second alarm), then clears both
    const attacked = w.gh.ref(REPO, 'heads/factstore') ?? '';
    w.gh.setRef(REPO, 'heads/factstore', legit);
    await w.receive('push', { ...handPush(w, attacked, legit, 'octo-admin'), forced: true });
    expect(alarmRun(w)?.conclusion).toBe('failure');
    await w.receive('issue_comment', prComment(w, '/factstore clear-alarm restored from the backup; factstore verify is clean', 'octo-admin'));
    expect(lastReply(w)).toContain('the tamper alarm of `factstore` is cleared: 2 alarms cleared, 1 of its fact recorded again');
    expect(lastReply(w)).toContain('**GATE_ALLOWED**');
    expect(alarmRun(w)?.conclusion).toBe('success');
    const facts = alarmFacts(w, new Date().toISOString());
    expect(facts.map((f) => f.event).sort()).toEqual(['TAMPER_ALARM_CLEARED', 'TAMPER_ALARM_CLEARED', 'TAMPER_ALARM_RAISED', 'TAMPER_ALARM_RAISED']);
    expect(facts.filter((f) => f.event === 'TAMPER_ALARM_CLEARED').map((f) => [f.actor, f.clears])).toContainEqual(['octo-admin', raised?.id]);

    await w.receive('check_suite', checkSuite(w, 'rerequested'));
    expect(lastGate(w)?.conclusion).toBe('success');
    expect(gateText(w)).not.toContain('Tamper alarm');
    // every commit of the restored branch is signed by a trusted key, the App's alarm facts included
    const dir = await exported(w.gh, REPO);
    const unverified = gitOut(dir, ['rev-list', 'refs/heads/factstore']).split('\n').filter((c) => verifyCommitWithGit(dir, c, [w.appKey.signer, w.ciKey.signer]).status !== 0);
    expect(unverified).toEqual([]);
    expect(w.gh.requests.filter((r) => r.operation === 'checks.update')).toEqual([]);
  });
});
