import { describe, expect, it } from 'vitest';
import type { FlowConfig } from '../../src/core/config/config.js';
import type { PolicyEvaluator } from '../../src/core/evaluate/index.js';
import type { Fact, FactInput } from '../../src/core/model/fact.js';
import { makeFact, sha256Hex } from '../../src/core/model/fact-id.js';
import { buildCustodyReport, custodyText } from '../../src/core/report/custody/index.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { tempRepo, testKey } from '../helpers/git.js';

const key = testKey();
const DIGEST = `sha256:${sha256Hex('app 1.0')}`;
const OTHER = `sha256:${sha256Hex('app 0.9')}`;
const COMMIT = sha256Hex('release commit').slice(0, 40);
const FACTS_AT = sha256Hex('some facts commit').slice(0, 40);
const evidence = { name: 'junit.xml', sha256: `sha256:${sha256Hex('<testsuite/>')}`, size: 12, format: 'junit', summary: { tests: 3, passed: 3, failures: 0, errors: 0, skipped: 0 } };

const flow = (name: string, overrides: Partial<FlowConfig> = {}): FlowConfig => ({
  name, require: ['unit-tests'], policies: [], branches: [], environments: [], retries: 'sticky', ...overrides,
});

type Input = FactInput extends infer T ? (T extends unknown ? Omit<T, 'ts' | 'actor'> & { actor?: string } : never) : never;

/** A real git store whose clock moves one minute per commit and per fact, so every time is known. */
function world() {
  let now = Date.parse('2026-11-23T10:00:00Z');
  const store = new LocalGitStore({ dir: tempRepo(), signer: sshSigner(key.privateKey), clock: () => new Date((now += 60_000)) });
  const fact = (input: Input): Fact => makeFact({ actor: 'ci', ts: new Date(now + 1000).toISOString(), ...input });
  const write = async (...facts: Fact[]) => (await store.append({ facts })).commit!;
  return { store, fact, write };
}

describe('chain of custody report', () => {
  it('names every fact about the artifact with the facts commit that holds it', async () => {
    const { store, fact, write } = world();
    const T = { flow: 'payments', trail: 'build-7' };
    const blocked = fact({ kind: 'decision', flow: 'payments', commit: COMMIT, event: 'GATE_BLOCKED', factsCommit: FACTS_AT, result: { details: 'no trail for the commit' } });
    const elsewhere = fact({ kind: 'decision', flow: 'payments', commit: 'f'.repeat(40), event: 'GATE_BLOCKED', factsCommit: FACTS_AT, result: {} });
    const c0 = await write(blocked, elsewhere);
    const started = fact({ kind: 'trail', ...T, commit: COMMIT, gitBranch: 'main', author: 'dev@acme' });
    const c1 = await write(started);
    const artifact = fact({ kind: 'artifact', ...T, artifact: DIGEST, name: 'app', tag: '1.0', registry: 'ghcr.io/acme' });
    const otherArtifact = fact({ kind: 'artifact', ...T, artifact: OTHER, name: 'app', tag: '0.9' });
    const c2 = await write(artifact, otherArtifact);
    const tests = fact({ kind: 'attestation', ...T, type: 'unit-tests', status: 'PASSED', evidence: [evidence] });
    const forOther = fact({ kind: 'attestation', ...T, type: 'unit-tests', status: 'FAILED', artifact: OTHER, evidence: [] });
    const c3 = await write(tests, forOther);
    const approval = fact({ kind: 'approval', ...T, actor: 'alice', decision: 'APPROVED', comment: 'ship it' });
    const c4 = await write(approval);
    const allowed = fact({ kind: 'decision', ...T, commit: COMMIT, event: 'GATE_ALLOWED', factsCommit: c4, result: { details: 'every check passed' } });
    const c5 = await write(allowed);

    const report = await buildCustodyReport({ store, digest: DIGEST.toUpperCase().replace('SHA256:', 'sha256:'), flows: { payments: flow('payments', { approval: { required: true, approvers: ['alice'], min: 1, forbidSelf: true } }) } });
    expect(report).toMatchObject({ sha256Digest: DIGEST, status: 'COMPLIANT', factsCommit: c5 });
    expect(report.flows.map((f) => [f.flow, f.status, f.assert?.trail])).toEqual([['payments', 'COMPLIANT', 'build-7']]);
    const trail = report.flows[0]!.trails[0]!;
    expect(trail).toMatchObject({ trail: 'build-7', commit: COMMIT, gitBranch: 'main', author: 'dev@acme', started: { id: started.id, recordedIn: c1 } });
    expect(trail.artifacts).toEqual([{ id: artifact.id, ts: artifact.ts, actor: 'ci', recordedIn: c2, recordedAt: expect.any(String) as unknown, name: 'app', tag: '1.0', registry: 'ghcr.io/acme' }]);
    // rule 2: the attestation bound to another artifact does not count for this one
    expect(trail.attestations.map((a) => [a.id, a.recordedIn, a.evidence])).toEqual([[tests.id, c3, [evidence]]]);
    expect(trail.approvals).toMatchObject([{ id: approval.id, actor: 'alice', decision: 'APPROVED', comment: 'ship it', recordedIn: c4 }]);
    // the gate's decision before the trail existed (a loose fact for the same commit) comes first
    expect(trail.decisions.map((d) => [d.event, d.trail, d.recordedIn, d.factsCommit, d.details])).toEqual([
      ['GATE_BLOCKED', null, c0, FACTS_AT, 'no trail for the commit'],
      ['GATE_ALLOWED', 'build-7', c5, c4, 'every check passed'],
    ]);
    // commit times are the store clock's: one minute apart
    expect(trail.started?.recordedAt).toBe('2026-11-23T10:02:00.000Z');
    store.close();
  });

  it('is NON_COMPLIANT unless every flow that recorded the artifact is COMPLIANT', async () => {
    const { store, fact, write } = world();
    for (const name of ['payments', 'audit', 'retired']) {
      await write(fact({ kind: 'trail', flow: name, trail: 't1' }), fact({ kind: 'artifact', flow: name, trail: 't1', artifact: DIGEST, name: 'app' }));
      await write(fact({ kind: 'attestation', flow: name, trail: 't1', type: 'unit-tests', status: 'PASSED', evidence: [] }));
    }
    const flows = { payments: flow('payments'), audit: flow('audit', { require: ['unit-tests', 'sbom'] }) };
    const report = await buildCustodyReport({ store, digest: DIGEST, flows });
    expect(report.status).toBe('NON_COMPLIANT');
    expect(report.flows.map((f) => [f.flow, f.status, f.trails.length])).toEqual([['payments', 'COMPLIANT', 1], ['audit', 'NON_COMPLIANT', 1], ['retired', 'NON_COMPLIANT', 1]]);
    expect(report.flows[1]?.assert?.missingAttestationTypes).toEqual(['sbom']);
    expect(report.flows[2]).toMatchObject({ assert: null, details: expect.stringContaining('not in the config') as unknown });
    expect(report.details).toContain('NON_COMPLIANT in audit (Missing required attestations: sbom); retired');
    const both = await buildCustodyReport({ store, digest: DIGEST, flows: { ...flows, audit: flow('audit'), retired: flow('retired') } });
    expect(both.status).toBe('COMPLIANT');
    store.close();
  });

  it('evaluates the flow policies with the evaluator it is given', async () => {
    const { store, fact, write } = world();
    await write(fact({ kind: 'trail', flow: 'payments', trail: 't1' }), fact({ kind: 'artifact', flow: 'payments', trail: 't1', artifact: DIGEST, name: 'app' }));
    await write(fact({ kind: 'attestation', flow: 'payments', trail: 't1', type: 'unit-tests', status: 'PASSED', evidence: [] }));
    const deny: PolicyEvaluator = { evaluate: () => ({ allow: false, reasons: ['not on Fridays'] }) };
    const report = await buildCustodyReport({
      store, digest: DIGEST, flows: { payments: flow('payments', { policies: ['calendar'] }) }, policies: { calendar: { jq: 'false' } }, policyEvaluator: deny,
    });
    expect(report.status).toBe('NON_COMPLIANT');
    expect(report.flows[0]?.assert?.policyViolations).toEqual(['calendar: not on Fridays']);
    store.close();
  });

  it('says an unknown artifact was not found, with or without a facts branch', async () => {
    const { store, fact, write } = world();
    const empty = await buildCustodyReport({ store, digest: DIGEST, flows: {} });
    expect(empty).toEqual({ sha256Digest: DIGEST, status: 'NON_COMPLIANT', factsCommit: null, flows: [], details: expect.stringContaining('not found') as unknown });
    const tip = await write(fact({ kind: 'trail', flow: 'payments', trail: 't1' }));
    const unknown = await buildCustodyReport({ store, digest: OTHER, flows: { payments: flow('payments') } });
    expect(unknown).toMatchObject({ status: 'NON_COMPLIANT', factsCommit: tip, flows: [] });
    expect(custodyText(unknown)).toContain(`artifact ${OTHER} not found: no trail recorded it`);
    store.close();
  });

  it('reads like a ledger: per flow and trail, one line per fact with its short facts commit', async () => {
    const { store, fact, write } = world();
    const c1 = await write(fact({ kind: 'trail', flow: 'payments', trail: 't1', commit: COMMIT, gitBranch: 'main' }), fact({ kind: 'artifact', flow: 'payments', trail: 't1', artifact: DIGEST, name: 'app', tag: '1.0' }));
    const c2 = await write(fact({ kind: 'attestation', flow: 'payments', trail: 't1', type: 'unit-tests', status: 'PASSED', evidence: [evidence] }));
    const text = custodyText(await buildCustodyReport({ store, digest: DIGEST, flows: { payments: flow('payments') } }));
    const lines = text.split('\n');
    expect(lines[0]).toBe(`COMPLIANT  ${DIGEST}`);
    expect(text).toContain(`flow payments  COMPLIANT  (decided by trail t1; 1 trail(s) recorded this digest)`);
    expect(text).toContain(`trail t1  commit ${COMMIT.slice(0, 12)} on main`);
    const events = lines.filter((l) => /^ {4}\d{4}-/.test(l));
    expect(events.map((l) => l.split(/\s{2,}/).slice(2, 4))).toEqual([[c1.slice(0, 12), 'TRAIL_STARTED'], [c1.slice(0, 12), 'ARTIFACT_REPORTED'], [c2.slice(0, 12), 'ATTESTATION_RECORDED']]);
    expect(text).toContain(`evidence junit.xml  ${evidence.sha256}  12 B  junit  3 passed, 0 failed`);
    store.close();
  });
});
