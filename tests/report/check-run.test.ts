import { describe, expect, it } from 'vitest';
import type { FlowGate, TrailEvaluation } from '../../src/core/evaluate/types.js';
import { CHECK_RUN_TEXT_LIMIT, checkRunFor, checkRunName } from '../../src/core/report/check-run/index.js';

const SHA = 'a'.repeat(40);
const DECISION = 'b'.repeat(64);

function evaluation(over: Partial<TrailEvaluation> = {}): TrailEvaluation {
  return {
    flow: 'payment-service',
    trail: SHA,
    status: 'NON_COMPLIANT',
    types: [],
    missing: [],
    failed: [],
    approval: { required: false, granted: 0, min: 0, rejected: false, approvedBy: [], rejectedBy: [], ignored: [], selfApproved: [], author: null, authorUnknown: false },
    policyViolations: [],
    problems: 1,
    newest: '2026-11-23T12:00:00Z',
    details: 'Missing required attestations: sbom',
    ...over,
  };
}

const gate = (decision: FlowGate['decision'], details = 'details'): FlowGate => ({ flow: 'payment-service', decision, trail: SHA, evaluation: evaluation(), details });

describe('checkRunFor', () => {
  it('an allowed flow is a completed check run with success and the breakdown as summary', () => {
    const run = checkRunFor(gate('GATE_ALLOWED', 'all required attestations passed'), '## ✅ Factstore: GATE_ALLOWED', { headSha: SHA.toUpperCase(), waiting: false, decision: DECISION });
    expect(run).toEqual({
      name: 'Factstore gate / payment-service',
      head_sha: SHA,
      external_id: `factstore:payment-service:${DECISION}`,
      status: 'completed',
      conclusion: 'success',
      output: { title: 'GATE_ALLOWED', summary: '## ✅ Factstore: GATE_ALLOWED', text: 'all required attestations passed' },
    });
  });

  it('a blocked flow is a failure; one only waiting for evidence stays in progress, without a conclusion', () => {
    const blocked = checkRunFor(gate('GATE_BLOCKED'), 'md', { headSha: SHA, waiting: false, decision: DECISION, detailsUrl: 'https://github.com/acme/app/actions/runs/1' });
    expect(blocked).toMatchObject({ status: 'completed', conclusion: 'failure', details_url: 'https://github.com/acme/app/actions/runs/1', output: { title: 'GATE_BLOCKED' } });
    const waiting = checkRunFor(gate('GATE_BLOCKED'), 'md', { headSha: SHA, waiting: true, decision: DECISION });
    expect(waiting).toMatchObject({ status: 'in_progress', output: { title: 'Waiting for evidence', summary: 'md' } });
    expect('conclusion' in waiting).toBe(false);
    // a bypass that allows a trail still waiting for evidence: the decision wins
    expect(checkRunFor(gate('GATE_ALLOWED'), 'md', { headSha: SHA, waiting: true, decision: DECISION })).toMatchObject({ status: 'completed', conclusion: 'success' });
  });

  it('keeps the summary and text within GitHub’s 65 535 characters, cut at a line', () => {
    const line = `${'x'.repeat(99)}\n`;
    const long = line.repeat(1_000);
    const run = checkRunFor(gate('GATE_BLOCKED', long), long, { headSha: SHA, waiting: false, decision: DECISION });
    expect(run.output.summary.length).toBeLessThanOrEqual(CHECK_RUN_TEXT_LIMIT);
    expect(run.output.summary.length).toBeGreaterThan(CHECK_RUN_TEXT_LIMIT - 200);
    expect(run.output.summary).toMatch(/x\n\n… \(cut to GitHub’s check-run limit\)$/);
    expect(run.output.text?.length).toBeLessThanOrEqual(CHECK_RUN_TEXT_LIMIT);
  });

  it('refuses a commit that is not 40 hex and a missing decision', () => {
    expect(() => checkRunFor(gate('GATE_ALLOWED'), 'md', { headSha: 'abc', waiting: false, decision: DECISION })).toThrow(/not a full git commit id/);
    expect(() => checkRunFor(gate('GATE_ALLOWED'), 'md', { headSha: SHA, waiting: false, decision: ' ' })).toThrow(/needs the decision/);
  });

  it('names the check run after the flow', () => {
    expect(checkRunName('release')).toBe('Factstore gate / release');
  });
});
