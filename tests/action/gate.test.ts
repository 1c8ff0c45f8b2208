import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { DecisionFact } from '../../src/core/model/fact.js';
import { validate } from '../../src/core/schema/index.js';
import { tempDir } from '../helpers/git.js';
import { exportFactsBranch, trailFacts } from './facts.js';
import { ALLOWED, BLOCKED, bodyOf, checkRunWrites, config, gateStep, highWaterWrites, recorded } from './gate-world.js';
import { ROOT, commands, type ActionMetadata } from './runner.js';
import { REPO, putEvidence, world, type World } from './world.js';

/** The check runs of a flow on the gated commit, oldest first: status, conclusion and the App that made each. */
const runsOf = (w: World, flow: string): [string, string | null, string][] =>
  w.gh.checkRuns(REPO).filter((r) => r.head_sha === w.sha && r.name === `Factstore gate / ${flow}`).map((r) => [r.status, r.conclusion, r.app.slug]);

describe('gate/action.yml', () => {
  it('declares the gate inputs and outputs and runs the shared bundle with command gate', () => {
    const file = path.join(ROOT, 'gate', 'action.yml');
    const metadata = parse(readFileSync(file, 'utf8')) as ActionMetadata;
    expect(Object.keys(metadata.inputs).sort()).toEqual(['checks-token', 'command', 'commit', 'config', 'config-token', 'facts-branch', 'facts-repo', 'flow', 'git-branch', 'high-water-app-id', 'record', 'signing-key', 'token']);
    expect(Object.keys(metadata.outputs).sort()).toEqual(['decision', 'result']);
    expect(metadata.inputs.command?.default).toBe('gate');
    expect(metadata.inputs.record?.default).toBe('true');
    expect(metadata.inputs.token?.default).toBe('${{ github.token }}');
    expect(path.resolve(path.dirname(file), metadata.runs.main)).toBe(path.join(ROOT, 'dist', 'action', 'index.js'));
  });
});

describe('the gate step', () => {
  it('creates one check run per flow with the decision, records signed decisions, and new runs on a re-run', async () => {
    const w = await world({ config });
    await recorded(w);
    w.gh.resetRequests();
    const r = await gateStep(w);
    expect(r.stderr).toBe('');
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs.decision).toBe('GATE_BLOCKED');
    const result = JSON.parse(r.outputs.result ?? '') as { commit: string; flows: { flow: string; decision: string }[]; factsCommit: string };
    const check = validate('cli/gate', result);
    expect(check.ok ? [] : check.errors).toEqual([]);
    expect(result.commit).toBe(w.sha);
    expect(result.flows.map((f) => [f.flow, f.decision])).toEqual([[ALLOWED, 'GATE_ALLOWED'], [BLOCKED, 'GATE_BLOCKED']]);

    const created = checkRunWrites(w.gh.requests);
    expect(created.map((q) => [q.method, q.path, q.status])).toEqual([
      ['POST', `/repos/${REPO}/check-runs`, 201],
      ['POST', `/repos/${REPO}/check-runs`, 201],
    ]);
    const [allowed, blocked] = created.map(bodyOf);
    expect(allowed).toMatchObject({ name: `Factstore gate / ${ALLOWED}`, head_sha: w.sha, status: 'completed', conclusion: 'success', output: { title: 'GATE_ALLOWED' } });
    expect(allowed?.output?.summary).toContain('GATE_ALLOWED');
    expect(allowed?.output?.summary).not.toContain(BLOCKED);
    expect(blocked).toMatchObject({ name: `Factstore gate / ${BLOCKED}`, head_sha: w.sha, status: 'completed', conclusion: 'failure', output: { title: 'GATE_BLOCKED' } });
    expect(blocked?.output?.summary).toContain('`vulnerability-scan` is missing');
    expect(r.summary).toContain(ALLOWED);
    expect(r.summary).toContain(BLOCKED);

    // one decision fact per flow, naming the facts commit evaluated and the config commit, in a signed commit
    const decisions = [ALLOWED, BLOCKED].map((flow) => trailFacts(w.gh, flow, w.sha).filter((f): f is DecisionFact => f.kind === 'decision'));
    expect(decisions.map((d) => d.map((f) => [f.flow, f.event, f.factsCommit, f.configCommit, f.commit]))).toEqual([
      [[ALLOWED, 'GATE_ALLOWED', result.factsCommit, w.sha, w.sha]],
      [[BLOCKED, 'GATE_BLOCKED', result.factsCommit, w.sha, w.sha]],
    ]);
    expect(allowed?.external_id).toBe(`factstore:${ALLOWED}:${decisions[0]?.[0]?.id ?? ''}`);
    const exported = await exportFactsBranch(w.gh, w.key);
    // the high-water mark moves to the commit that recorded the decisions, kept on the facts branch's first commit
    const marks = highWaterWrites(w.gh.requests).map(bodyOf);
    expect(marks).toMatchObject([{ head_sha: exported.commits[exported.commits.length - 1], status: 'completed', conclusion: 'success', external_id: w.gh.ref(REPO, 'heads/factstore') }]);
    expect(exported.unverified).toEqual({});
    expect(exported.commits[0]).toBe(w.gh.ref(REPO, 'heads/factstore'));

    // the vulnerability scan arrives; the re-run creates two new runs, never moving the completed ones
    putEvidence(w, 'sarif/snyk-code__test-code-consistent-ignores.sarif.json', 'snyk.sarif');
    expect((await w.step({ flow: BLOCKED, trail: w.sha, type: 'vulnerability-scan', evidence: 'snyk.sarif' })).code).toBe(0);
    w.gh.resetRequests();
    const again = await gateStep(w);
    expect(again.code).toBe(0);
    expect(again.outputs.decision).toBe('GATE_ALLOWED');
    const rerun = checkRunWrites(w.gh.requests);
    expect(rerun.map((q) => [q.method, q.status, bodyOf(q).head_sha, bodyOf(q).conclusion])).toEqual([
      ['POST', 201, w.sha, 'success'],
      ['POST', 201, w.sha, 'success'],
    ]);
    // runs of the gated commit are never looked up (a new run per decision); the mark's are read on the first commit
    expect(w.gh.requests.filter((q) => q.path.includes(`/commits/${w.sha}/check-runs`))).toEqual([]);
    // blocked, then allowed: two runs of the blocked flow, the newest green, the older left as it was
    expect(runsOf(w, BLOCKED)).toEqual([['completed', 'failure', 'github-actions'], ['completed', 'success', 'github-actions']]);
  });

  it('allowed, then blocked: a new run of the flow, red, the green one left as it was', async () => {
    const w = await world({ config });
    await recorded(w);
    expect((await gateStep(w, { flow: ALLOWED })).outputs.decision).toBe('GATE_ALLOWED');
    expect((await w.step({ flow: ALLOWED, trail: w.sha, type: 'unit-tests', status: 'FAILED' })).code).toBe(0);
    const again = await gateStep(w, { flow: ALLOWED });
    expect(commands(again.stdout, 'error')).toEqual([]);
    expect(again.outputs.decision).toBe('GATE_BLOCKED');
    expect(runsOf(w, ALLOWED)).toEqual([['completed', 'success', 'github-actions'], ['completed', 'failure', 'github-actions']]);
  });

  it('on workflow_run gates the head commit of the triggering run', async () => {
    const w = await world({ config });
    await recorded(w);
    const later = w.gh.putFiles(REPO, 'main', { 'CHANGELOG.md': 'later\n' });
    const event = path.join(tempDir('factstore-event-'), 'event.json');
    // a workflow_run payload trimmed to the fields the step reads and their neighbours
    writeFileSync(event, JSON.stringify({
      action: 'completed',
      workflow_run: { id: 30433642, name: 'Build', event: 'push', status: 'completed', conclusion: 'success', head_branch: 'main', head_sha: w.sha, run_number: 562 },
      workflow: { id: 159038, name: 'Build' },
      repository: { id: 123456, name: 'app', full_name: REPO, private: true, owner: { login: 'acme', id: 1 } },
      sender: { login: 'octocat', id: 583231, type: 'User' },
    }));
    w.gh.resetRequests();
    const r = await gateStep(w, { flow: ALLOWED, record: 'false', 'signing-key': '' }, { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: event, GITHUB_SHA: later });
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs.decision).toBe('GATE_ALLOWED');
    const writes = checkRunWrites(w.gh.requests);
    expect(writes.map((q) => [bodyOf(q).name, bodyOf(q).head_sha])).toEqual([[`Factstore gate / ${ALLOWED}`, w.sha]]);
    // record: false writes nothing to the facts branch
    expect(w.gh.requests.filter((q) => q.method !== 'GET' && !q.path.includes('/check-runs'))).toEqual([]);
  });

  it('a token without checks: write fails the step and says which permission to give', async () => {
    const w = await world({ config });
    await recorded(w);
    w.gh.addToken('ghs_noChecks', { contents: 'write' });
    const r = await gateStep(w, { token: 'ghs_noChecks', record: 'false' });
    expect(r.code).toBe(1);
    const message = commands(r.stdout, 'error')[0]?.message ?? '';
    expect(message).toContain('403 (Resource not accessible by integration)');
    expect(message).toContain('`permissions: checks: write`');
  });

  it('a classic PAT as `token` reads and records the facts while `checks-token` (the workflow\'s token) writes the check runs', async () => {
    const w = await world({ config });
    await recorded(w);
    // a classic personal access token: contents, and no Checks API at all
    w.gh.addToken('ghp_classicPat', { contents: 'write' });
    const r = await gateStep(w, { token: 'ghp_classicPat', 'checks-token': w.gh.token, flow: ALLOWED, record: 'false' });
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(runsOf(w, ALLOWED).at(-1)).toEqual(['completed', 'success', 'github-actions']);
  });

  it('a checks-token that may not write check runs is named, with the advice for a PAT', async () => {
    const w = await world({ config });
    await recorded(w);
    w.gh.addToken('ghp_classicPat', { contents: 'write' });
    const r = await gateStep(w, { 'checks-token': 'ghp_classicPat', flow: ALLOWED, record: 'false' });
    expect(r.code).toBe(1);
    const message = commands(r.stdout, 'error')[0]?.message ?? '';
    expect(message).toContain('the `checks-token` may not write check runs');
    expect(message).toContain('A classic personal access token cannot use the Checks API');
  });

  it('a check run for a commit that is not in the repository is refused with a clear error', async () => {
    const w = await world({ config });
    const missing = 'c'.repeat(40);
    await recorded(w, missing);
    const r = await gateStep(w, { commit: missing, flow: ALLOWED, record: 'false' });
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error')[0]?.message).toContain(`is ${missing} a commit of ${REPO}?`);
  });
});
