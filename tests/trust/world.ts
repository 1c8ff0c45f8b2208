import type { TrustedSigner } from '../../src/core/config/config.js';
import type { Fact, FactInput } from '../../src/core/model/fact.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { LocalHighWaterMark } from '../../src/core/store/local/local-high-water.js';
import { TrustedFacts } from '../../src/core/trust/trusted-facts.js';
import { git, tempRepo, testKey, type TestKey } from '../helpers/git.js';

export const FLOW = 'payments';
export const COMMIT = 'c0ffee'.padEnd(40, '0');
export const DIGEST = `sha256:${'d'.repeat(64)}`;

/** Writers' clock: one second a fact, from a fixed start, so timestamps are known. */
let second = 0;
export const ts = (): string => new Date(Date.parse('2026-11-23T10:00:00Z') + 1000 * ++second).toISOString();
export const fact = (input: Record<string, unknown>): Fact => makeFact({ ts: ts(), ...input } as FactInput);

export const started = (trail: string): Fact => fact({ kind: 'trail', flow: FLOW, trail, commit: COMMIT, actor: 'ci' });
export const artifact = (trail: string): Fact => fact({ kind: 'artifact', flow: FLOW, trail, artifact: DIGEST, name: 'app', actor: 'ci' });
export const attested = (trail: string, status: 'PASSED' | 'FAILED', type = 'unit-tests'): Fact =>
  fact({ kind: 'attestation', flow: FLOW, trail, type, status, evidence: [], actor: 'ci' });
export const approval = (trail: string, actor: string, decision: 'APPROVED' | 'REJECTED' = 'APPROVED'): Fact =>
  fact({ kind: 'approval', flow: FLOW, trail, actor, decision, ...(decision === 'REJECTED' ? { comment: 'no' } : {}) });

/** A repository with writers for the CI key, alice's own key and a key nobody trusts. */
export class World {
  readonly dir = tempRepo();
  readonly ci: TestKey = testKey('ci@acme');
  readonly alice: TestKey = testKey('alice@acme');
  readonly mallory: TestKey = testKey('mallory@evil');
  signers: TrustedSigner[] = [this.ci.signer, { ...this.alice.signer, actors: ['alice'] }];

  writer(key: TestKey): LocalGitStore {
    return new LocalGitStore({ dir: this.dir, signer: sshSigner(key.privateKey), gitBinary: 'git' });
  }

  async write(key: TestKey, ...facts: Fact[]): Promise<string> {
    const store = this.writer(key);
    const r = await store.append({ facts });
    store.close();
    if (r.commit === undefined) throw new Error('nothing written');
    return r.commit;
  }

  tip(): string {
    return git(this.dir, 'rev-parse', 'refs/heads/factstore').trim();
  }

  /** Opens the trusted view, with native git or isomorphic-git only, and the local high-water mark. */
  async view(options: { native?: boolean; signers?: TrustedSigner[] } = {}): Promise<{ facts: TrustedFacts; close: () => void }> {
    const store = new LocalGitStore({ dir: this.dir, ...(options.native === false ? {} : { gitBinary: 'git' }) });
    const facts = await TrustedFacts.open({ store, signers: options.signers ?? this.signers, highWater: new LocalHighWaterMark(store.gitdir, 'factstore') });
    return { facts, close: () => store.close() };
  }
}
