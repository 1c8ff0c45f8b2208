// decideStatus is shared by the CLI's attest and the Action's attest step: which given statuses
// contradict the evidence's verdict (any difference does), and what the fact then records.
import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../src/core/evidence/files/parse-evidence-file.js';
import { parseEvidence } from '../../src/core/evidence/index.js';
import { FactstoreError } from '../../src/core/errors.js';
import type { JqEngine } from '../../src/core/jq/jq-engine.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { AttestationStatus, EvidenceRef, FactInput } from '../../src/core/model/fact.js';
import { decideStatus, parseOverrideReason } from '../../src/core/types/decide-status.js';
import { ACTION_INPUT_NAMES } from '../../src/action/inputs/action-input-names.js';
import { readFixture } from '../evidence/fixtures.js';

const noJq = (): JqEngine => {
  throw new Error('no jq expected');
};

function report(file: string, name: string): { ref: EvidenceRef; parsed: ParsedFile } {
  const result = parseEvidence(readFixture('junit', file), { name, format: 'junit' });
  return { ref: { name, sha256: `sha256:${'0'.repeat(64)}`, size: 1, format: 'junit', summary: result.summary }, parsed: { name, ...result } };
}
const failing = report('vitest-4.1.12__factstore-generated-junit.xml', 'failing.xml');
const passing = report('pytest__junit.gloo.elastic.xml', 'passing.xml');
const raw: EvidenceRef = { name: 'audit.pdf', sha256: `sha256:${'1'.repeat(64)}`, size: 9, format: 'raw' };

function decide(given: AttestationStatus | undefined, files: { ref: EvidenceRef; parsed?: ParsedFile }[], overrideReason?: string) {
  return decideStatus({
    given,
    overrideReason,
    type: 'unit-tests',
    typeConfig: undefined,
    refs: files.map((f) => f.ref),
    parsed: files.flatMap((f) => (f.parsed === undefined ? [] : [f.parsed])),
    jq: noJq,
  });
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(FactstoreError);
    expect((e as FactstoreError).code).toBe('BAD_INPUT');
    return (e as FactstoreError).message;
  }
  throw new Error('expected a refusal');
}

describe('decideStatus: any difference from the verdict is a contradiction', () => {
  const cases: [AttestationStatus, typeof failing, 'PASSED' | 'FAILED'][] = [
    ['PASSED', failing, 'FAILED'],
    ['PENDING', failing, 'FAILED'],
    ['FAILED', passing, 'PASSED'],
    ['PENDING', passing, 'PASSED'],
  ];
  it.each(cases)('%s over a report that says otherwise: refused without a reason, recorded with one', (given, file, verdict) => {
    expect(refusal(() => decide(given, [file]))).toContain(`says ${verdict}`);
    expect(decide(given, [file], 'why')).toEqual({ status: given, override: { reason: 'why', verdict } });
  });

  it('the verdict agreeing: no override, and a reason is refused', () => {
    expect(decide('FAILED', [failing])).toEqual({ status: 'FAILED' });
    expect(decide('PASSED', [passing])).toEqual({ status: 'PASSED' });
    expect(refusal(() => decide('PASSED', [passing], 'why'))).toContain('says PASSED');
  });

  it('files stored raw have no verdict: the parsed ones alone decide, and with none any status stands', () => {
    expect(decide('PASSED', [{ ref: raw }])).toEqual({ status: 'PASSED' });
    expect(decide('FAILED', [])).toEqual({ status: 'FAILED' });
    expect(refusal(() => decide('PASSED', [{ ref: raw }, failing]))).toContain('failing.xml fails');
  });

  it('the Action is told in its own terms', () => {
    const message = refusal(() =>
      decideStatus({ given: 'PASSED', overrideReason: undefined, type: 'unit-tests', typeConfig: undefined, refs: [failing.ref], parsed: [failing.parsed], jq: noJq, names: ACTION_INPUT_NAMES }),
    );
    expect(message).toContain('`status:` gives PASSED');
    expect(message).toContain('add `override-reason:`');
    expect(message).not.toContain('--');
  });
});

describe('the override in the fact', () => {
  it('is part of the deterministic id: another reason or verdict is another fact', () => {
    const base: FactInput = { kind: 'attestation', flow: 'payment-service', trail: 't1', type: 'unit-tests', status: 'PASSED', evidence: [failing.ref], actor: 'ci', ts: '2026-11-23T14:00:00.000Z' };
    const a = makeFact({ ...base, override: { reason: 'flaky', verdict: 'FAILED' } });
    expect(makeFact({ ...base, override: { reason: 'flaky', verdict: 'FAILED' } }).id).toBe(a.id);
    expect(makeFact({ ...base, override: { reason: 'flaky!', verdict: 'FAILED' } }).id).not.toBe(a.id);
    expect(makeFact(base).id).not.toBe(a.id);
  });

  it('takes a reason trimmed, 1 to 1024 characters', () => {
    expect(parseOverrideReason(undefined)).toBeUndefined();
    expect(parseOverrideReason('  flaky\n')).toBe('flaky');
    expect(parseOverrideReason('🙂'.repeat(1024))).toHaveLength(2048);
    expect(refusal(() => parseOverrideReason('🙂'.repeat(1025)))).toContain('1025 characters');
    expect(refusal(() => parseOverrideReason('\n\t '))).toContain('--override-reason is blank');
  });
});
