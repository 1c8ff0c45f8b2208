// Trails read together are walked together: the trust checks of a search's hits or of an
// environment's running artifacts cost one walk of the history, not one each, and count the same.
import { describe, expect, it } from 'vitest';
import { environmentStatus } from '../../src/core/environments/environment-status.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { SnapshotFact } from '../../src/core/model/fact.js';
import type { FactStore } from '../../src/core/store/fact-store.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { TrustedFacts } from '../../src/core/trust/trusted-facts.js';
import { attested, fact, FLOW, started, World } from './world.js';

const digest = (i: number) => `sha256:${String(i).repeat(64).slice(0, 64)}`;

/** The store, with every history read counted by kind. */
function counting(store: LocalGitStore): { store: FactStore; calls: { one: string[]; many: string[][] } } {
  const calls = { one: [] as string[], many: [] as string[][] };
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key === 'fileHistory') return (path: string, o?: unknown) => (calls.one.push(path), store.fileHistory(path, o as never));
      if (key === 'fileHistoriesOf') return (paths: string[], o?: unknown) => (calls.many.push([...paths]), store.fileHistoriesOf(paths, o as never));
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: proxy, calls };
}

describe('prefetching trails for the trust check', () => {
  it('judges every running artifact of an environment on one walk, and counts what one-by-one reads count', async () => {
    const w = new World();
    for (const i of [1, 2, 3]) {
      await w.write(w.ci, started(`t${i}`), fact({ kind: 'artifact', flow: FLOW, trail: `t${i}`, artifact: digest(i), name: `svc-${i}`, actor: 'ci' }), attested(`t${i}`, i === 2 ? 'FAILED' : 'PASSED'));
    }
    // t3's attestation signed by a key nobody trusts does not count, prefetched or not
    await w.write(w.mallory, attested('t3', 'FAILED', 'lint'));
    const snapshot = makeFact({ kind: 'snapshot', event: 'ENVIRONMENT_SNAPSHOT', environment: 'prod', type: 'list', artifacts: [1, 2, 3, 4].map((i) => ({ name: `svc-${i}`, artifact: digest(i) })), actor: 'ci', ts: new Date().toISOString() }) as SnapshotFact;
    const judge = async (prefetch: boolean) => {
      const { store, calls } = counting(new LocalGitStore({ dir: w.dir, gitBinary: 'git' }));
      const facts = await TrustedFacts.open({ store, signers: w.signers });
      const view = prefetch ? facts : { trailsForArtifact: (d: string) => facts.trailsForArtifact(d), readTrail: (f: string, t: string) => facts.readTrail(f, t) };
      const flows = { [FLOW]: { name: FLOW, require: ['unit-tests'], policies: [], branches: [], environments: [], retries: 'sticky' as const } };
      const status = await environmentStatus({ environment: { name: 'prod', env: { members: [], type: 'list' }, type: 'list' }, snapshot, flows, store: view });
      return { verdicts: status.artifacts.map((a) => a.status), calls };
    };
    const together = await judge(true);
    const alone = await judge(false);
    expect(together.verdicts).toEqual(['COMPLIANT', 'NON_COMPLIANT', 'COMPLIANT', 'NO_PROVENANCE']);
    expect(alone.verdicts).toEqual(together.verdicts);
    expect(together.calls.many).toHaveLength(1);
    expect(together.calls.many[0]).toHaveLength(3);
    expect(together.calls.one).toEqual([]);
    expect(alone.calls.one).toHaveLength(3);
  });
});
