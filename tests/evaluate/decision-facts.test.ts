// The decision facts every gate records (CLI gate --record, the workflow gate, the App), and the
// fail-closed gate of an integrity failure: what they say is what a replay and an auditor read.
import { describe, expect, it } from 'vitest';
import { decisionCommitSubject, decisionFacts, isDecisionCommitMessage } from '../../src/core/evaluate/decision-facts.js';
import { failedClosed } from '../../src/core/evaluate/failed-closed.js';
import type { GateResult } from '../../src/core/evaluate/types.js';
import { commitOf, config, flowConfig } from './helpers.js';

const commit = commitOf('feature');
const factsCommit = commitOf('facts-tip');
const configCommit = commitOf('config');
const blocked: GateResult = {
  commit,
  decision: 'GATE_BLOCKED',
  flows: [
    { flow: 'payments', decision: 'GATE_BLOCKED', trail: 'build-7', details: 'Missing required attestations: sbom' },
    { flow: 'docs', decision: 'GATE_BLOCKED', trail: null, details: 'no trail of flow docs' },
  ],
  factsCommit,
  details: 'blocked by payments, docs',
};
const at = { actor: 'factstore[bot]', ts: '2026-11-23T10:00:00.000Z', noFactsBranch: 'run factstore init first' };

describe('decisionFacts', () => {
  it('one decision fact per gated flow, naming the facts and config commits it was taken on', () => {
    const [payments, docs, ...rest] = decisionFacts(blocked, { ...at, configCommit, environment: 'production' });
    expect(rest).toEqual([]);
    expect(payments).toEqual({
      v: 1,
      id: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
      kind: 'decision',
      flow: 'payments',
      trail: 'build-7',
      commit,
      event: 'GATE_BLOCKED',
      factsCommit,
      configCommit,
      result: { flow: 'payments', decision: 'GATE_BLOCKED', trail: 'build-7', details: 'Missing required attestations: sbom' },
      environment: 'production',
      actor: 'factstore[bot]',
      ts: '2026-11-23T10:00:00.000Z',
    });
    // a flow without a trail records none; its result keeps `trail: null`
    expect(docs).toMatchObject({ kind: 'decision', flow: 'docs', event: 'GATE_BLOCKED', result: { trail: null } });
    expect(docs).not.toHaveProperty('trail');
    expect(payments?.id).not.toBe(docs?.id);
  });

  it('leaves out the config commit and the environment when not known, and names the bypass that allowed', () => {
    const allowed: GateResult = {
      ...blocked,
      decision: 'GATE_ALLOWED',
      flows: [{ flow: 'payments', decision: 'GATE_ALLOWED', trail: 'build-7', details: 'bypass', bypass: { id: 'b'.repeat(64), actor: 'alice', reason: 'incident-hotfix', expires: '2026-11-24T00:00:00.000Z' } }],
    };
    const [fact] = decisionFacts(allowed, at);
    expect(fact).toMatchObject({ event: 'GATE_ALLOWED', bypass: 'b'.repeat(64) });
    expect(fact).not.toHaveProperty('configCommit');
    expect(fact).not.toHaveProperty('environment');
    const [plain] = decisionFacts(blocked, at);
    expect(plain).not.toHaveProperty('bypass');
  });

  it('records nothing when no flow was gated', () => {
    expect(decisionFacts({ ...blocked, flows: [], factsCommit: null }, at)).toEqual([]);
  });

  it('refuses to record a decision taken with no facts branch, with the caller\'s words', () => {
    expect(() => decisionFacts({ ...blocked, factsCommit: null }, at)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'run factstore init first' }));
  });

  it('refuses a config commit that is not 40 hex', () => {
    expect(() => decisionFacts(blocked, { ...at, configCommit: 'abc1234' })).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });

  it('the id is the same for the same decision, another for another time', () => {
    const [a] = decisionFacts(blocked, at);
    const [b] = decisionFacts(blocked, at);
    const [c] = decisionFacts(blocked, { ...at, ts: '2026-11-23T10:00:01.000Z' });
    expect(a?.id).toBe(b?.id);
    expect(a?.id).not.toBe(c?.id);
  });
});

describe('decision commit messages', () => {
  it('the subject names the commit (7 hex) and the decision', () => {
    expect(decisionCommitSubject({ commit, decision: 'GATE_ALLOWED' })).toBe(`gate ${commit.slice(0, 7)}: GATE_ALLOWED`);
  });

  it('recognises only a message that starts with a recorded decision\'s subject line', () => {
    const subject = decisionCommitSubject({ commit, decision: 'GATE_BLOCKED' });
    expect(isDecisionCommitMessage(`factstore: ${subject}\n\nfactstore-append: …\n`)).toBe(true);
    expect(isDecisionCommitMessage(`factstore: gate ${commit.slice(0, 7)}: GATE_ALLOWED\n`)).toBe(true);
    // another commit that only quotes one, a subject that is not the whole first line, a short id, a non-hex id
    expect(isDecisionCommitMessage(`factstore: attest sbom PASSED\n\nfactstore: ${subject}\n`)).toBe(false);
    expect(isDecisionCommitMessage(`factstore: ${subject} and more\n`)).toBe(false);
    expect(isDecisionCommitMessage(`factstore: gate ${commit.slice(0, 6)}: GATE_BLOCKED\n`)).toBe(false);
    expect(isDecisionCommitMessage('factstore: gate zzzzzzz: GATE_BLOCKED\n')).toBe(false);
    expect(isDecisionCommitMessage(`factstore: ${subject}`)).toBe(false);
  });
});

describe('failedClosed', () => {
  const main = flowConfig({ name: 'payments', branches: ['main'], environments: ['prod'] });
  const anywhere = flowConfig({ name: 'docs' });
  const cfg = config([main, anywhere], { environments: { prod: { members: ['production-eu'] } } });

  it('blocks every flow that applies, with the reason, and no trail', () => {
    const result = failedClosed({ config: cfg, commit, reason: 'the facts branch was rewound', factsCommit });
    const details = 'no decision can be taken: the facts branch was rewound';
    expect(result).toEqual<GateResult>({
      commit,
      decision: 'GATE_BLOCKED',
      flows: [
        { flow: 'payments', decision: 'GATE_BLOCKED', trail: null, details },
        { flow: 'docs', decision: 'GATE_BLOCKED', trail: null, details },
      ],
      factsCommit,
      details,
    });
  });

  it('applies the flows as the gate does: by name, by the event\'s branches and environment', () => {
    const flows = (input: Partial<Parameters<typeof failedClosed>[0]>) =>
      failedClosed({ config: cfg, commit, reason: 'r', ...input }).flows.map((f) => f.flow);
    expect(flows({ flow: 'docs' })).toEqual(['docs']);
    expect(flows({ flow: 'payments' })).toEqual(['payments']);
    expect(flows({ branches: ['feature'] })).toEqual(['docs']);
    expect(flows({ branches: ['refs/heads/main'] })).toEqual(['payments', 'docs']);
    expect(flows({ environment: 'production-eu' })).toEqual(['payments', 'docs']);
    expect(flows({ environment: 'staging' })).toEqual(['docs']);
    expect(flows({ flow: 'payments', environment: 'staging' })).toEqual([]);
  });

  it('names no facts commit when none is known', () => {
    expect(failedClosed({ config: cfg, commit, reason: 'r' }).factsCommit).toBeNull();
  });

  it('rejects a commit that is not 40 hex', () => {
    expect(() => failedClosed({ config: cfg, commit: 'abc', reason: 'r' })).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });
});
