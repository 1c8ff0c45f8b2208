import { describe, expect, it } from 'vitest';
import type { AssertResult } from '../../src/core/evaluate/types.js';
import {
  breakdownFromAssert,
  breakdownFromGate,
  buildBreakdown,
  renderBreakdownMarkdown,
  type Breakdown,
  type BreakdownOptions,
} from '../../src/core/report/breakdown/index.js';
import { validate } from '../../src/core/schema/index.js';
import { commitOf } from '../evaluate/helpers.js';
import {
  blockedRelease,
  bypassedGate,
  compliantRelease,
  COMMIT,
  GITHUB_LINKS,
  IMAGE,
  NOW,
  overriddenRelease,
  pendingRelease,
  retriedRelease,
  severalFlowsGate,
  TYPES,
  unknownArtifact,
  UNKNOWN_IMAGE,
} from './scenarios.js';

const cli: BreakdownOptions = { now: NOW, types: TYPES };
const github: BreakdownOptions = { now: NOW, types: TYPES, audience: 'github', links: GITHUB_LINKS };

function expectValid(b: Breakdown): void {
  expect(validate('breakdown', b)).toEqual({ ok: true });
}

const assertScenarios = { compliantRelease, blockedRelease, retriedRelease, unknownArtifact, pendingRelease, overriddenRelease };
const gateScenarios = { bypassedGate, severalFlowsGate };

describe('buildBreakdown: schema and determinism', () => {
  it.each(Object.entries(assertScenarios))('%s is valid against breakdown.schema.json, for both audiences', async (_name, scenario) => {
    const { flow, result } = await scenario();
    for (const options of [cli, github]) {
      const b = breakdownFromAssert(result, flow, options);
      expectValid(b);
      // the same input gives byte-identical JSON, and the input is left as it was
      const before = JSON.stringify(result);
      expect(JSON.stringify(breakdownFromAssert(result, flow, options))).toBe(JSON.stringify(b));
      expect(JSON.stringify(result)).toBe(before);
    }
  });

  it.each(Object.entries(gateScenarios))('%s is valid against breakdown.schema.json, for both audiences', async (_name, scenario) => {
    const { flows, result } = await scenario();
    for (const options of [cli, github]) {
      const b = breakdownFromGate(result, flows, options);
      expectValid(b);
      expect(JSON.stringify(breakdownFromGate(result, flows, options))).toBe(JSON.stringify(b));
    }
  });

  it('keeps the blocked release as a reviewable JSON snapshot', async () => {
    const { flow, result } = await blockedRelease();
    await expect(`${JSON.stringify(breakdownFromAssert(result, flow, cli), null, 2)}\n`).toMatchFileSnapshot(
      './__snapshots__/blocked-cli.json',
    );
  });
});

describe('buildBreakdown: what each flow says', () => {
  it('a status given against its evidence carries the override of the attestation that decided', async () => {
    const { flow, result } = await overriddenRelease();
    const [f] = breakdownFromAssert(result, flow, cli).flows;
    expect(f?.types.map((t) => [t.type, t.status, t.override])).toEqual([
      ['unit-tests', 'PASSED', { reason: 'EmailAddressTest fails on the runner locale only | PAY-1422, checked by @alice', verdict: 'FAILED' }],
      ['vulnerability-scan', 'FAILED', { reason: 'scanned the old base image, not this one', verdict: 'PASSED' }],
      ['sbom', 'PASSED', undefined],
    ]);
  });

  it('a compliant release: every type PASSED with its parsed summary and links, nothing to do', async () => {
    const { flow, result } = await compliantRelease();
    const b = breakdownFromAssert(result, flow, github);
    expect(b.status).toBe('COMPLIANT');
    const [f] = b.flows;
    expect(f).toMatchObject({ flow: 'payment-service', trail: 'build-1842', artifact: IMAGE, status: 'COMPLIANT', waiting: false, next: [] });
    expect(f?.types.map((t) => [t.type, t.status, t.evidence.map((e) => e.summaryText)])).toEqual([
      ['unit-tests', 'PASSED', ['109 passed, 0 failed']],
      ['vulnerability-scan', 'PASSED', ['0 critical, 0 high, 4 medium, 1 low']],
      ['sbom', 'PASSED', ['16 components']],
    ]);
    const sbom = f?.types[2]?.evidence[0];
    expect(sbom?.link).toBe(GITHUB_LINKS.evidence?.(sbom?.sha256 ?? ''));
    expect(f?.approval).toEqual({
      required: true,
      met: true,
      granted: 1,
      min: 1,
      approvers: ['alice', 'bob', '@acme/release-managers'],
      approvedBy: ['alice'],
      rejectedBy: [],
      ignored: [],
      selfApproved: [],
      authorUnknown: false,
    });
  });

  it('a blocked release: counts of the failure, the missing SBOM, the rejection and the policy, each with a next step', async () => {
    const { flow, result } = await blockedRelease();
    const b = breakdownFromAssert(result, flow, cli);
    const f = b.flows[0];
    expect(b.status).toBe('NON_COMPLIANT');
    expect(f?.types.map((t) => [t.type, t.status, t.next])).toEqual([
      [
        'unit-tests',
        'FAILED',
        '`unit-tests` FAILED (TEST-action.surefire.report.email.EmailAddressTest.xml: 2 passed, 2 failed, 5 errors), judged by the junit rule (any failed or errored test fails): ' +
          'fix the failures and record them on a new trail (a FAILED attestation keeps this trail non-compliant); ' +
          'start one with `factstore trails begin --flow payment-service --trail <new trail>`',
      ],
      ['vulnerability-scan', 'PASSED', undefined],
      [
        'sbom',
        'MISSING',
        '`sbom` is missing: record it with `factstore attest --flow payment-service --trail build-1843 --type sbom --evidence <file>` (evidence: a cyclonedx report)',
      ],
    ]);
    expect(f?.approval).toMatchObject({ met: false, granted: 0, rejectedBy: ['bob'], ignored: ['carol'] });
    expect(f?.approval.next).toBe(
      'approval 0 of 1, rejected by bob: settle the objection, then bob approves again with ' +
        "`factstore approve --flow payment-service --trail build-1843` (each approver's newest decision counts) " +
        '(not counted, not approvers: carol)',
    );
    expect(f?.policyViolations).toEqual([
      { policy: 'no-criticals', reasons: ['2 critical vulnerabilities in photon-30.json.golden.json (container-scan)'] },
    ]);
    expect(f?.next).toEqual([
      f?.types[0]?.next,
      f?.types[2]?.next,
      f?.approval.next,
      'policy `no-criticals` denied: 2 critical vulnerabilities in photon-30.json.golden.json (container-scan); ' +
        'see policy no-criticals in `.github/factstore.yml`',
    ]);
    expect(f?.details).toBe(result.details);
  });

  it('words next steps for GitHub: Action steps and slash commands', async () => {
    const { flow, result } = await blockedRelease();
    const f = breakdownFromAssert(result, flow, github).flows[0];
    expect(f?.types[2]?.next).toBe(
      '`sbom` is missing: add a factstore-attest step with `flow: payment-service` and `type: sbom` (evidence: a cyclonedx report)',
    );
    expect(f?.types[0]?.next).toContain("push the fix: the new commit's run records a new trail");
    expect(f?.approval.next).toContain('`/factstore approve payment-service`');
  });

  it('retries: latest shows the superseded failure and says the newest attestation decides', async () => {
    const { flow, result } = await retriedRelease();
    const f = breakdownFromAssert(result, flow, cli).flows[0];
    const tests = f?.types[0];
    expect(tests?.status).toBe('PASSED');
    expect(tests?.superseded).toEqual(result.evaluation?.types[0]?.superseded);
    expect(tests?.superseded).toHaveLength(1);
    expect(tests?.evidence[0]?.summaryText).toBe('10 passed, 0 failed, 4 skipped');
    expect(f?.retries).toBe('latest');
    expect(f?.types[1]?.next).toBe(
      '`vulnerability-scan` FAILED (scheme_2_many_vulns.json: 1 critical, 1 high, 3 medium, 0 low), judged by the trivy rule (any critical or high vulnerability fails): fix the cause and re-run the job, ' +
        'or record it with `factstore attest --flow payment-service --trail build-1844 --type vulnerability-scan --evidence <file>`; ' +
        'the newest attestation decides',
    );
    const onGithub = breakdownFromAssert(result, flow, github).flows[0];
    expect(onGithub?.types[1]?.next).toMatch(/: re-run the job; the newest attestation decides$/);
  });

  it('an unknown artifact: no trail, every type missing, reporting the artifact comes first', async () => {
    const { flow, result } = await unknownArtifact();
    const f = breakdownFromAssert(result, flow, cli).flows[0];
    expect(f).toMatchObject({ trail: null, artifact: UNKNOWN_IMAGE, status: 'NON_COMPLIANT', compliance: 'NON_COMPLIANT', waiting: false });
    expect(f?.types.map((t) => t.status)).toEqual(['MISSING', 'MISSING', 'MISSING']);
    expect(f?.next[0]).toBe(
      `artifact ${UNKNOWN_IMAGE} is not recorded on any trail of flow payment-service: report it with ` +
        `\`factstore artifacts create --flow payment-service --trail <trail> --name <name> --sha256 ${UNKNOWN_IMAGE}\``,
    );
    expect(f?.next[1]).toContain('--trail <trail> --type unit-tests');
    expect(f?.approval).toMatchObject({ required: true, met: false, granted: 0, min: 1 });
    expect(f?.details).toBe(result.details);
  });

  it('a PENDING type alone makes the flow waiting, with a wait step rather than a command', async () => {
    const { flow, result } = await pendingRelease();
    const f = breakdownFromAssert(result, flow, cli).flows[0];
    expect(f?.waiting).toBe(true);
    expect(f?.types[2]).toMatchObject({ type: 'sbom', status: 'MISSING', pending: true, details: 'syft is scanning the image' });
    expect(f?.next).toEqual(['`sbom` is still PENDING: wait for its job to record the result (a PENDING attestation counts as missing)']);
  });

  it('a gate allowed by an active bypass: the decision, the trail still non-compliant, the expiry from now', async () => {
    const { flows, result } = await bypassedGate();
    const b = breakdownFromGate(result, flows, github);
    expect(b).toMatchObject({
      status: 'GATE_ALLOWED',
      commit: COMMIT,
      factsCommit: commitOf('facts-tip'),
      factsCommitLink: `https://github.com/acme/compliance-facts/commit/${commitOf('facts-tip')}`,
      at: NOW.toISOString(),
    });
    const f = b.flows[0];
    expect(f).toMatchObject({ status: 'GATE_ALLOWED', compliance: 'NON_COMPLIANT' });
    expect(f?.bypass).toEqual({ ...result.flows[0]?.bypass, expiresIn: 'in 3 days' });
    expect(f?.next[0]).toBe(
      'the gate is open only because of the bypass by alice (incident-hotfix), which expires 2026-01-05 00:00 UTC (in 3 days): fix what follows before then',
    );
    expect(f?.next[1]).toMatch(/^`vulnerability-scan` FAILED \(misconfigurations_and_secrets.json: 0 critical, 1 high, 1 medium, 0 low\)/);
  });

  it('several flows: one status per flow, blocked overall, a trail to start for the flow without one', async () => {
    const { flows, result } = await severalFlowsGate();
    const b = breakdownFromGate(result, flows, cli);
    expect(b.status).toBe('GATE_BLOCKED');
    expect(b.flows.map((f) => [f.flow, f.status, f.trail])).toEqual([
      ['payment-service', 'GATE_ALLOWED', 'build-1848'],
      ['docs-site', 'GATE_BLOCKED', null],
      ['code-quality', 'GATE_BLOCKED', 'build-1848'],
    ]);
    expect(b.flows[1]?.next[0]).toBe(
      `no trail of flow docs-site for this commit: start one with \`factstore trails begin --flow docs-site --commit ${COMMIT}\``,
    );
    expect(b.flows[2]?.types.map((t) => t.evidence[0]?.summaryText)).toEqual([
      '4 errors, 4 warnings, 0 notes',
      '42 passed, 13 failed, 5 skipped',
    ]);
  });

  it('a gate no flow applies to is allowed, with no flows', () => {
    const b = buildBreakdown({ now: NOW, flows: [], gate: { commit: COMMIT, factsCommit: null } });
    expect(b).toEqual({ status: 'GATE_ALLOWED', audience: 'cli', at: NOW.toISOString(), commit: COMMIT, factsCommit: null, flows: [] });
    expectValid(b);
  });
});

describe('adapters refuse inputs that do not belong together', () => {
  it('breakdownFromAssert wants the flow the assert was for', async () => {
    const { flow, result } = await compliantRelease();
    const other: AssertResult = { ...result, flow: 'other-flow' };
    expect(() => breakdownFromAssert(other, flow, cli)).toThrow('the assert result is for flow other-flow, not payment-service');
  });

  it('breakdownFromGate wants every flow of the gate result', async () => {
    const { result } = await severalFlowsGate();
    expect(() => breakdownFromGate(result, {}, cli)).toThrow('flow payment-service of the gate result is not among the flows given');
  });
});

describe('framework controls beside each type', () => {
  it('a flow that names the controls its types evidence shows them in the JSON and the Markdown; one that does not, nothing', async () => {
    const { flow, result } = await compliantRelease();
    const withControls = { ...flow, controls: { 'unit-tests': ['soc2 CC8.1'], 'vulnerability-scan': ['soc2 CC7.1', 'soc2 CC6.8'] } };
    const b = breakdownFromAssert(result, withControls, github);
    expectValid(b);
    const types = Object.fromEntries(b.flows[0]!.types.map((t) => [t.type, t.controls]));
    expect(types).toEqual({ 'unit-tests': ['soc2 CC8.1'], 'vulnerability-scan': ['soc2 CC7.1', 'soc2 CC6.8'], sbom: undefined });
    const markdown = renderBreakdownMarkdown(b);
    expect(markdown).toContain('<sub>soc2 CC7.1, soc2 CC6.8</sub>');
    const plain = breakdownFromAssert(result, flow, github);
    expect(plain.flows[0]!.types.every((t) => t.controls === undefined)).toBe(true);
    expect(renderBreakdownMarkdown(plain)).not.toContain('<sub>');
  });
});
