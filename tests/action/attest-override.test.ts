// The attest step, run from dist/ against the fake GitHub: a `status:` that contradicts the evidence
// needs `override-reason:`, which is recorded with the attestation and shown in the job summary.
import { describe, expect, it } from 'vitest';
import type { AttestationFact } from '../../src/core/model/fact.js';
import { trailFacts } from './facts.js';
import { commands, type StepRun } from './runner.js';
import { FLOW, REPO, putEvidence, world, type World } from './world.js';

const REASON = 'AlwaysFailTest is quarantined: PAY-1422';

/** A world whose workspace holds a failing (1 of 1 failed) and a passing (109 passed) JUnit report. */
async function reports(): Promise<World> {
  const w = await world();
  putEvidence(w, 'junit/surefire__TEST-io.olamy.AlwaysFailTest.xml', 'failing.xml');
  putEvidence(w, 'junit/mocha-xunit__latex-utensils.xml', 'passing.xml');
  return w;
}

/** The step failed with one error annotation and sent no write to GitHub. */
function refused(w: World, r: StepRun): string {
  expect(r.code).toBe(1);
  const errors = commands(r.stdout, 'error');
  expect(errors.length).toBe(1);
  expect(w.gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  expect(w.gh.ref(REPO, 'heads/factstore')).toBeUndefined();
  return errors[0]?.message ?? '';
}

describe('the attest step with a status that contradicts the evidence', () => {
  it('fails without `override-reason:`, saying what the evidence says, what was given and how to proceed', async () => {
    const w = await reports();
    const message = refused(w, await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED', evidence: 'failing.xml' }));
    expect(message).toContain("the evidence of unit-tests says FAILED (by the format's rule: failing.xml fails), but `status:` gives PASSED");
    expect(message).toContain('Drop `status:` to record FAILED, or keep it and add `override-reason:` "why PASSED stands"');
  });

  it('records the override with its reason, and the job summary shows it above and in the breakdown', async () => {
    const w = await reports();
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED', 'override-reason': REASON, evidence: 'failing.xml' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const attestation = trailFacts(w.gh, FLOW, w.sha).find((f): f is AttestationFact => f.kind === 'attestation');
    expect(attestation).toMatchObject({ status: 'PASSED', override: { reason: REASON, verdict: 'FAILED' }, evidence: [{ summary: { failures: 1 } }] });
    expect(r.outputs.status).toBe('PASSED');
    expect(r.summary).toContain(`⚠️ The status overrides the evidence, which said **FAILED**; reason: ${REASON}`);
    expect(r.summary).toContain('| `unit-tests` | ✅ PASSED ⚠️ overridden (the evidence said FAILED) |');
    expect(r.summary).toContain(`**override reason:** ${REASON}`);
    expect(r.stdout).toContain(`factstore: unit-tests PASSED overridden: the evidence said FAILED; reason: ${JSON.stringify(REASON)}.`);
  });

  it('FAILED over a passing report needs a reason too; a reason where nothing is contradicted fails the step', async () => {
    const w = await reports();
    expect(refused(w, await w.step({ flow: FLOW, type: 'unit-tests', status: 'FAILED', evidence: 'passing.xml' }))).toContain('`status:` gives FAILED');
    const agreeing = refused(w, await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED', 'override-reason': REASON, evidence: 'passing.xml' }));
    expect(agreeing).toContain('`override-reason:` is only for a `status:` that contradicts the evidence');
    expect(refused(w, await w.step({ flow: FLOW, type: 'unit-tests', 'override-reason': REASON, evidence: 'failing.xml' }))).toContain('no `status:` was given');
    expect(refused(w, await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED', 'override-reason': REASON }))).toContain('no parsed evidence');
  });

  it('a dry run says what it would record, override included, and sends nothing', async () => {
    const w = await reports();
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PENDING', 'override-reason': REASON, evidence: 'failing.xml', 'dry-run': 'true' });
    expect(r.code).toBe(0);
    expect(w.gh.requests).toEqual([]);
    expect(r.summary).toContain(`Would record \`unit-tests\` **PENDING**`);
    expect(r.summary).toContain(`⚠️ The status overrides the evidence, which said **FAILED**; reason: ${REASON}`);
  });
});
