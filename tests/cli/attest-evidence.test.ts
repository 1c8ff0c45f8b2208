import { randomBytes } from 'node:crypto';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/model/fact.js';
import { commitConfig, configText, factsTip, FLOW, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

type Attestation = Extract<Fact, { kind: 'attestation' }>;

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'evidence');
const JUNIT_FAILING = 'junit/vitest-4.1.12__factstore-generated-junit.xml';
const JUNIT_PASSING = 'junit/pytest__junit.gloo.elastic.xml';
const SARIF_ERRORS = 'sarif/eslint-9.39.5__eslint-formatter-sarif-3.1.0.sarif';
const CYCLONEDX = 'cyclonedx/cyclonedx-npm-6.0.1__bom.1.6.json';

/** A workspace whose config allows fixture-sized evidence, with `types` appended; trail t1 started. */
async function evidenceWorkspace(types = ''): Promise<Workspace> {
  const w = await workspace();
  const config = configText(w.key, types).replace('max_bytes: 1024', 'max_bytes: 1048576');
  commitConfig(w.repo, config);
  await startTrail(w, 't1');
  return w;
}

/** Copies a fixture into the repository and returns its name there. */
function fixture(w: Workspace, relative: string): string {
  const name = path.basename(relative);
  copyFileSync(path.join(FIXTURES, relative), path.join(w.repo, name));
  return name;
}

function attest(w: Workspace, type: string, ...rest: string[]) {
  return w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', type, ...rest]);
}

describe('attest computes the status from parsed evidence', () => {
  it('a JUnit report with failures gives FAILED and records its counts', async () => {
    const w = await evidenceWorkspace();
    const r = await attest(w, 'unit-tests', '--evidence', fixture(w, JUNIT_FAILING), '--json');
    expect(r.code, r.stderr).toBe(0);
    const fact = jsonOf<Attestation>(r, 'attest');
    expect(fact.status).toBe('FAILED');
    expect(fact.evidence[0]).toMatchObject({ format: 'junit', summary: { tests: 10, failures: 4, errors: 0, skipped: 2, passed: 4 } });
  });

  it('a passing JUnit report gives PASSED', async () => {
    const w = await evidenceWorkspace();
    const r = await attest(w, 'unit-tests', '--evidence', fixture(w, JUNIT_PASSING), '--json');
    expect(r.code, r.stderr).toBe(0);
    const fact = jsonOf<Attestation>(r, 'attest');
    expect(fact.status).toBe('PASSED');
    expect(fact.evidence[0]).toMatchObject({ format: 'junit', summary: { tests: 14, failures: 0, errors: 0, skipped: 4 } });
  });

  it('a SARIF log with errors gives FAILED', async () => {
    const w = await evidenceWorkspace();
    const r = await attest(w, 'vulnerability-scan', '--evidence', fixture(w, SARIF_ERRORS), '--json');
    expect(r.code, r.stderr).toBe(0);
    const fact = jsonOf<Attestation>(r, 'attest');
    expect(fact.status).toBe('FAILED');
    expect(fact.evidence[0]).toMatchObject({ format: 'sarif', summary: { results: 8, error: 4, warning: 4 } });
  });

  it('a CycloneDX SBOM gives PASSED with its component count', async () => {
    // a type no flow requires must be in the registry (or given with --new-type)
    const w = await evidenceWorkspace('types:\n  sbom: { format: cyclonedx }\n');
    const r = await attest(w, 'sbom', '--evidence', fixture(w, CYCLONEDX), '--json');
    expect(r.code, r.stderr).toBe(0);
    const fact = jsonOf<Attestation>(r, 'attest');
    expect(fact.status).toBe('PASSED');
    expect(fact.evidence[0]).toMatchObject({ format: 'cyclonedx', summary: { components: 5, vulnerabilities: 0 } });
  });

  it('one failing report among passing ones fails the attestation', async () => {
    const w = await evidenceWorkspace();
    const r = await attest(w, 'unit-tests', '--evidence', fixture(w, JUNIT_PASSING), '--evidence', fixture(w, JUNIT_FAILING), '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(jsonOf<Attestation>(r, 'attest').status).toBe('FAILED');
  });
});

describe('attest --status and --format', () => {
  it('an explicit --status with an override reason stands over a failing report, whose summary is still recorded', async () => {
    const w = await evidenceWorkspace();
    const r = await attest(w, 'unit-tests', '--status', 'PASSED', '--override-reason', 'known flaky cases', '--evidence', fixture(w, JUNIT_FAILING), '--json');
    expect(r.code, r.stderr).toBe(0);
    const fact = jsonOf<Attestation>(r, 'attest');
    expect(fact.status).toBe('PASSED');
    expect(fact.override).toEqual({ reason: 'known flaky cases', verdict: 'FAILED' });
    expect(fact.evidence[0]?.summary).toMatchObject({ failures: 4 });
  });

  it('a file no parser recognises is stored raw, without a summary, with the given status', async () => {
    const w = await evidenceWorkspace();
    writeFileSync(path.join(w.repo, 'audit.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(512)]));
    const r = await attest(w, 'unit-tests', '--status', 'FAILED', '--evidence', 'audit.pdf', '--json');
    expect(r.code, r.stderr).toBe(0);
    const fact = jsonOf<Attestation>(r, 'attest');
    expect(fact.status).toBe('FAILED');
    expect(fact.evidence[0]?.format).toBe('raw');
    expect(fact.evidence[0]).not.toHaveProperty('summary');
  });

  it('a raw file alone and no --status is refused, writing nothing', async () => {
    const w = await evidenceWorkspace();
    writeFileSync(path.join(w.repo, 'build.log'), 'compiling...\nok\n');
    const before = factsTip(w.repo);
    const r = await attest(w, 'unit-tests', '--evidence', 'build.log');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--status');
    expect(r.stderr).toContain('known format');
    expect(factsTip(w.repo)).toBe(before);
  });

  it('--format raw stores a report unparsed', async () => {
    const w = await evidenceWorkspace();
    const r = await attest(w, 'unit-tests', '--status', 'PASSED', '--format', 'raw', '--evidence', fixture(w, JUNIT_FAILING), '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(jsonOf<Attestation>(r, 'attest').evidence[0]).not.toHaveProperty('summary');
  });

  it('--format sarif on a JUnit file is refused, naming the detected format, branch unchanged', async () => {
    const w = await evidenceWorkspace();
    const before = factsTip(w.repo);
    const r = await attest(w, 'unit-tests', '--format', 'sarif', '--evidence', fixture(w, JUNIT_FAILING));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('looks like junit, not sarif');
    expect(factsTip(w.repo)).toBe(before);
  });

  it('an unknown --format is refused with the list of formats', async () => {
    const w = await evidenceWorkspace();
    const r = await attest(w, 'unit-tests', '--status', 'PASSED', '--format', 'pdf', '--evidence', fixture(w, JUNIT_PASSING));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('junit, sarif, cyclonedx, spdx, snyk, trivy, json');
  });

  it("the type's configured format is insisted on: a report in another format is refused", async () => {
    const w = await evidenceWorkspace('types:\n  unit-tests: { format: junit }\n');
    const before = factsTip(w.repo);
    const r = await attest(w, 'unit-tests', '--evidence', fixture(w, CYCLONEDX));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not junit');
    expect(factsTip(w.repo)).toBe(before);
  });

  it('a malformed report in the asked format is refused with the parser message', async () => {
    const w = await evidenceWorkspace();
    writeFileSync(path.join(w.repo, 'broken.sarif'), '{"version":"2.1.0","runs":[{"results":[');
    const before = factsTip(w.repo);
    const r = await attest(w, 'unit-tests', '--format', 'sarif', '--evidence', 'broken.sarif');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken.sarif');
    expect(factsTip(w.repo)).toBe(before);
  });

  it('an explicit --status with an override reason stands over the type\'s jq, whose verdict is recorded', async () => {
    const w = await evidenceWorkspace("types:\n  unit-tests: { format: junit, jq: '.failures == 0' }\n");
    const explicit = await attest(w, 'unit-tests', '--status', 'PENDING', '--override-reason', 'a shard is still running', '--evidence', fixture(w, JUNIT_PASSING), '--json');
    expect(explicit.code, explicit.stderr).toBe(0);
    expect(jsonOf<Attestation>(explicit, 'attest')).toMatchObject({
      status: 'PENDING',
      override: { reason: 'a shard is still running', verdict: 'PASSED' },
      evidence: [{ summary: { tests: 14 } }],
    });
  });
});
