import { describe, expect, it } from 'vitest';
import type { AttestationFact } from '../../src/core/model/fact.js';
import { exportFactsBranch, trailFacts } from './facts.js';
import { FLOW, REPO, world } from './world.js';

const WRITERS = 20;
const types = Array.from({ length: WRITERS }, (_, i) => `check-${String(i).padStart(2, '0')}`);

describe('concurrent attest steps', () => {
  it(`${WRITERS} Action processes writing at once through the fake all land: none lost or duplicated, linear, every commit signed`, { timeout: 300_000 }, async () => {
    const w = await world({
      fake: { latencyMs: 2, jitterMs: 15 },
      config: (key) => `trust:\n  signers:\n    - { principal: ci@acme, key: "${key.publicKey}" }\nflows:\n  ${FLOW}:\n    require: [${types.join(', ')}]\n`,
    });
    // each job of the workflow attests its own check on the same trail, which none of them began
    const runs = await Promise.all(types.map((type, i) => w.step({ flow: FLOW, type, status: 'PASSED' }, { GITHUB_JOB: `job-${i}` })));
    expect(runs.map((r) => r.stderr)).toEqual(types.map(() => ''));
    expect(runs.map((r) => r.code)).toEqual(types.map(() => 0));

    const facts = trailFacts(w.gh, FLOW, w.sha);
    const attestations = facts.filter((f): f is AttestationFact => f.kind === 'attestation');
    expect(facts.filter((f) => f.kind === 'trail').length).toBe(1);
    expect(attestations.map((a) => a.type).sort()).toEqual(types);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
    expect(runs.map((r) => r.outputs['attestation-id']).sort()).toEqual(attestations.map((a) => a.id).sort());

    const branch = await exportFactsBranch(w.gh, w.key);
    // one commit per step, each on top of the one before
    expect(branch.commits.length).toBe(WRITERS);
    expect(branch.linear).toBe(true);
    expect(branch.unverified).toEqual({});
    expect(branch.fsckStatus).toBe(0);
    expect(new Set(runs.map((r) => r.outputs['facts-commit']))).toEqual(new Set(branch.commits));
    expect(w.gh.ref(REPO, 'heads/factstore')).toBe(branch.commits[0]);
  });
});
