// One drift issue per environment: what the planner asks for (pure), and how it is applied on the
// fake GitHub through a real Octokit (found again by label and marker, never twice, updated only
// when its body changed, closed with a comment, cut to GitHub's body limit).
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDriftIssue } from '../../src/core/environments/apply-drift-issue.js';
import { DRIFT_LABEL, driftMarker, planDriftIssue, type DriftIssuePlan } from '../../src/core/environments/drift-issue.js';
import type { EnvironmentStatus, RunningArtifactStatus } from '../../src/core/environments/environment-status.js';
import type { OpenDrift } from '../../src/core/environments/plan-drift.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import { statusOf, type GitHubRequest } from '../../src/core/store/github/github-request.js';
import { restClient } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';

const digest = (n: number): string => `sha256:${n.toString(16).padStart(64, '0')}`;
const SNAPSHOT = { id: 'a'.repeat(64), ts: '2026-11-23T12:00:00.000Z', actor: 'ci' };

function drift(name: string, artifact: string, extra: Partial<OpenDrift> = {}): OpenDrift {
  return makeFact({
    kind: 'drift',
    event: 'DRIFT_DETECTED',
    environment: 'production',
    name,
    artifact,
    snapshot: SNAPSHOT.id,
    reason: 'NO_PROVENANCE',
    firstSeen: '2026-11-23T11:30:00.000Z',
    details: 'recorded by no trail',
    actor: 'ci',
    ts: '2026-11-23T11:30:00.000Z',
    ...extra,
  }) as OpenDrift;
}

function status(artifacts: RunningArtifactStatus[], environment = 'production'): EnvironmentStatus {
  return { environment, type: 'k8s', snapshot: SNAPSHOT, status: artifacts.every((a) => a.status === 'COMPLIANT') ? 'COMPLIANT' : 'NON_COMPLIANT', artifacts };
}

const running = (name: string, artifact: string, verdict: RunningArtifactStatus['status'], flows: RunningArtifactStatus['flows'] = []): RunningArtifactStatus => ({ name, artifact, where: [], status: verdict, flows });

describe('planDriftIssue', () => {
  it('while anything drifts: the title, the label, and a body with the marker and one row per drifting artifact', () => {
    const open = [
      drift('ghcr.io/acme/payments', digest(1), { expected: [digest(9)] }),
      drift('ghcr.io/acme/ledger', digest(2), { reason: 'NON_COMPLIANT', details: 'old details', expected: [digest(5), digest(6), digest(7), digest(8)] }),
    ];
    const plan = planDriftIssue({
      status: status([running('ghcr.io/acme/payments', digest(1), 'NO_PROVENANCE'), running('ghcr.io/acme/ledger', digest(2), 'NON_COMPLIANT', [{ flow: 'ledger', status: 'NON_COMPLIANT', details: 'missing `unit-tests`' }])]),
      open,
    });
    expect(plan).toMatchObject({ action: 'open', environment: 'production', title: 'Factstore: drift in production', label: 'factstore-drift', marker: '<!-- factstore:drift:production -->' });
    const body = plan.action === 'open' ? plan.body : '';
    expect(body.startsWith('<!-- factstore:drift:production -->\n2 artifacts run in `production` (k8s) that are not allowed there')).toBe(true);
    expect(body).toContain(`| \`ghcr.io/acme/payments\` | \`${digest(1)}\` | **NO_PROVENANCE**: recorded by no trail | 2026-11-23T11:30:00.000Z | \`${digest(9)}\` |`);
    // what the flows say now, not what they said when the drift was first seen; three expected digests at most
    expect(body).toContain(`| \`ghcr.io/acme/ledger\` | \`${digest(2)}\` | **NON_COMPLIANT**: ledger: missing \\\`unit-tests\\\` | 2026-11-23T11:30:00.000Z | \`${digest(5)}\` \`${digest(6)}\` \`${digest(7)}\` and 1 more |`);
    expect(body).not.toContain('old details');
  });

  it('the body depends on the drift only, so a later snapshot with the same drift asks for no update', () => {
    const open = [drift('app', digest(1))];
    const first = planDriftIssue({ status: status([running('app', digest(1), 'NO_PROVENANCE')]), open });
    const later = planDriftIssue({ status: { ...status([running('app', digest(1), 'NO_PROVENANCE'), running('web', digest(3), 'COMPLIANT')]), snapshot: { ...SNAPSHOT, id: 'b'.repeat(64), ts: '2026-11-23T13:00:00.000Z' } }, open });
    expect(later).toEqual(first);
  });

  it('user text cannot break the table, open HTML or mention anyone', () => {
    const plan = planDriftIssue({ status: status([running('evil|<img src=x>@alice', digest(1), 'NO_PROVENANCE')]), open: [drift('evil|<img src=x>@alice', digest(1), { details: '<b>@acme/sre</b> | x' })] });
    const body = plan.action === 'open' ? plan.body : '';
    expect(body).toContain('`evil\\|<img src=x>@alice`');
    expect(body).toContain('**NO_PROVENANCE**: &lt;b&gt;@&#8203;acme/sre&lt;/b&gt; \\| x');
  });

  it('COMPLIANT again: close, with a comment naming the snapshot; before any snapshot: leave it', () => {
    const plan = planDriftIssue({ status: status([running('app', digest(1), 'COMPLIANT'), running('web', digest(2), 'COMPLIANT')]), open: [] });
    expect(plan).toEqual({
      action: 'close',
      environment: 'production',
      label: DRIFT_LABEL,
      marker: driftMarker('production'),
      comment: `The drift is over: all 2 artifacts running in \`production\` at snapshot \`${'a'.repeat(12)}\` (2026-11-23T12:00:00.000Z) are COMPLIANT. Closed by Factstore; a new drift opens a new issue.`,
    });
    expect(planDriftIssue({ status: { environment: 'production', type: 'k8s', snapshot: null, status: 'NO_SNAPSHOT', artifacts: [] }, open: [] }).action).toBe('leave');
  });

  it("stays under GitHub's 65,536 characters, saying how many drifting artifacts are not listed", () => {
    const open = Array.from({ length: 3000 }, (_, i) => drift(`registry.example.com/team/${'service-'.repeat(20)}${i}`, digest(i + 1), { expected: [digest(100_000 + i)] }));
    const plan = planDriftIssue({ status: status([]), open });
    const body = plan.action === 'open' ? plan.body : '';
    expect(Array.from(body).length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(60_000);
    const shown = body.split('\n').filter((l) => l.startsWith('| `registry.example.com')).length;
    expect(shown).toBeGreaterThan(100);
    expect(body).toContain(`_…and ${String(3000 - shown).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} more drifting artifacts, not listed: an issue body holds at most 65536 characters._`);
    expect(body.endsWith('shows the same judgement.\n')).toBe(true);
  });
});

describe('applyDriftIssue on the fake GitHub', () => {
  let gh: FakeGitHub;
  let request: GitHubRequest;
  let repos = 0;

  beforeAll(async () => {
    gh = await startFakeGitHub();
    request = getOctokit(gh.token, { baseUrl: gh.url, retry: { enabled: false } }).request;
  });
  afterAll(async () => {
    expect(gh.takeSpecViolations()).toEqual([]);
    await gh.close();
  });

  function freshRepo(): { fullName: string; where: { owner: string; repo: string } } {
    const fullName = `acme/drift-${++repos}`;
    gh.createRepo(fullName);
    gh.putFiles(fullName, 'main', { 'README.md': 'app\n' });
    return { fullName, where: { owner: 'acme', repo: fullName.split('/')[1] ?? '' } };
  }

  const openPlan = (names: string[], environment = 'production'): DriftIssuePlan =>
    planDriftIssue({ status: status(names.map((n, i) => running(n, digest(i + 1), 'NO_PROVENANCE')), environment), open: names.map((n, i) => drift(n, digest(i + 1), { environment })) });
  const closePlan = planDriftIssue({ status: status([running('app', digest(1), 'COMPLIANT')]), open: [] });
  const writes = () => gh.requests.filter((q) => q.method !== 'GET').map((q) => q.operation);

  it('opens one issue, keeps it while the body is the same, updates it when the drift changes, closes it with a comment', async () => {
    const { fullName, where } = freshRepo();
    // someone else's issues: the label without the marker, and another environment's marker
    const api = restClient(gh.url, gh.token);
    await api('POST', `/repos/${fullName}/issues`, { title: 'about drift', body: 'see the dashboard', labels: [DRIFT_LABEL] });
    const other = openPlan(['app'], 'production-eu');
    expect(await applyDriftIssue(request, where, other)).toMatchObject({ action: 'created', number: 2 });

    expect(await applyDriftIssue(request, where, openPlan(['app']))).toEqual({ action: 'created', number: 3, url: `https://github.com/${fullName}/issues/3` });
    gh.resetRequests();
    expect(await applyDriftIssue(request, where, openPlan(['app']))).toEqual({ action: 'unchanged', number: 3, url: `https://github.com/${fullName}/issues/3` });
    expect(writes()).toEqual([]);
    expect(gh.requests[0]).toMatchObject({ operation: 'issues.listForRepo', query: { labels: DRIFT_LABEL, state: 'open', per_page: '100' } });

    expect(await applyDriftIssue(request, where, openPlan(['app', 'web']))).toMatchObject({ action: 'updated', number: 3 });
    expect(writes()).toEqual(['issues.update']);
    const kept = gh.issues(fullName).find((i) => i.number === 3);
    expect(kept?.body).toContain('`web`');
    expect(kept?.title).toBe('Factstore: drift in production');

    gh.resetRequests();
    expect(await applyDriftIssue(request, where, closePlan)).toMatchObject({ action: 'closed', number: 3 });
    expect(writes()).toEqual(['issues.createComment', 'issues.update']);
    expect(gh.issues(fullName).map((i) => [i.number, i.state])).toEqual([[1, 'open'], [2, 'open'], [3, 'closed']]);
    expect(gh.comments(fullName, 3).map((c) => c.body)).toEqual([closePlan.action === 'close' ? closePlan.comment : '']);

    // nothing open to close: nothing written
    gh.resetRequests();
    expect(await applyDriftIssue(request, where, closePlan)).toEqual({ action: 'none' });
    expect(writes()).toEqual([]);
  });

  it('finds its issue past the first page of labelled issues, and never opens a second', async () => {
    const { fullName, where } = freshRepo();
    expect(await applyDriftIssue(request, where, openPlan(['app']))).toMatchObject({ action: 'created', number: 1 });
    const api = restClient(gh.url, gh.token);
    for (let i = 0; i < 105; i++) await api('POST', `/repos/${fullName}/issues`, { title: `noise ${i}`, labels: [DRIFT_LABEL] });
    gh.resetRequests();
    expect(await applyDriftIssue(request, where, openPlan(['app']))).toMatchObject({ action: 'unchanged', number: 1 });
    expect(gh.requests.map((q) => q.query.page)).toEqual(['1', '2']);
    expect(gh.issues(fullName).filter((i) => (i.body ?? '').includes(driftMarker('production')))).toHaveLength(1);
  });

  it('a body cut to the limit is one GitHub takes', async () => {
    const { fullName, where } = freshRepo();
    const plan = openPlan(Array.from({ length: 2000 }, (_, i) => `registry.example.com/${'x'.repeat(150)}/${i}`));
    expect(await applyDriftIssue(request, where, plan)).toMatchObject({ action: 'created' });
    expect(gh.issues(fullName)[0]?.body).toContain('more drifting artifacts, not listed');
  });

  it("GitHub's refusal is thrown with its status, for the step to turn into advice", async () => {
    const { where } = freshRepo();
    gh.addToken('ghs_contentsOnly', { contents: 'write' });
    const readOnly = getOctokit('ghs_contentsOnly', { baseUrl: gh.url, retry: { enabled: false } }).request;
    const error = await applyDriftIssue(readOnly, where, openPlan(['app'])).catch((e: unknown) => e);
    expect(statusOf(error)).toBe(403);
  });
});
