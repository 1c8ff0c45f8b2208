// Policies in jq over the trail document, with the real engine and evidence summaries from real reports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PolicyConfig } from '../../src/core/config/config.js';
import { evaluateTrail } from '../../src/core/evaluate/evaluate-trail.js';
import { parseEvidence } from '../../src/core/evidence/index.js';
import { jqPolicyEvaluator } from '../../src/core/jq/jq-policy-evaluator.js';
import { policyVerdict } from '../../src/core/jq/policy-verdict.js';
import { createWorkerJqEngine } from '../../src/core/jq/worker-jq-engine.js';
import type { EvidenceRef } from '../../src/core/model/fact.js';
import { commitOf, digestOf, flowConfig, TrailBuilder } from '../evaluate/helpers.js';

const engine = createWorkerJqEngine();
afterAll(() => engine.close());
const evaluator = jqPolicyEvaluator(() => engine);

function evidence(relative: string): EvidenceRef {
  const bytes = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', relative));
  const name = path.basename(relative);
  const parsed = parseEvidence(bytes, { name });
  return { name, sha256: digestOf(name), size: bytes.length, format: parsed.format, summary: parsed.summary };
}

// DESIGN §3's example policy, verbatim: it reads the attestation's combined `summary`.
const policies: Record<string, PolicyConfig> = {
  'no-criticals': { jq: '[.attestations[] | .summary.critical // 0] | add == 0', description: 'No critical vulnerabilities' },
  'two-approvers': { jq: '[.approvals[] | select(.decision == "APPROVED") | .actor] | unique | if length >= 2 then [] else ["needs two distinct approvers, has \\(length)"] end' },
  'main-only': { jq: '{allow: (.trail.gitBranch == "main"), reasons: ["built from \\(.trail.gitBranch // "an unknown branch"), not main"]}' },
};

function trail(scan: EvidenceRef, branch = 'main'): TrailBuilder {
  const t = new TrailBuilder('release');
  t.begin(commitOf('c1'), { gitBranch: branch, author: 'alice' });
  t.attest('vulnerability-scan', 'PASSED', { evidence: [scan] });
  t.approve('alice', 'APPROVED');
  return t;
}

describe('the example config shipped to users', () => {
  it('its no-criticals policy allows a trail with no attestation yet (missing evidence says what is wrong there), and denies a critical', async () => {
    const { parse } = await import('yaml');
    const shipped = parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'examples', 'factstore.yml'), 'utf8')) as { policies: Record<string, PolicyConfig> };
    const flow = flowConfig({ require: ['vulnerability-scan'], policies: ['no-criticals'] });
    const empty = new TrailBuilder('release');
    empty.begin(commitOf('c1'), { gitBranch: 'main' });
    const none = evaluateTrail({ flow, trail: 'release', facts: empty.facts, policies: shipped.policies, policyEvaluator: evaluator });
    expect(none.policyViolations).toEqual([]);
    expect(none.missing).toEqual(['vulnerability-scan']);
    const scan = evidence('trivy/trivy-image__photon-30.json.golden.json');
    const critical = evaluateTrail({ flow, trail: 'release', facts: trail(scan).facts, policies: shipped.policies, policyEvaluator: evaluator });
    expect(critical.policyViolations.map((v) => v.policy)).toEqual(['no-criticals']);
  });
});

describe('jq policies over the trail document', () => {
  const flow = flowConfig({ require: ['vulnerability-scan'], policies: ['no-criticals', 'two-approvers', 'main-only'] });

  it('a Trivy report with criticals, one approver and a feature branch: three violations with their reasons', () => {
    const scan = evidence('trivy/trivy-image__photon-30.json.golden.json');
    expect(Number(scan.summary?.critical)).toBeGreaterThan(0);
    const result = evaluateTrail({ flow, trail: 'release', facts: trail(scan, 'feature/x').facts, policies, policyEvaluator: evaluator });
    expect(result.policyViolations).toEqual([
      { policy: 'no-criticals', reasons: ['No critical vulnerabilities'] },
      { policy: 'two-approvers', reasons: ['needs two distinct approvers, has 1'] },
      { policy: 'main-only', reasons: ['built from feature/x, not main'] },
    ]);
    expect(result.status).toBe('NON_COMPLIANT');
  });

  it('a clean Snyk report, two approvers, main: allowed', () => {
    const scan = evidence('snyk/snyk-test__no-vulns.json');
    const t = trail(scan);
    t.approve('bob', 'APPROVED');
    const result = evaluateTrail({ flow, trail: 'release', facts: t.facts, policies, policyEvaluator: evaluator });
    expect(result.policyViolations).toEqual([]);
    expect(result.status).toBe('COMPLIANT');
  });

  it("docs/types-and-policies.md's no-overrides policy denies an attestation whose status overrode its evidence, naming it", () => {
    const noOverrides: PolicyConfig = {
      jq: '[.attestations[] | select(.override) | "\\(.type) is \\(.status) against its evidence (\\(.override.verdict)): \\(.override.reason)"]',
    };
    const scan = evidence('trivy/trivy-image__photon-30.json.golden.json');
    const t = new TrailBuilder('release');
    t.begin(commitOf('c1'), { gitBranch: 'main' });
    t.attest('vulnerability-scan', 'PASSED', { evidence: [scan], override: { reason: 'CVE fixed upstream, image rebuilt', verdict: 'FAILED' } });
    const gated = flowConfig({ require: ['vulnerability-scan'], policies: ['no-overrides'] });
    const denied = evaluateTrail({ flow: gated, trail: 'release', facts: t.facts, policies: { 'no-overrides': noOverrides }, policyEvaluator: evaluator });
    expect(denied.policyViolations).toEqual([
      { policy: 'no-overrides', reasons: ['vulnerability-scan is PASSED against its evidence (FAILED): CVE fixed upstream, image rebuilt'] },
    ]);
    expect(denied.status).toBe('NON_COMPLIANT');
    const plain = evaluateTrail({ flow: gated, trail: 'release', facts: trail(evidence('snyk/snyk-test__no-vulns.json')).facts, policies: { 'no-overrides': noOverrides }, policyEvaluator: evaluator });
    expect(plain.policyViolations).toEqual([]);
  });

  it('a policy that fails to compile or runs away is a violation with the reason, never a pass', () => {
    const broken = flowConfig({ require: [], policies: ['syntax', 'forever'] });
    const result = evaluateTrail({
      flow: broken,
      trail: 'release',
      facts: trail(evidence('snyk/snyk-test__no-vulns.json')).facts,
      policies: { syntax: { jq: '.attestations[' }, forever: { jq: 'def f: f; f' } },
      policyEvaluator: jqPolicyEvaluator(() => createWorkerJqEngine({ timeoutMs: 300 })),
    });
    expect(result.policyViolations.map((v) => v.policy)).toEqual(['syntax', 'forever']);
    expect(result.policyViolations[0]?.reasons[0]).toContain('does not compile');
    expect(result.policyViolations[1]?.reasons[0]).toContain('did not finish within 0.3 s');
  });
});

describe('policyVerdict', () => {
  const p: PolicyConfig = { jq: '.' };
  it.each([
    [[true], { allow: true, reasons: [] }],
    [[false], { allow: false, reasons: ['policy x denied the trail'] }],
    [[[]], { allow: true, reasons: [] }],
    [[['a', 'b']], { allow: false, reasons: ['a', 'b'] }],
    [[{ allow: false }], { allow: false, reasons: ['policy x denied the trail'] }],
    [[{ allow: true, reasons: ['noted'] }], { allow: true, reasons: ['noted'] }],
  ])('%j → %j', (outputs, verdict) => {
    expect(policyVerdict('x', p, outputs)).toEqual(verdict);
  });

  it.each([[[]], [[true, true]], [['yes']], [[1]], [[{ allow: 'yes' }]], [[[1]]]])('%j is an error', (outputs) => {
    expect(() => policyVerdict('x', p, outputs)).toThrow(/policy x/);
  });
});
