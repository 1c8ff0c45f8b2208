import { describe, expect, it } from 'vitest';
import type { CustodyReport } from '../../src/core/report/custody/index.js';
import { DIGEST_A, DIGEST_B, factsTip, FLOW, headOf, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

const OTHER = 'other-service';

/** Runs a write command and returns the facts commit it made. */
async function write(w: Workspace, args: string[], env?: Record<string, string>): Promise<string> {
  const r = await w.fs(args, env);
  expect(r.code, r.stderr).toBe(0);
  return factsTip(w.repo);
}

describe('compliance artifact', () => {
  it('reports every trail, fact and facts commit of an artifact recorded by two flows', async () => {
    const w = await workspace();
    await startTrail(w, 't1', DIGEST_A);
    const T = ['--flow', FLOW, '--trail', 't1'];
    const tests = await write(w, ['attest', ...T, '--type', 'unit-tests', '--status', 'PASSED']);
    const scan = await write(w, ['attest', ...T, '--type', 'vulnerability-scan', '--status', 'PASSED', '--artifact', DIGEST_A]);
    await write(w, ['attest', ...T, '--type', 'vulnerability-scan', '--status', 'FAILED', '--artifact', DIGEST_B]);
    const approved = await write(w, ['approve', ...T, '--comment', 'release 2.4'], w.asAlice);
    await write(w, ['trails', 'begin', '--flow', OTHER, '--trail', 'o1']);
    await write(w, ['artifacts', 'create', '--flow', OTHER, '--trail', 'o1', '--name', 'app', '--sha256', DIGEST_A, '--tag', '2.4']);
    const gate = await w.fs(['gate', '--flow', FLOW, '--record']);
    expect(gate.code, gate.stderr).toBe(0);
    const decided = factsTip(w.repo);

    const r = await w.fs(['compliance', 'artifact', DIGEST_A, '--json']);
    expect(r.code).toBe(1); // other-service has no unit-tests yet
    const report = jsonOf<CustodyReport>(r, 'compliance-artifact');
    expect(report).toMatchObject({ sha256Digest: DIGEST_A, status: 'NON_COMPLIANT', factsCommit: decided });
    expect(report.flows.map((f) => [f.flow, f.status, f.trails.map((t) => t.trail)])).toEqual([[FLOW, 'COMPLIANT', ['t1']], [OTHER, 'NON_COMPLIANT', ['o1']]]);
    const t1 = report.flows[0]!.trails[0]!;
    expect(t1.commit).toBe(headOf(w.repo));
    // the FAILED scan bound to another artifact does not count here
    expect(t1.attestations.map((a) => [a.type, a.status, a.recordedIn])).toEqual([['unit-tests', 'PASSED', tests], ['vulnerability-scan', 'PASSED', scan]]);
    expect(t1.approvals).toMatchObject([{ actor: 'alice', decision: 'APPROVED', comment: 'release 2.4', recordedIn: approved }]);
    expect(t1.decisions).toMatchObject([{ event: 'GATE_ALLOWED', trail: 't1', recordedIn: decided, commit: headOf(w.repo) }]);
    expect(report.flows[1]?.trails[0]?.artifacts).toMatchObject([{ name: 'app', tag: '2.4' }]);

    await write(w, ['attest', '--flow', OTHER, '--trail', 'o1', '--type', 'unit-tests', '--status', 'PASSED']);
    const human = await w.fs(['compliance', 'artifact', DIGEST_A.slice('sha256:'.length).toUpperCase()]);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(new RegExp(`^COMPLIANT  ${DIGEST_A}\n`));
    expect(human.stdout).toContain(`flow ${FLOW}  COMPLIANT  (decided by trail t1; 1 trail(s) recorded this digest)`);
    expect(human.stdout).toContain(`flow ${OTHER}  COMPLIANT`);
    expect(human.stdout).toMatch(new RegExp(`${approved.slice(0, 12)}  APPROVAL_GRANTED\\s+alice\\s+release 2.4`));
    expect(human.stdout).toMatch(new RegExp(`${decided.slice(0, 12)}  GATE_ALLOWED`));
    expect(human.stdout).not.toContain('FAILED');
  });

  it('says an unknown artifact was not found and exits 1, like assert', async () => {
    const w = await workspace();
    await startTrail(w, 't1', DIGEST_A);
    const json = await w.fs(['compliance', 'artifact', DIGEST_B, '--json']);
    expect(json.code).toBe(1);
    expect(jsonOf<CustodyReport>(json, 'compliance-artifact')).toMatchObject({ status: 'NON_COMPLIANT', flows: [], details: expect.stringContaining('not found') as unknown });
    const human = await w.fs(['compliance', 'artifact', DIGEST_B]);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain(`artifact ${DIGEST_B} not found: no trail recorded it`);
    const malformed = await w.fs(['compliance', 'artifact', 'latest']);
    expect(malformed.code).toBe(2);
    expect(malformed.stdout).toBe('');
  });
});
