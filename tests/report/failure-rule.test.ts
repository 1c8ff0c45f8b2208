// Every FAILED in the breakdown says which rule decided it, beside the numbers it saw.
import { describe, expect, it } from 'vitest';
import type { FlowConfig } from '../../src/core/config/config.js';
import type { BreakdownEvidence, BreakdownType } from '../../src/core/report/breakdown/breakdown.js';
import { typeNextStep } from '../../src/core/report/breakdown/next-steps.js';

const flow = { name: 'payment-service', require: ['scan'], retries: 'latest' } as unknown as FlowConfig;
const sarif: BreakdownEvidence = { name: 'scan.sarif', sha256: `sha256:${'a'.repeat(64)}`, format: 'sarif', size: 10, summary: { error: 2, warning: 0, note: 0 }, summaryText: '2 errors' };
const failed = (evidence: BreakdownEvidence[], extra: Partial<BreakdownType> = {}): Omit<BreakdownType, 'next'> => ({ type: 'scan', status: 'FAILED', pending: false, evidence, superseded: [], ...extra });

describe('the rule behind a FAILED', () => {
  it("names the format's rule when the type has no jq", () => {
    expect(typeNextStep(failed([sarif]), { audience: 'cli', flow, trail: 't1', types: {} })).toMatch(/^`scan` FAILED \(scan\.sarif: 2 errors\), judged by the sarif rule \(any result of level error fails\): /);
  });

  it("names the type's jq when it decided", () => {
    const types = { scan: { format: 'sarif', jq: '.error == 0' } } as never;
    expect(typeNextStep(failed([sarif]), { audience: 'cli', flow, trail: 't1', types })).toContain('), judged by types.scan.jq (.error == 0): ');
  });

  it('says a status was given by hand when no report was judged', () => {
    const raw: BreakdownEvidence = { ...sarif, name: 'notes.pdf', format: 'raw', summaryText: 'stored as is' };
    delete raw.summary;
    expect(typeNextStep(failed([raw]), { audience: 'cli', flow, trail: 't1', types: {} })).toMatch(/^`scan` FAILED, recorded FAILED by hand: no report was judged: /);
    expect(typeNextStep(failed([]), { audience: 'cli', flow, trail: 't1', types: {} })).toContain('recorded FAILED by hand');
  });

  it('adds nothing to an override, which says itself why it stands', () => {
    const text = typeNextStep(failed([sarif], { override: { reason: 'known flake', verdict: 'PASSED' } }), { audience: 'cli', flow, trail: 't1', types: {} });
    expect(text).not.toContain('judged by');
  });
});
