import type { TrustedSigner } from '../config/config.js';
import { badInput } from '../errors.js';
import type { Fact } from '../model/fact.js';
import { writerAuthorityProblem } from '../trust/authority.js';

/**
 * A snapshot is written only when the signing key may record every fact it plans (snapshot and
 * drift): a fact signed by a key without that authority would not count.
 */
export function assertMayRecordSnapshot(signers: readonly TrustedSigner[], publicKey: string, facts: readonly Fact[]): void {
  for (const fact of facts) {
    const problem = writerAuthorityProblem(signers, publicKey, fact);
    if (problem !== undefined) throw badInput(`${problem}. Nothing was recorded: sign snapshots with a key listed under trust.signers for the snapshot and drift kinds (a CI key is, by default).`);
  }
}
