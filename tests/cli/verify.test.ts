import { describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { testKey } from '../helpers/git.js';
import { DIGEST_A, factsTip, FLOW, headOf, jsonOf, startTrail, workspace } from './helpers.js';

interface Report {
  ok: boolean;
  tip: string | null;
  commits: number;
  problems: { code: string; commit?: string }[];
  checkpoint?: { commit: string; ancestor: boolean };
}

describe('verify', () => {
  it('exits 0 on a clean store, with a checkpoint that is an ancestor of the tip', async () => {
    const w = await workspace();
    const checkpoint = factsTip(w.repo);
    await startTrail(w, 't1', DIGEST_A);
    const r = await w.fs(['verify', '--checkpoint', checkpoint, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = jsonOf<Report>(r, 'verify');
    expect(report).toMatchObject({ ok: true, tip: factsTip(w.repo), commits: 3, problems: [] });
    expect(report.checkpoint).toEqual({ commit: checkpoint, ancestor: true });
    expect((await w.fs(['verify'])).stdout).toMatch(/^VERIFIED/);
  });

  it('exits 3 when a commit is signed by a key the config does not trust', async () => {
    const w = await workspace();
    await startTrail(w, 't1');
    const intruder = new LocalGitStore({ dir: w.repo, signer: sshSigner(testKey('intruder').privateKey) });
    const fact = makeFact({ kind: 'attestation', flow: FLOW, trail: 't1', type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'mallory', ts: new Date().toISOString() });
    const { commit } = await intruder.append({ facts: [fact] });
    const r = await w.fs(['verify', '--json']);
    expect(r.code).toBe(3);
    const report = jsonOf<Report>(r, 'verify');
    expect(report.ok).toBe(false);
    expect(report.problems.some((p) => p.commit === commit)).toBe(true);
    const human = await w.fs(['verify']);
    expect(human.code).toBe(3);
    expect(human.stdout).toMatch(/^INTEGRITY FAILURE/);
  });

  it('exits 3 when the checkpoint is not an ancestor of the tip (a rewritten branch)', async () => {
    const w = await workspace();
    const r = await w.fs(['verify', '--checkpoint', headOf(w.repo), '--json']);
    expect(r.code).toBe(3);
    expect(jsonOf<Report>(r, 'verify').checkpoint?.ancestor).toBe(false);
  });
});
