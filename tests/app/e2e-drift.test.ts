// Snapshots recorded outside the App (the CLI, another workflow) reach it as facts pushes: it keeps
// the environment's drift issue with the core function the snapshot step uses, found by the same
// label and marker, so the two never duplicate it; a snapshot signed by a key nobody trusts opens nothing.
import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../src/core/environments/take-snapshot.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { GitHubStore } from '../../src/core/store/github/github-store.js';
import { TrustedFacts } from '../../src/core/trust/trusted-facts.js';
import { getOctokit } from '@actions/github';
import { testKey } from '../helpers/git.js';
import { FLOW, REPO, e2eWorld, factsPush, type E2EWorld } from './e2e-world.js';

const GOOD = `sha256:${'60'.repeat(32)}`;
const UNKNOWN = `sha256:${'5e'.repeat(32)}`;
const MARKER = '<!-- factstore:drift:production -->';
const ENVIRONMENTS = 'environments:\n  production: { type: list }\n';

/** What the CLI's snapshot does, with `store`'s key: the snapshot and drift facts of `running`, appended. */
async function snapshot(w: E2EWorld, running: { name: string; artifact: string }[], store: GitHubStore = w.ciStore): Promise<void> {
  const trusted = await TrustedFacts.open({ store, signers: [w.ciKey.signer, { ...w.appKey.signer, app: true }] });
  const outcome = await takeSnapshot({ environment: { name: 'production', env: { members: [], type: 'list' }, type: 'list' }, artifacts: running.map((r) => ({ name: r.name, digest: r.artifact, where: [] })), skipped: [], store: trusted, flows: { [FLOW]: { name: FLOW, require: ['unit-tests'], policies: [], branches: [], environments: [], retries: 'sticky' } }, actor: 'ci', now: new Date() });
  if (outcome.facts.length > 0) await store.append({ facts: outcome.facts });
}

async function pushed(w: E2EWorld, step: () => Promise<void>): Promise<void> {
  const before = w.gh.ref(REPO, 'heads/factstore') ?? '';
  await step();
  await w.receive('push', factsPush(w, before, w.gh.ref(REPO, 'heads/factstore') ?? ''));
}

const driftIssues = (w: E2EWorld) => w.gh.issues(REPO).filter((i) => i.labels.includes('factstore-drift'));

describe('the App keeps the drift issue of snapshots recorded elsewhere', () => {
  it('opens it on drift, leaves it alone while the drift is the same, and closes it when the environment is compliant again', async () => {
    const w = await e2eWorld(undefined, ENVIRONMENTS);
    await w.ciStore.init();
    // GOOD was built and tested in the flow: COMPLIANT
    await w.ciStore.append({ facts: [
      makeFact({ kind: 'trail', flow: FLOW, trail: 'b1', actor: 'ci', ts: new Date().toISOString() }),
      makeFact({ kind: 'artifact', flow: FLOW, trail: 'b1', artifact: GOOD, name: 'web', actor: 'ci', ts: new Date().toISOString() }),
      makeFact({ kind: 'attestation', flow: FLOW, trail: 'b1', type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'ci', ts: new Date().toISOString() }),
    ] });
    await pushed(w, () => snapshot(w, [{ name: 'web', artifact: GOOD }]));
    expect(driftIssues(w)).toEqual([]);

    await pushed(w, () => snapshot(w, [{ name: 'web', artifact: UNKNOWN }]));
    const opened = driftIssues(w);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ state: 'open', title: 'Factstore: drift in production' });
    expect(opened[0]?.body).toContain(MARKER);
    expect(opened[0]?.body).toContain(UNKNOWN.slice(7, 19));

    // the same snapshot again records nothing; a push of other facts changes nothing either
    w.gh.resetRequests();
    await pushed(w, () => snapshot(w, [{ name: 'web', artifact: UNKNOWN }]).then(() => w.ciStore.append({ facts: [makeFact({ kind: 'trail', flow: FLOW, trail: 'b2', actor: 'ci', ts: new Date().toISOString() })] })).then(() => undefined));
    expect(w.gh.requests.filter((r) => r.path.includes('/issues') && r.method !== 'GET')).toEqual([]);

    await pushed(w, () => snapshot(w, [{ name: 'web', artifact: GOOD }]));
    const closed = driftIssues(w);
    expect(closed.map((i) => [i.number, i.state])).toEqual([[opened[0]?.number, 'closed']]);
    expect(w.gh.comments(REPO, opened[0]?.number ?? 0).at(-1)?.body).toMatch(/COMPLIANT/);
  });

  // the push of an untrusted commit raises the tamper alarm; its drift fact counts nowhere
  it('opens nothing for drift facts signed by a key the config does not trust', async () => {
    const w = await e2eWorld(undefined, ENVIRONMENTS);
    await w.ciStore.init();
    const mallory = testKey('mallory@evil');
    const [owner, repo] = REPO.split('/') as [string, string];
    const forger = new GitHubStore({ request: getOctokit(w.gh.token, { baseUrl: w.gh.url }).request, owner, repo, signer: sshSigner(mallory.privateKey), author: { name: 'mallory', email: 'm@evil.test' } });
    await pushed(w, () => snapshot(w, [{ name: 'web', artifact: UNKNOWN }], forger));
    expect(driftIssues(w)).toEqual([]);
  });
});
