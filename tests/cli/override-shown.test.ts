// DESIGN §4: an override is "shown wherever the attestation is": trails get, log, the breakdown
// (--markdown), evidence list, the chain of custody, and the trail document a policy can deny.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TrailEvaluation } from '../../src/core/evaluate/types.js';
import type { CustodyReport } from '../../src/core/report/custody/index.js';
import type { EvidenceListEntry } from '../../src/core/report/evidence/list-evidence.js';
import { commitConfig, configText, DIGEST_A, FLOW, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

const FAILING = path.join(import.meta.dirname, '..', 'fixtures', 'evidence', 'junit', 'vitest-4.1.12__factstore-generated-junit.xml');
const REASON = 'settlement rounding fails on the runner clock only: PAY-1422';
const SHOWN = `overridden: the evidence said FAILED; reason: ${JSON.stringify(REASON)}`;
const NO_OVERRIDES = `policies:
  no-overrides:
    description: No status may overrule its evidence
    jq: '[.attestations[] | select(.override) | "\\(.type) is \\(.status) against its evidence (\\(.override.verdict)): \\(.override.reason)"]'
`;

/**
 * Trail t1 with artifact A: unit-tests PASSED by hand over a failing JUnit report (with the reason),
 * a passing scan, alice's approval. With `policy`, the flow also runs the documented no-overrides policy.
 */
async function overridden(policy = false): Promise<Workspace> {
  const w = await workspace();
  let config = configText(w.key, policy ? NO_OVERRIDES : '').replace('max_bytes: 1024', 'max_bytes: 1048576');
  if (policy) config = config.replace('approvers: [alice], min: 1 }', 'approvers: [alice], min: 1 }\n    policies: [no-overrides]');
  commitConfig(w.repo, config);
  await startTrail(w, 't1', DIGEST_A);
  copyFileSync(FAILING, path.join(w.repo, 'junit.xml'));
  const T = ['--flow', FLOW, '--trail', 't1'];
  const tests = await w.fs(['attest', ...T, '--type', 'unit-tests', '--status', 'PASSED', '--override-reason', REASON, '--evidence', 'junit.xml']);
  expect(tests.code, tests.stderr).toBe(0);
  expect(tests.stdout).toContain(SHOWN);
  expect((await w.fs(['attest', ...T, '--type', 'vulnerability-scan', '--status', 'PASSED'])).code).toBe(0);
  expect((await w.fs(['approve', ...T], w.asAlice)).code).toBe(0);
  return w;
}

describe('an overridden attestation is shown', () => {
  it('by trails get: in the evaluation, in the facts, and in --json', async () => {
    const w = await overridden();
    const text = await w.fs(['trails', 'get', '--flow', FLOW, '--trail', 't1']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`unit-tests\\s+PASSED\\s+junit\\.xml: 4 passed, 4 failed, 2 skipped; ${escape(SHOWN)}`));
    expect(text.stdout).toMatch(new RegExp(`ATTESTATION_RECORDED  ${FLOW}/t1  unit-tests PASSED \\(junit\\.xml: 4 passed, 4 failed, 2 skipped\\), ${escape(SHOWN)}`));
    const json = jsonOf<{ evaluation: TrailEvaluation }>(await w.fs(['trails', 'get', '--flow', FLOW, '--trail', 't1', '--json']), 'trails-get');
    expect(json.evaluation.types.map((t) => [t.type, t.status, t.override])).toEqual([
      ['unit-tests', 'PASSED', { reason: REASON, verdict: 'FAILED' }],
      ['vulnerability-scan', 'PASSED', undefined],
    ]);
  });

  it('by the audit log, text and --json', async () => {
    const w = await overridden();
    const text = await w.fs(['log', '--event', 'ATTESTATION_RECORDED']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`unit-tests PASSED (junit.xml: 4 passed, 4 failed, 2 skipped), ${SHOWN}`);
    const json = jsonOf<{ entries: { what: string; override?: unknown }[] }>(await w.fs(['log', '--json']), 'log');
    const withOverride = json.entries.filter((e) => e.override !== undefined);
    expect(withOverride).toMatchObject([{ override: { reason: REASON, verdict: 'FAILED' } }]);
    expect(withOverride[0]?.what).toContain(SHOWN);
  });

  it('by the breakdown: --markdown of trails get and assert', async () => {
    const w = await overridden();
    const row = '| `unit-tests` | ✅ PASSED ⚠️ overridden (the evidence said FAILED) | junit.xml | 4 passed, 4 failed, 2 skipped<br>**override reason:** settlement rounding fails on the runner clock only: PAY-1422 |';
    const trail = await w.fs(['trails', 'get', '--flow', FLOW, '--trail', 't1', '--markdown']);
    expect(trail.stdout).toContain(row);
    const assert = await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_A, '--markdown']);
    expect(assert.code).toBe(0); // the override stands: without a policy against it the release is compliant
    expect(assert.stdout).toContain(row);
  });

  it('by evidence list and the chain of custody', async () => {
    const w = await overridden();
    const list = await w.fs(['evidence', 'list', '--flow', FLOW]);
    expect(list.stdout).toMatch(/unit-tests\s+PASSED \(overridden: the evidence said FAILED\)\s+4 passed, 4 failed, 2 skipped/);
    const entries = jsonOf<{ evidence: EvidenceListEntry[] }>(await w.fs(['evidence', 'list', '--json']), 'evidence-list').evidence;
    expect(entries.map((e) => e.override)).toEqual([{ reason: REASON, verdict: 'FAILED' }]);

    const custody = await w.fs(['compliance', 'artifact', DIGEST_A]);
    expect(custody.stdout).toMatch(/ATTESTATION_RECORDED\s+ci\s+unit-tests PASSED \(overridden: the evidence said FAILED\)/);
    expect(custody.stdout).toContain(`      ${SHOWN}`);
    const report = jsonOf<CustodyReport>(await w.fs(['compliance', 'artifact', DIGEST_A, '--json']), 'compliance-artifact');
    expect(report.flows[0]?.trails[0]?.attestations.map((a) => [a.type, a.override])).toEqual([
      ['unit-tests', { reason: REASON, verdict: 'FAILED' }],
      ['vulnerability-scan', undefined],
    ]);
  });

  it('to policies: the documented no-overrides policy blocks the release and says why', async () => {
    const w = await overridden(true);
    const assert = await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_A, '--json']);
    expect(assert.code).toBe(1);
    expect(jsonOf(assert, 'assert')).toMatchObject({ status: 'NON_COMPLIANT', policyViolations: [`no-overrides: unit-tests is PASSED against its evidence (FAILED): ${REASON}`] });
    const markdown = await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_A, '--markdown']);
    expect(markdown.stdout).toContain(`- ❌ \`no-overrides\`: unit-tests is PASSED against its evidence (FAILED): ${REASON}`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
