// The posture, checked against counts made by hand from the facts this test records.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PostureReport } from '../../src/core/posture/build-posture.js';
import { commitConfig, configText, DIGEST_A, DIGEST_B, FLOW, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

let w: Workspace;
const DIGEST_C = `sha256:${'c'.repeat(64)}`;
const DIGEST_D = `sha256:${'d'.repeat(64)}`;

async function attest(trail: string, type: string, status: string): Promise<void> {
  expect((await w.fs(['attest', '--flow', FLOW, '--trail', trail, '--type', type, '--status', status])).code).toBe(0);
}

beforeAll(async () => {
  w = await workspace();
  commitConfig(w.repo, configText(w.key, 'environments:\n  production: { type: list }\n  staging: { type: k8s }\n'));
  // t1 COMPLIANT; t2 a FAILED unit-tests; t3 unit-tests still PENDING; t4 nothing recorded
  await startTrail(w, 't1', DIGEST_A);
  await attest('t1', 'unit-tests', 'PASSED');
  await attest('t1', 'vulnerability-scan', 'PASSED');
  await startTrail(w, 't2', DIGEST_B);
  await attest('t2', 'unit-tests', 'FAILED');
  await attest('t2', 'vulnerability-scan', 'PASSED');
  await startTrail(w, 't3', DIGEST_C);
  await attest('t3', 'unit-tests', 'PENDING');
  await attest('t3', 'vulnerability-scan', 'PASSED');
  await startTrail(w, 't4', DIGEST_D);
  for (const t of ['t1', 't2', 't3']) expect((await w.fs(['approve', '--flow', FLOW, '--trail', t, '--comment', 'ok'], w.asAlice)).code).toBe(0);
  writeFileSync(path.join(w.repo, 'running.json'), JSON.stringify([{ name: 'payments', sha256: DIGEST_A }, { name: 'ledger', sha256: `sha256:${'e'.repeat(64)}` }]));
  expect((await w.fs(['snapshot', 'list', '--environment', 'production', '--file', 'running.json'])).code).toBe(0);
});

describe('factstore posture', () => {
  it('counts the trails of each flow by outcome, and each environment by its drift', async () => {
    const r = jsonOf<PostureReport>(await w.fs(['posture', '--json']), 'posture');
    expect(r.flows).toEqual([
      { flow: FLOW, trails: 4, compliant: 1, nonCompliant: 2, pending: 1, percent: 25, level: 'red' },
      { flow: 'other-service', trails: 0, compliant: 0, nonCompliant: 0, pending: 0, percent: null, level: 'none' },
    ]);
    expect(r.environments).toEqual([
      { environment: 'production', type: 'list', status: 'NON_COMPLIANT', running: 2, drifting: 1, openDrifts: 1, snapshot: expect.any(String) as string },
      { environment: 'staging', type: 'k8s', status: 'NO_SNAPSHOT', running: 0, drifting: 0, openDrifts: 0, snapshot: null },
    ]);
    expect(r.frameworks).toEqual([]);
  });

  it('counts each control of a framework over the flows that require its types', async () => {
    const r = jsonOf<PostureReport>(await w.fs(['posture', '--framework', 'soc2', '--json']), 'posture');
    const controls = Object.fromEntries((r.frameworks[0]?.controls ?? []).map((c) => [c.id, [c.passing, c.failing, c.level]]));
    // CC8.1: unit-tests PASSED and approved only on t1; CC7.1 and CC6.8: vulnerability-scan PASSED on t1-t3;
    // CC6.1 needs a secret scan, which no flow requires
    expect(controls).toEqual({ 'CC8.1': [1, 3, 'red'], 'CC7.1': [3, 1, 'yellow'], 'CC6.8': [3, 1, 'yellow'], 'CC6.1': [0, 0, 'none'] });
  });

  it('counts only trails started since --since, and prints Markdown with the colours', async () => {
    const later = jsonOf<PostureReport>(await w.fs(['posture', '--since', '2999-01-01', '--json']), 'posture');
    expect(later.flows[0]).toMatchObject({ trails: 0, level: 'none' });
    const md = await w.fs(['posture', '--markdown', '--framework', 'soc2']);
    expect(md.stdout).toContain(`| 🔴 | ${FLOW} | 4 | 1 | 2 | 1 | 25 % |`);
    expect(md.stdout).toContain('| 🔴 | production | list | DRIFTING | 2 | 1 |');
    expect(md.stdout).toContain('| 🟡 | **CC7.1**');
    const unknown = await w.fs(['posture', '--framework', 'soc3']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Did you mean soc2?');
  });
});
