// DESIGN §4: a status given by hand that contradicts the evidence's own verdict needs a recorded
// override reason. Real git repositories, real JUnit reports from tests/fixtures/evidence.
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AttestationFact } from '../../src/core/model/fact.js';
import { commitConfig, configText, factsTip, FLOW, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'evidence');
/** 4 passed, 4 failed, 2 skipped */
const FAILING = 'junit/vitest-4.1.12__factstore-generated-junit.xml';
/** 10 passed, 0 failed, 4 skipped */
const PASSING = 'junit/pytest__junit.gloo.elastic.xml';
const REASON = 'settlement rounding fails on the runner clock only: PAY-1422, checked by hand';

/** A workspace whose config allows fixture-sized evidence, `extra` appended; trail t1 started; both reports copied in. */
async function overrideWorkspace(extra = ''): Promise<Workspace> {
  const w = await workspace();
  commitConfig(w.repo, configText(w.key, extra).replace('max_bytes: 1024', 'max_bytes: 1048576'));
  await startTrail(w, 't1');
  copyFileSync(path.join(FIXTURES, FAILING), path.join(w.repo, 'failing.xml'));
  copyFileSync(path.join(FIXTURES, PASSING), path.join(w.repo, 'passing.xml'));
  return w;
}

function attest(w: Workspace, ...rest: string[]) {
  return w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', ...rest]);
}

/** Runs `attest` expecting a refusal: exit 2, nothing on stdout, the facts branch unchanged. */
async function refused(w: Workspace, ...rest: string[]): Promise<string> {
  const before = factsTip(w.repo);
  const r = await attest(w, ...rest);
  expect(r.code, r.stdout).toBe(2);
  expect(r.stdout).toBe('');
  expect(factsTip(w.repo)).toBe(before);
  return r.stderr;
}

describe('a --status that contradicts the evidence', () => {
  it('PASSED over a failing report is refused without a reason: exit 2, nothing written, and the message says how to proceed', async () => {
    const w = await overrideWorkspace();
    const stderr = await refused(w, '--status', 'PASSED', '--evidence', 'failing.xml');
    expect(stderr).toContain("the evidence of unit-tests says FAILED (by the format's rule: failing.xml fails)");
    expect(stderr).toContain('--status gives PASSED');
    expect(stderr).toContain('Drop --status to record FAILED, or keep it and add --override-reason "why PASSED stands"');
  });

  it('PASSED over a failing report with --override-reason is recorded with the override in the fact', async () => {
    const w = await overrideWorkspace();
    const before = factsTip(w.repo);
    const r = await attest(w, '--status', 'PASSED', '--override-reason', `  ${REASON}\n`, '--evidence', 'failing.xml', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(factsTip(w.repo)).not.toBe(before);
    const fact = jsonOf<AttestationFact>(r, 'attest');
    expect(fact).toMatchObject({ status: 'PASSED', override: { reason: REASON, verdict: 'FAILED' } });
    expect(fact.evidence[0]?.summary).toMatchObject({ tests: 10, passed: 4, failures: 4, skipped: 2 });
    // what was stored is what was printed
    const stored = jsonOf<{ facts: AttestationFact[] }>(await w.fs(['trails', 'get', '--flow', FLOW, '--trail', 't1', '--json']), 'trails-get');
    expect(stored.facts.find((f) => f.kind === 'attestation')).toEqual(fact);
  });

  it('FAILED over a passing report needs a reason too, and records the PASSED it overrode', async () => {
    const w = await overrideWorkspace();
    const stderr = await refused(w, '--status', 'FAILED', '--evidence', 'passing.xml');
    expect(stderr).toContain('says PASSED (by the format\'s rule: passing.xml passes), but --status gives FAILED');
    const r = await attest(w, '--status', 'FAILED', '--override-reason', 'the suite ran against the wrong database', '--evidence', 'passing.xml', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(jsonOf<AttestationFact>(r, 'attest')).toMatchObject({ status: 'FAILED', override: { reason: 'the suite ran against the wrong database', verdict: 'PASSED' } });
  });

  it('PENDING differs from any verdict: it needs a reason as well', async () => {
    const w = await overrideWorkspace();
    expect(await refused(w, '--status', 'PENDING', '--evidence', 'passing.xml')).toContain('--status gives PENDING');
    expect(await refused(w, '--status', 'PENDING', '--evidence', 'failing.xml')).toContain('Drop --status to record FAILED');
  });

  it("the type's jq is the verdict a status contradicts, not the format's rule", async () => {
    // the jq forgives failures: the failing report PASSES by it, so PASSED needs no reason and FAILED does
    const w = await overrideWorkspace("types:\n  unit-tests: { format: junit, jq: '.tests > 0' }\n");
    const agreed = await attest(w, '--status', 'PASSED', '--evidence', 'failing.xml', '--json');
    expect(agreed.code, agreed.stderr).toBe(0);
    expect(jsonOf<AttestationFact>(agreed, 'attest')).not.toHaveProperty('override');
    expect(await refused(w, '--status', 'FAILED', '--evidence', 'failing.xml')).toContain("says PASSED (by the type's jq: failing.xml passes)");
  });

  it('one failing report among passing ones makes the verdict FAILED, naming the file that failed', async () => {
    const w = await overrideWorkspace();
    const stderr = await refused(w, '--status', 'PASSED', '--evidence', 'passing.xml', '--evidence', 'failing.xml');
    expect(stderr).toContain("says FAILED (by the format's rule: failing.xml fails)");
  });

  it("the type's JSON Schema is still enforced on every file, reason or not", async () => {
    const w = await overrideWorkspace('types:\n  unit-tests: { format: junit, schema: { type: object, properties: { failures: { maximum: 0 } } } }\n');
    const stderr = await refused(w, '--status', 'PASSED', '--override-reason', REASON, '--evidence', 'failing.xml');
    expect(stderr).toContain('evidence failing.xml does not satisfy the schema of type unit-tests');
    expect(stderr).toContain('/failures');
  });
});

describe('--override-reason where nothing is contradicted is refused', () => {
  it('a status the evidence agrees with', async () => {
    const w = await overrideWorkspace();
    const stderr = await refused(w, '--status', 'FAILED', '--override-reason', REASON, '--evidence', 'failing.xml');
    expect(stderr).toContain("--override-reason is only for a --status that contradicts the evidence, but the evidence says FAILED (by the format's rule: failing.xml fails) too");
    expect(stderr).toContain('drop --override-reason');
  });

  it('no --status at all', async () => {
    const w = await overrideWorkspace();
    expect(await refused(w, '--override-reason', REASON, '--evidence', 'failing.xml')).toContain('no --status was given');
  });

  it('no parsed evidence: nothing to contradict', async () => {
    const w = await overrideWorkspace();
    writeFileSync(path.join(w.repo, 'audit.log'), 'checked by hand\n');
    for (const evidence of [[], ['--evidence', 'audit.log'], ['--evidence', 'failing.xml', '--format', 'raw']]) {
      expect(await refused(w, '--status', 'PASSED', '--override-reason', REASON, ...evidence)).toContain('there is no parsed evidence to contradict');
    }
  });

  it('a blank reason, or one over 1024 characters', async () => {
    const w = await overrideWorkspace();
    expect(await refused(w, '--status', 'PASSED', '--override-reason', ' \t ', '--evidence', 'failing.xml')).toContain('--override-reason is blank');
    expect(await refused(w, '--status', 'PASSED', '--override-reason', 'é'.repeat(1025), '--evidence', 'failing.xml')).toContain('is 1025 characters long');
    const longest = await attest(w, '--status', 'PASSED', '--override-reason', 'é'.repeat(1024), '--evidence', 'failing.xml', '--json');
    expect(longest.code, longest.stderr).toBe(0);
  });
});

describe('a --status with no verdict to contradict needs no reason', () => {
  it('no evidence, a raw file, or --format raw: the status is recorded as given, without an override', async () => {
    const w = await overrideWorkspace();
    writeFileSync(path.join(w.repo, 'audit.log'), 'checked by hand\n');
    for (const evidence of [[], ['--evidence', 'audit.log'], ['--evidence', 'failing.xml', '--format', 'raw']]) {
      const r = await attest(w, '--status', 'PASSED', ...evidence, '--json');
      expect(r.code, r.stderr).toBe(0);
      const fact = jsonOf<AttestationFact>(r, 'attest');
      expect(fact.status).toBe('PASSED');
      expect(fact).not.toHaveProperty('override');
    }
  });

  it('a status the evidence agrees with is recorded without an override', async () => {
    const w = await overrideWorkspace();
    const r = await attest(w, '--status', 'FAILED', '--evidence', 'failing.xml', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(jsonOf<AttestationFact>(r, 'attest')).not.toHaveProperty('override');
  });
});
