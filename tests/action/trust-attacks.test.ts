// Attacks on the facts branch against the Action's decision steps, on the fake GitHub: none may let
// the assert step pass or the workflow gate's check run turn green, and each says why.
import { describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import { trailPath } from '../../src/core/store/layout.js';
import { gitOut } from '../helpers/fake-github/real-git.js';
import { tamperFile } from '../helpers/tamper.js';
import { exportFactsBranch } from './facts.js';
import { ALLOWED, BLOCKED, bodyOf, checkRunWrites, config, gateStep, recorded } from './gate-world.js';
import { putEvidence, REPO, world, type World } from './world.js';

/** Pushes an unsigned commit appending `facts` to the trail file, as someone with push access would. */
async function pushUnsigned(w: World, flow: string, facts: Fact[]): Promise<string> {
  const dir = (await exportFactsBranch(w.gh, w.key)).dir;
  const path = trailPath(flow, w.sha);
  const text = gitOut(dir, ['show', `factstore:${path}`]);
  const commit = tamperFile(dir, 'factstore', path, `${text}\n${facts.map((f) => JSON.stringify(f)).join('\n')}\n`.replace(/\n\n/, '\n'));
  await w.gh.importFromGit(REPO, dir, 'factstore');
  return commit;
}

const passingScan = (w: World): Fact =>
  makeFact({ kind: 'attestation', flow: BLOCKED, trail: w.sha, type: 'vulnerability-scan', status: 'PASSED', evidence: [], actor: 'mallory', ts: new Date(Date.now() - 1000).toISOString() });

describe('the workflow gate and the assert step on a facts branch someone tampered with', () => {
  it('an unsigned commit adding a PASSED scan: the release stays blocked, and the check run says what was not counted', async () => {
    const w = await world({ config });
    await recorded(w);
    const forged = await pushUnsigned(w, BLOCKED, [passingScan(w)]);
    const r = await gateStep(w, { flow: BLOCKED, record: 'false' });
    expect(r.code).toBe(0);
    expect(r.outputs.decision).toBe('GATE_BLOCKED');
    const result = JSON.parse(r.outputs.result ?? '') as { trust: { ignored: { commit: string; reason: string }[] } };
    expect(result.trust.ignored).toEqual([expect.objectContaining({ commit: forged, reason: 'unsigned' })]);
    const [run] = checkRunWrites(w.gh.requests).map(bodyOf);
    expect(run).toMatchObject({ name: `Factstore gate / ${BLOCKED}`, conclusion: 'failure' });
    expect(run?.output?.summary).toContain(`**Not counted:** 1 fact ignored: added by commit ${forged.slice(0, 7)}, unsigned`);
  });

  it('rolling the facts branch back below a decision the gate recorded: the check run fails and names the rollback', async () => {
    const w = await world({ config });
    await recorded(w);
    const before = w.gh.ref(REPO, 'heads/factstore') ?? '';
    // the scan arrives, the gate records its decision (and its high-water mark)
    putEvidence(w, 'sarif/snyk-code__test-code-consistent-ignores.sarif.json', 'snyk.sarif');
    expect((await w.step({ flow: BLOCKED, trail: w.sha, type: 'vulnerability-scan', evidence: 'snyk.sarif' })).code).toBe(0);
    expect((await gateStep(w)).outputs.decision).toBe('GATE_ALLOWED');
    // someone with push access moves the branch back, before the scan: nothing would look wrong in the trail itself
    w.gh.setRef(REPO, 'refs/heads/factstore', before);
    w.gh.resetRequests();
    const r = await gateStep(w);
    expect(r.outputs.decision).toBe('GATE_BLOCKED');
    const runs = checkRunWrites(w.gh.requests).map(bodyOf);
    expect(runs.map((b) => [b.name, b.conclusion])).toEqual([[`Factstore gate / ${ALLOWED}`, 'failure'], [`Factstore gate / ${BLOCKED}`, 'failure']]);
    expect(runs[0]?.output?.summary).toMatch(/the facts branch was rolled back: its tip [0-9a-f]{40} is older than the newest facts commit a decision was taken on/);
    // nothing was appended to the rolled-back branch, and the mark did not move
    expect(w.gh.ref(REPO, 'heads/factstore')).toBe(before);
    expect(w.gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/check-runs') && bodyOf(q).name === 'Factstore high-water mark')).toEqual([]);
    // the assert step reads the same mark and fails too
    const assert = await w.step({ flow: ALLOWED, sha256: `sha256:${'e'.repeat(64)}` }, {}, 'assert');
    expect(assert.code).not.toBe(0);
    expect(assert.stdout).toMatch(/rolled back/);
  });
});
