import { describe, expect, it } from 'vitest';
import { evaluateTrail } from '../../src/core/evaluate/evaluate-trail.js';
import type { ApprovalEvaluation, TrailEvaluation, TypeEvaluation } from '../../src/core/evaluate/types.js';
import type { EvidenceRef } from '../../src/core/model/fact.js';
import { digestOf, FLOW, flowConfig, minute, TrailBuilder } from './helpers.js';

const NO_APPROVAL: ApprovalEvaluation = {
  required: false,
  granted: 0,
  min: 0,
  rejected: false,
  approvedBy: [],
  rejectedBy: [],
  ignored: [],
  selfApproved: [],
  author: null,
  authorUnknown: false,
};

const type = (name: string, fields: Partial<TypeEvaluation>): TypeEvaluation => ({
  type: name,
  status: 'MISSING',
  pending: false,
  superseded: [],
  evidence: [],
  ...fields,
});

describe('evaluateTrail: required types (rule 1)', () => {
  it('reports each required type and ignores types the flow does not require', () => {
    const t = new TrailBuilder('build-1');
    t.begin('1'.repeat(40));
    const junit: EvidenceRef = {
      name: 'junit.xml',
      sha256: digestOf('junit'),
      size: 120,
      format: 'junit',
      summary: { tests: 3, passed: 3, failures: 0, errors: 0, skipped: 0 },
    };
    const tests = t.attest('unit-tests', 'PASSED', { evidence: [junit], details: '3 passed', evidenceUrl: 'https://ci/1' });
    const scan = t.attest('vulnerability-scan', 'FAILED');
    t.attest('lint', 'FAILED'); // not required: no effect

    const result = evaluateTrail({ flow: flowConfig(), trail: 'build-1', facts: t.facts });

    expect(result).toEqual<TrailEvaluation>({
      flow: FLOW,
      trail: 'build-1',
      status: 'NON_COMPLIANT',
      types: [
        type('unit-tests', {
          status: 'PASSED',
          decidedBy: tests.id,
          evidence: [junit],
          details: '3 passed',
          evidenceUrl: 'https://ci/1',
        }),
        type('vulnerability-scan', { status: 'FAILED', decidedBy: scan.id }),
        type('sbom', {}),
      ],
      missing: ['sbom'],
      failed: ['vulnerability-scan'],
      approval: NO_APPROVAL,
      policyViolations: [],
      problems: 2,
      newest: minute(3),
      details: 'Missing required attestations: sbom; failed: vulnerability-scan',
    });
  });

  it('is COMPLIANT when every required type passed', () => {
    const t = new TrailBuilder('build-2').passAll();
    const result = evaluateTrail({ flow: flowConfig(), trail: 'build-2', facts: t.facts });
    expect(result.status).toBe('COMPLIANT');
    expect(result.problems).toBe(0);
    expect(result.details).toBe('All required attestations passed');
    expect(result.types.map((x) => [x.type, x.status, x.decidedBy])).toEqual(
      attestationIds(t).map(([name, id]) => [name, 'PASSED', id]),
    );
  });

  it('keeps a FAILED type FAILED after a later PASSED (sticky)', () => {
    const t = new TrailBuilder('build-3');
    const failed = t.attest('unit-tests', 'FAILED', { runAttempt: '1' });
    t.attest('unit-tests', 'PASSED', { runAttempt: '2' });
    t.attest('vulnerability-scan', 'PASSED');
    t.attest('sbom', 'PASSED');

    const result = evaluateTrail({ flow: flowConfig(), trail: 'build-3', facts: t.facts });

    expect(result.types[0]).toEqual(type('unit-tests', { status: 'FAILED', decidedBy: failed.id }));
    expect(result.failed).toEqual(['unit-tests']);
    expect(result.status).toBe('NON_COMPLIANT');
    expect(result.details).toBe('Failed required attestations: unit-tests');
  });

  it('counts PENDING as missing and says so', () => {
    const t = new TrailBuilder('build-4').passAll(['unit-tests', 'vulnerability-scan']);
    const pending = t.attest('sbom', 'PENDING');

    const result = evaluateTrail({ flow: flowConfig(), trail: 'build-4', facts: t.facts });

    expect(result.types[2]).toEqual(type('sbom', { status: 'MISSING', pending: true, decidedBy: pending.id }));
    expect(result.missing).toEqual(['sbom']);
    expect(result.problems).toBe(1);
    expect(result.details).toBe('Missing required attestations: sbom (pending)');
  });
});

describe('evaluateTrail: retries: latest', () => {
  const flow = flowConfig({ require: ['unit-tests'], retries: 'latest' });

  it('lets a later PASSED supersede a FAILED, and lists the superseded failure', () => {
    const t = new TrailBuilder('rerun');
    const first = t.attest('unit-tests', 'FAILED', { runAttempt: '1' });
    const second = t.attest('unit-tests', 'FAILED', { runAttempt: '2' });
    const passed = t.attest('unit-tests', 'PASSED', { runAttempt: '3' });

    const result = evaluateTrail({ flow, trail: 'rerun', facts: t.facts });

    expect(result.types).toEqual([
      type('unit-tests', { status: 'PASSED', decidedBy: passed.id, superseded: [first.id, second.id] }),
    ]);
    expect(result.status).toBe('COMPLIANT');
  });

  it('lets a later FAILED override a PASSED', () => {
    const t = new TrailBuilder('rerun');
    t.attest('unit-tests', 'PASSED', { runAttempt: '1' });
    const failed = t.attest('unit-tests', 'FAILED', { runAttempt: '2' });

    const result = evaluateTrail({ flow, trail: 'rerun', facts: t.facts });

    expect(result.types).toEqual([type('unit-tests', { status: 'FAILED', decidedBy: failed.id })]);
    expect(result.status).toBe('NON_COMPLIANT');
  });

  it('orders by ts, then file order, not by file order alone', () => {
    const late = new TrailBuilder('rerun', 10);
    const passed = late.attest('unit-tests', 'PASSED', { runAttempt: '2' });
    const early = new TrailBuilder('rerun', 0);
    const failed = early.attest('unit-tests', 'FAILED', { runAttempt: '1' });

    // The PASSED fact was recorded first in the file but carries the later timestamp.
    const result = evaluateTrail({ flow, trail: 'rerun', facts: [passed, failed] });

    expect(result.types).toEqual([
      type('unit-tests', { status: 'PASSED', decidedBy: passed.id, superseded: [failed.id] }),
    ]);
  });
});

describe('evaluateTrail: artifact scope (rule 2)', () => {
  const a = digestOf('image-a');
  const b = digestOf('image-b');
  const t = new TrailBuilder('multi');
  t.artifact(a, 'api');
  t.artifact(b, 'worker');
  t.attest('unit-tests', 'PASSED'); // no artifact: counts for both
  t.attest('vulnerability-scan', 'PASSED', { artifact: a });
  const scanB = t.attest('vulnerability-scan', 'FAILED', { artifact: b });
  t.attest('sbom', 'PASSED', { artifact: a });

  it('counts an artifact-scoped attestation only for its own digest', () => {
    const forA = evaluateTrail({ flow: flowConfig(), trail: 'multi', facts: t.facts, artifact: a });
    const forB = evaluateTrail({ flow: flowConfig(), trail: 'multi', facts: t.facts, artifact: b });

    expect([forA.artifact, forA.status, forA.missing, forA.failed]).toEqual([a, 'COMPLIANT', [], []]);
    expect([forB.artifact, forB.status, forB.missing, forB.failed]).toEqual([
      b,
      'NON_COMPLIANT',
      ['sbom'],
      ['vulnerability-scan'],
    ]);
    expect(forB.types[1]?.decidedBy).toBe(scanB.id);
  });

  it('counts every attestation when no artifact is given', () => {
    const whole = evaluateTrail({ flow: flowConfig(), trail: 'multi', facts: t.facts });
    expect(whole.artifact).toBeUndefined();
    expect([whole.missing, whole.failed]).toEqual([[], ['vulnerability-scan']]);
  });
});

function attestationIds(t: TrailBuilder): [string, string][] {
  return t.facts.flatMap((f) => (f.kind === 'attestation' ? [[f.type, f.id] as [string, string]] : []));
}
