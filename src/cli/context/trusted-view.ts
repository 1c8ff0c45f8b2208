import type { FactstoreConfig } from '../../core/config/config.js';
import { LocalHighWaterMark } from '../../core/store/local/local-high-water.js';
import type { LocalGitStore } from '../../core/store/local/local-store.js';
import { TrustedFacts } from '../../core/trust/trusted-facts.js';

/**
 * The facts that count in the local store (DESIGN §2a): trusted keys of the config only, the tip
 * checked against the high-water mark kept in the repository's git directory.
 */
export function openTrusted(config: FactstoreConfig, store: LocalGitStore): Promise<TrustedFacts> {
  return TrustedFacts.open({ store, signers: config.trust.signers, highWater: new LocalHighWaterMark(store.gitdir, store.branch) });
}
