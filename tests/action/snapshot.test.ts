// The snapshot step over an environment's life, on the fake GitHub: a compliant artifact running, an
// unknown digest deployed (drift recorded once, one issue), the same again, the compliant one back
// (drift resolved, issue closed), a token that may not write issues, and a type the config does not give.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DriftFact, Fact, SnapshotFact } from '../../src/core/model/fact.js';
import { looseDir } from '../../src/core/store/layout.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';
import { exportFactsBranch } from './facts.js';
import { commands, type StepRun } from './runner.js';
import { configText, FLOW, putEvidence, REPO, world, type World } from './world.js';

const K8S = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/environments/k8s/kubectl__kuard-minikube-pods.json');
const KUARD = 'gcr.io/kuar-demo/kuard-amd64';
// the image digest of the one running pod of the fixture (read from its imageID)
const GOOD = 'sha256:bd17153e9a3319f401acc7a27759243f37d422c06cbbf01cb3e1f54bbbfe14f4';
const UNKNOWN = `sha256:${'5e'.repeat(32)}`;
const MARKER = '<!-- factstore:drift:production -->';

let w: World;

/** kubectl's output as an earlier step saved it, with the pod running `digest`. */
function savePods(digest: string): void {
  const text = readFileSync(K8S, 'utf8');
  expect(text).toContain(GOOD.slice('sha256:'.length));
  writeFileSync(path.join(w.workspace, 'pods.json'), text.replaceAll(GOOD.slice('sha256:'.length), digest.slice('sha256:'.length)));
}

const snapshot = (inputs: Record<string, string> = {}, target = w): Promise<StepRun> =>
  target.step({ environment: 'production', type: 'k8s', file: 'pods.json', ...inputs }, {}, 'snapshot');

/** The loose facts of one kind for the environment, as the facts branch holds them. */
function looseFacts<T extends Fact>(gh: FakeGitHub, kind: string): T[] {
  const repo = gh.repository(REPO);
  const tip = gh.ref(REPO, 'heads/factstore');
  const tree = tip === undefined ? undefined : repo.commit(tip)?.tree;
  const dir = tree === undefined ? undefined : repo.entryAt(tree, looseDir(kind, 'production'));
  return (dir === undefined ? [] : (repo.tree(dir.sha) ?? []))
    .flatMap((e) => (gh.readFile(REPO, 'factstore', `${looseDir(kind, 'production')}/${e.name}`)?.toString('utf8') ?? '').split('\n'))
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);
}

const driftIssues = (gh: FakeGitHub) => gh.issues(REPO).filter((i) => i.labels.includes('factstore-drift'));
const issueWrites = (gh: FakeGitHub) => gh.requests.filter((q) => q.path.includes('/issues') && q.method !== 'GET');

beforeAll(async () => {
  w = await world({ config: (key) => configText(key, 'environments:\n  production: { type: k8s, description: the payments cluster }\n') });
  // the artifact built, tested and scanned: COMPLIANT in the flow
  expect((await w.step({ flow: FLOW, artifact: GOOD, 'artifact-name': KUARD }, {}, 'begin')).code).toBe(0);
  putEvidence(w, 'junit/mocha-xunit__latex-utensils.xml', 'junit.xml');
  putEvidence(w, 'sarif/snyk-code__test-code-consistent-ignores.sarif.json', 'snyk.sarif');
  expect((await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'junit.xml' })).code).toBe(0);
  expect((await w.step({ flow: FLOW, type: 'vulnerability-scan', evidence: 'snyk.sarif' })).code).toBe(0);
});

describe('the snapshot step', () => {
  it('the compliant artifact running: a snapshot recorded, COMPLIANT, no drift and no issue', async () => {
    savePods(GOOD);
    const r = await snapshot();
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout).toBe(0);
    const [recorded, ...more] = looseFacts<SnapshotFact>(w.gh, 'snapshot');
    expect(more).toEqual([]);
    expect(recorded).toMatchObject({ kind: 'snapshot', environment: 'production', type: 'k8s', artifacts: [{ name: KUARD, artifact: GOOD }], context: { runId: '9000000001' } });
    expect(r.outputs).toEqual({ status: 'COMPLIANT', 'snapshot-id': recorded?.id, drift: '0', recorded: 'true', 'facts-commit': w.gh.ref(REPO, 'heads/factstore'), 'drift-issue': '' });
    expect(looseFacts(w.gh, 'drift')).toEqual([]);
    expect(driftIssues(w.gh)).toEqual([]);
    expect(r.summary).toContain('## ✅ Factstore: `production` is COMPLIANT');
    expect(r.summary).toContain(`| ✅ | \`${KUARD}\` | \`${GOOD}\` | COMPLIANT | ${FLOW} COMPLIANT (trail ${w.sha}) |`);
    expect(r.summary).toMatch(/Decided by \[`\.github\/factstore\.yml`\]\(.*\) of the default branch `main`/);
  });

  it('an unknown digest deployed: DRIFT_DETECTED recorded and one issue opened with the label and the marker', async () => {
    savePods(UNKNOWN);
    const r = await snapshot();
    expect(r.code, r.stdout).toBe(0);
    const [detected, ...others] = looseFacts<DriftFact>(w.gh, 'drift');
    expect(others).toEqual([]);
    expect(detected).toMatchObject({ event: 'DRIFT_DETECTED', name: KUARD, artifact: UNKNOWN, reason: 'NO_PROVENANCE', expected: [GOOD] });
    expect(r.outputs).toMatchObject({ status: 'NON_COMPLIANT', drift: '1', recorded: 'true', 'drift-issue': 'https://github.com/acme/app/issues/1' });
    const [issue, ...second] = driftIssues(w.gh);
    expect(second).toEqual([]);
    expect(issue).toMatchObject({ number: 1, title: 'Factstore: drift in production', state: 'open', labels: ['factstore-drift'] });
    expect(issue?.body).toContain(MARKER);
    expect(issue?.body).toContain(`| \`${KUARD}\` | \`${UNKNOWN}\` | **NO_PROVENANCE**: recorded by no trail | ${detected?.firstSeen ?? ''} | \`${GOOD}\` |`);
    expect(commands(r.stdout, 'warning').map((c) => c.message)).toEqual([`factstore: drift in production: ${KUARD} ${UNKNOWN} is NO_PROVENANCE (recorded by no trail).`]);
    expect(r.summary).toContain('## ❌ Factstore: drift in `production`');
    expect(r.summary).toContain('### Drift (1)');
    expect(r.summary).toContain('Drift issue [#1](https://github.com/acme/app/issues/1): opened.');
  });

  it('the same again: no new fact, no second issue, the issue left as it is', async () => {
    const tip = w.gh.ref(REPO, 'heads/factstore');
    const body = driftIssues(w.gh)[0]?.body;
    w.gh.resetRequests();
    const r = await snapshot();
    expect(r.code, r.stdout).toBe(0);
    expect(w.gh.ref(REPO, 'heads/factstore')).toBe(tip);
    expect(looseFacts<DriftFact>(w.gh, 'drift').map((d) => d.event)).toEqual(['DRIFT_DETECTED']);
    expect(driftIssues(w.gh).map((i) => [i.number, i.state, i.body])).toEqual([[1, 'open', body]]);
    expect(issueWrites(w.gh)).toEqual([]);
    // the issue was looked up by its label, open ones only
    expect(w.gh.requests.find((q) => q.operation === 'issues.listForRepo')).toMatchObject({ query: { labels: 'factstore-drift', state: 'open' } });
    expect(r.outputs).toMatchObject({ status: 'NON_COMPLIANT', drift: '1', recorded: 'false', 'facts-commit': tip });
    expect(commands(r.stdout, 'warning')).toEqual([]);
    expect(r.summary).toContain('Nothing new recorded: the same 1 artifact run as at snapshot');
    expect(r.summary).toContain('Drift issue [#1](https://github.com/acme/app/issues/1): open, unchanged.');
  });

  it('the compliant artifact back: DRIFT_RESOLVED recorded and the issue closed with a comment', async () => {
    savePods(GOOD);
    const r = await snapshot();
    expect(r.code, r.stdout).toBe(0);
    expect(looseFacts<DriftFact>(w.gh, 'drift').map((d) => [d.event, d.artifact, d.resolution])).toEqual([
      ['DRIFT_DETECTED', UNKNOWN, undefined],
      ['DRIFT_RESOLVED', UNKNOWN, 'GONE'],
    ]);
    expect(driftIssues(w.gh).map((i) => [i.number, i.state])).toEqual([[1, 'closed']]);
    const [comment, ...more] = w.gh.comments(REPO, 1);
    expect(more).toEqual([]);
    expect(comment?.body).toMatch(/^The drift is over: all 1 artifact running in `production` at snapshot `[0-9a-f]{12}` \(.+\) is COMPLIANT\./);
    expect(r.outputs).toMatchObject({ status: 'COMPLIANT', drift: '0', recorded: 'true', 'drift-issue': 'https://github.com/acme/app/issues/1' });
    expect(r.summary).toContain('Drift issue [#1](https://github.com/acme/app/issues/1): closed.');
    expect((await exportFactsBranch(w.gh, w.key)).unverified).toEqual({});
  });

  it('a token that may not write issues: the snapshot and drift are recorded, with a warning naming the permission', async () => {
    w.gh.addToken('ghs_noIssues', { contents: 'write', bot: true, login: 'github-actions[bot]' });
    savePods(UNKNOWN);
    const tip = w.gh.ref(REPO, 'heads/factstore');
    const r = await snapshot({ token: 'ghs_noIssues', 'config-token': 'ghs_noIssues' });
    expect(r.code, r.stdout).toBe(0);
    expect(w.gh.ref(REPO, 'heads/factstore')).not.toBe(tip);
    expect(looseFacts<DriftFact>(w.gh, 'drift').map((d) => d.event)).toEqual(['DRIFT_DETECTED', 'DRIFT_RESOLVED', 'DRIFT_DETECTED']);
    expect(driftIssues(w.gh).map((i) => i.state)).toEqual(['closed']);
    const warnings = commands(r.stdout, 'warning').map((c) => c.message);
    expect(warnings).toContain(
      'factstore: the drift issue of production was not kept in acme/app: GitHub answered 403 (Resource not accessible by integration). ' +
        'The snapshot and drift facts were recorded; to keep the issue, give the job `permissions: issues: write`, or set `drift-issue: false`.',
    );
    expect(r.outputs).toMatchObject({ status: 'NON_COMPLIANT', drift: '1', 'drift-issue': '' });
  });

  it('the issue comes back on the next snapshot with a token that may: a new one, since the old one was closed', async () => {
    const r = await snapshot();
    expect(r.code, r.stdout).toBe(0);
    expect(driftIssues(w.gh).map((i) => [i.number, i.state])).toEqual([[1, 'closed'], [2, 'open']]);
    expect(looseFacts<DriftFact>(w.gh, 'drift')).toHaveLength(3);
  });

  it('a type the config does not give the environment: the step fails and nothing is written', async () => {
    writeFileSync(path.join(w.workspace, 'running.json'), JSON.stringify([{ name: KUARD, sha256: GOOD }]));
    const tip = w.gh.ref(REPO, 'heads/factstore');
    w.gh.resetRequests();
    const r = await snapshot({ type: 'list', file: 'running.json' });
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error')[0]?.message).toBe(
      'factstore: environment production is of type k8s in the config, not list: the config is the truth, so this snapshot is refused. ' +
        'Give `type:` k8s, with `file:`: the output of kubectl get pods -A -o json.',
    );
    expect(w.gh.ref(REPO, 'heads/factstore')).toBe(tip);
    expect(w.gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(r.outputs).toEqual({});
  });

  it('names what a type needs when its input is missing, and refuses a type that does not exist', async () => {
    const none = await snapshot({ file: '' });
    expect(none.code).toBe(1);
    expect(commands(none.stdout, 'error')[0]?.message).toBe('factstore: snapshot k8s needs `file:` (`file:`: the output of kubectl get pods -A -o json).');
    const odd = await snapshot({ type: 'k3s' });
    expect(odd.code).toBe(1);
    expect(commands(odd.stdout, 'error')[0]?.message).toContain('"k3s" is not an environment type: give `type:` one of k8s, docker, ecs, lambda, s3, server, list');
  });

  it('a dry run judges and reports without writing a fact or touching the issue, and needs no key', async () => {
    savePods(GOOD);
    const tip = w.gh.ref(REPO, 'heads/factstore');
    w.gh.resetRequests();
    const r = await snapshot({ 'dry-run': 'true', 'signing-key': '' });
    expect(r.code, r.stdout).toBe(0);
    expect(w.gh.ref(REPO, 'heads/factstore')).toBe(tip);
    expect(w.gh.requests.filter((q) => q.method !== 'GET' || q.path.includes('/issues'))).toEqual([]);
    expect(r.outputs).toMatchObject({ status: 'COMPLIANT', drift: '0', recorded: 'false', 'facts-commit': '' });
    expect(r.summary).toContain('Dry run: 2 fact(s) would be recorded; nothing was written (no facts, no issue).');
  });
});
