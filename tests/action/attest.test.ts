import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AttestationFact, TrailFact } from '../../src/core/model/fact.js';
import { evidencePath } from '../../src/core/store/layout.js';
import { exportFactsBranch, trailFacts } from './facts.js';
import { commands } from './runner.js';
import { FLOW, REPO, putEvidence, world } from './world.js';

describe('the attest step', () => {
  it('records the attestation with its evidence and computed status, signed, with the run context', async () => {
    const w = await world();
    const junit = putEvidence(w, 'junit/surefire__TEST-io.olamy.AlwaysFailTest.xml', 'target/surefire-reports/junit.xml');
    const r = await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'target/**/*.xml' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);

    const tip = w.gh.ref(REPO, 'heads/factstore');
    const [start, attestation, ...rest] = trailFacts(w.gh, FLOW, w.sha) as [TrailFact, AttestationFact];
    expect(rest).toEqual([]);
    expect(start).toMatchObject({ kind: 'trail', flow: FLOW, trail: w.sha, commit: w.sha, gitBranch: 'main', actor: 'octocat' });
    expect(attestation).toMatchObject({
      kind: 'attestation',
      flow: FLOW,
      trail: w.sha,
      type: 'unit-tests',
      status: 'FAILED',
      actor: 'octocat',
      evidenceUrl: 'https://github.com/acme/app/actions/runs/9000000001',
      evidence: [{ name: 'junit.xml', format: 'junit', summary: { tests: 1, passed: 0, failures: 1, errors: 0, skipped: 0 } }],
      context: {
        repository: REPO,
        workflow: 'CI',
        job: 'test',
        runId: '9000000001',
        runAttempt: '1',
        ref: 'refs/heads/main',
        sha: w.sha,
        actor: 'octocat',
        event: 'push',
        serverUrl: 'https://github.com',
      },
    });
    expect(attestation.idempotencyKey).toContain('run/9000000001/attempt/1/job/test/');
    const stored = w.gh.readFile(REPO, 'factstore', evidencePath(attestation.evidence[0]?.sha256 ?? ''));
    expect(stored?.equals(readFileSync(junit))).toBe(true);

    expect(r.outputs).toEqual({ 'attestation-id': attestation.id, trail: w.sha, status: 'FAILED', 'facts-commit': tip });
    expect(r.summary).toContain(`Recorded \`unit-tests\` **FAILED** on trail \`${w.sha}\``);
    expect(r.summary).toContain('## ❌ Factstore: NON_COMPLIANT');
    expect(r.summary).toMatch(/\| `unit-tests` \| ❌ FAILED \| \[junit\.xml\]\(https:\/\/github\.com\/acme\/app\/blob\/[0-9a-f]{40}\/evidence\//);
    expect(r.summary).toContain('`vulnerability-scan` is missing');
    // the failing test case is annotated
    expect(commands(r.stdout, 'error').map((e) => e.properties.title)).toEqual(['junit.xml: io.olamy.AlwaysFailTest.testApp']);

    const branch = await exportFactsBranch(w.gh, w.key);
    expect(branch.commits).toEqual([tip]);
    expect(branch.unverified).toEqual({});
    expect(branch.fsckStatus).toBe(0);
  });

  it('judges SARIF with the type\'s jq, takes several comma-separated patterns, and appends to the same trail', async () => {
    const w = await world();
    putEvidence(w, 'junit/mocha-xunit__latex-utensils.xml', 'junit.xml');
    putEvidence(w, 'sarif/eslint-9.39.5__eslint-formatter-sarif-3.1.0.sarif', 'lint/eslint.sarif');
    putEvidence(w, 'sarif/snyk-code__test-code-consistent-ignores.sarif.json', 'scan/snyk.sarif');
    const tests = await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'junit.xml' });
    expect(tests.outputs.status).toBe('PASSED');
    const scan = await w.step({ flow: FLOW, type: 'vulnerability-scan', evidence: 'scan/*.sarif, lint/*.sarif' }, { GITHUB_JOB: 'scan' });
    expect(scan.stderr).toBe('');
    expect(scan.code).toBe(0);
    // eslint's report has 4 errors: `.error == 0` is false for it, so the attestation FAILED
    expect(scan.outputs.status).toBe('FAILED');

    const facts = trailFacts(w.gh, FLOW, w.sha);
    expect(facts.map((f) => f.kind)).toEqual(['trail', 'attestation', 'attestation']);
    const last = facts[2] as AttestationFact;
    // in the order of the patterns
    expect(last.evidence.map((e) => [e.name, e.format, e.summary?.error])).toEqual([
      ['snyk.sarif', 'sarif', 0],
      ['eslint.sarif', 'sarif', 4],
    ]);
    expect(scan.outputs['facts-commit']).toBe(w.gh.ref(REPO, 'heads/factstore'));
    const branch = await exportFactsBranch(w.gh, w.key);
    expect(branch.commits.length).toBe(2);
    expect(branch.linear).toBe(true);
    expect(branch.unverified).toEqual({});
  });

  it('re-run in the same run attempt records nothing new; a new attempt records again', async () => {
    const w = await world();
    putEvidence(w, 'junit/mocha-xunit__latex-utensils.xml', 'junit.xml');
    const first = await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'junit.xml' });
    const tip = w.gh.ref(REPO, 'heads/factstore');
    w.gh.resetRequests();
    const again = await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'junit.xml' });
    expect(again.code).toBe(0);
    expect(w.gh.ref(REPO, 'heads/factstore')).toBe(tip);
    expect(w.gh.requests.filter((q) => q.method !== 'GET' && q.path.includes('/git/') && !q.path.endsWith('/git/blobs'))).toEqual([]);
    expect(again.outputs).toEqual(first.outputs);
    expect(again.summary).toContain('Already recorded by an earlier run of this step');
    expect(trailFacts(w.gh, FLOW, w.sha).filter((f) => f.kind === 'attestation').length).toBe(1);

    const attempt2 = await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'junit.xml' }, { GITHUB_RUN_ATTEMPT: '2' });
    expect(attempt2.outputs['attestation-id']).not.toBe(first.outputs['attestation-id']);
    expect(trailFacts(w.gh, FLOW, w.sha).filter((f) => f.kind === 'attestation').length).toBe(2);
  });

  it('the legs of a matrix job (same run, attempt, job and type) each record their own evidence and status', async () => {
    const w = await world();
    // two legs of `strategy.matrix`: the runner gives both the same GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT and GITHUB_JOB
    putEvidence(w, 'junit/mocha-xunit__latex-utensils.xml', 'node-20/junit.xml');
    putEvidence(w, 'junit/surefire__TEST-io.olamy.AlwaysFailTest.xml', 'node-22/junit.xml');
    const passing = await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'node-20/junit.xml' });
    expect(passing.outputs.status).toBe('PASSED');
    const failing = await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'node-22/junit.xml' });
    expect(failing.stderr).toBe('');
    expect(failing.code).toBe(0);
    // the second leg is not taken for a re-run of the first: its own failure is recorded and reported
    expect(failing.outputs.status).toBe('FAILED');
    expect(failing.outputs['attestation-id']).not.toBe(passing.outputs['attestation-id']);
    expect(failing.summary).not.toContain('Already recorded');
    expect(failing.summary).toContain(`Recorded \`unit-tests\` **FAILED** on trail \`${w.sha}\``);
    const attestations = trailFacts(w.gh, FLOW, w.sha).filter((f): f is AttestationFact => f.kind === 'attestation');
    expect(attestations.map((a) => [a.id, a.status, a.evidence.map((e) => e.summary?.failures)])).toEqual([
      [passing.outputs['attestation-id'], 'PASSED', [0]],
      [failing.outputs['attestation-id'], 'FAILED', [1]],
    ]);
    // both keys name the same run, attempt and job; only the digest of what each leg records differs
    const [first, second] = attestations.map((a) => a.idempotencyKey ?? '');
    expect(first?.replace(/\/[0-9a-f]{16}$/, '')).toBe(second?.replace(/\/[0-9a-f]{16}$/, ''));
    expect(first).not.toBe(second);
  });

  it('dry-run parses, judges and summarises without sending a single request to GitHub', async () => {
    const w = await world();
    putEvidence(w, 'junit/gotestsum__junitxml-report.golden.xml', 'junit.xml');
    const r = await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'junit.xml', 'dry-run': 'true' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(w.gh.requests).toEqual([]);
    expect(r.outputs.status).toBe('FAILED');
    expect(r.outputs.trail).toBe(w.sha);
    expect(r.outputs['attestation-id']).toMatch(/^[0-9a-f]{64}$/);
    expect(r.outputs['facts-commit']).toBe('');
    expect(r.summary).toContain('## Factstore (dry run)');
    expect(r.summary).toContain('| junit.xml | junit | 42 passed, 13 failed, 5 skipped |');
    expect(w.gh.ref(REPO, 'heads/factstore')).toBeUndefined();
  });

  it('reads the config from the default branch through the API when the workspace has none', async () => {
    const w = await world({ checkout: false });
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'passed' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const configRead = w.gh.requests.find((q) => q.path === `/repos/${REPO}/contents/.github/factstore.yml`);
    // pinned to the default branch's tip
    expect(configRead).toMatchObject({ method: 'GET', status: 200, query: { ref: w.sha } });
    expect(r.outputs.status).toBe('PASSED');
  });

  it('a dry run without a checked-out config says to check out, rather than fetching it', async () => {
    const w = await world({ checkout: false });
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED', 'dry-run': 'true' });
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error')[0]?.message).toContain('check out the repository (actions/checkout) before this step');
    expect(w.gh.requests).toEqual([]);
  });
});
