// --markdown prints the core breakdown (the same one the Action's job summary and the App show).
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitConfig, configText, DIGEST_A, FLOW, headOf, startTrail, workspace, type Workspace } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'evidence');

async function release(): Promise<Workspace> {
  const w = await workspace();
  commitConfig(w.repo, configText(w.key).replace('max_bytes: 1024', 'max_bytes: 1048576'));
  await startTrail(w, 't1', DIGEST_A);
  copyFileSync(path.join(FIXTURES, 'junit/vitest-4.1.12__factstore-generated-junit.xml'), path.join(w.repo, 'junit.xml'));
  expect((await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--evidence', 'junit.xml'])).code).toBe(0);
  return w;
}

describe('--markdown', () => {
  it('assert prints the breakdown: statuses, evidence summaries, approval and what to do next', async () => {
    const w = await release();
    const r = await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_A, '--markdown']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('### ❌ payment-service: NON_COMPLIANT');
    expect(r.stdout).toContain('| `unit-tests` | ❌ FAILED | junit.xml | 4 passed, 4 failed, 2 skipped |');
    expect(r.stdout).toContain('| `vulnerability-scan` | ⬜ MISSING |');
    expect(r.stdout).toContain('factstore attest --flow payment-service --trail t1 --type vulnerability-scan --evidence <file>');
    expect(r.stdout).toContain('factstore approve --flow payment-service --trail t1');
  });

  it('gate and trails get print the same breakdown', async () => {
    const w = await release();
    const gate = await w.fs(['gate', '--commit', headOf(w.repo), '--flow', FLOW, '--markdown']);
    expect(gate.code).toBe(1);
    expect(gate.stdout).toContain('GATE_BLOCKED');
    expect(gate.stdout).toContain('4 passed, 4 failed, 2 skipped');
    const trail = await w.fs(['trails', 'get', '--flow', FLOW, '--trail', 't1', '--markdown']);
    expect(trail.code).toBe(0);
    expect(trail.stdout).toContain('| `unit-tests` | ❌ FAILED | junit.xml | 4 passed, 4 failed, 2 skipped |');
  });

  it('the text output shows the evidence summaries too', async () => {
    const w = await release();
    const r = await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_A]);
    expect(r.stdout).toMatch(/unit-tests\s+FAILED\s+junit\.xml: 4 passed, 4 failed, 2 skipped/);
  });

  it('--markdown with --json is a usage error', async () => {
    const w = await release();
    const r = await w.fs(['assert', '--flow', FLOW, '--sha256', DIGEST_A, '--markdown', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--markdown and --json both choose the output');
  });
});
