import type { TrustedSigner } from '../config/config.js';
import type { Fact, FactKind } from '../model/fact.js';
import { parsePublicKey } from '../signing/public-key.js';
import { TrustedKeys } from './trusted-keys.js';

/** What a plain signer entry may record: the facts CI writes, never a person's decision. */
export const DEFAULT_KINDS: readonly FactKind[] = ['trail', 'artifact', 'attestation', 'snapshot', 'drift', 'decision', 'export'];
/** A person's own key (`actors:`): their approvals and bypasses. */
export const PERSON_KINDS: readonly FactKind[] = ['approval', 'bypass'];
/** The App's key (`app: true`): what the App records for the GitHub users it authenticated, its alarms and export cursors. */
export const APP_KINDS: readonly FactKind[] = ['decision', 'approval', 'bypass', 'alarm', 'export'];

/** The kinds an entry may record: its `kinds`, else the default of its sort. */
export function kindsOf(signer: TrustedSigner): readonly FactKind[] {
  if (signer.kinds !== undefined) return signer.kinds;
  if (signer.app === true) return APP_KINDS;
  if (signer.actors !== undefined) return PERSON_KINDS;
  return DEFAULT_KINDS;
}

/**
 * Why the signer may not record this fact, or undefined when it may (DESIGN §2a). Approvals and
 * bypasses are a person's: they count from that person's own key (`actors:`) or from the App's
 * key, which records the GitHub user GitHub authenticated. A team named on the fact was checked
 * by whoever recorded it: only the App can check membership, so only its key vouches for a team.
 */
export function authorityProblem(signer: TrustedSigner, fact: Fact): string | undefined {
  if (!kindsOf(signer).includes(fact.kind)) {
    return `${signer.principal}'s key may not record ${fact.kind} facts (it may record: ${kindsOf(signer).join(', ')})`;
  }
  if (fact.kind !== 'approval' && fact.kind !== 'bypass') return undefined;
  if (signer.app === true) return undefined;
  const actor = fact.actor.toLowerCase();
  if (!(signer.actors ?? []).some((a) => a.toLowerCase() === actor)) {
    return `${signer.principal}'s key may not record ${fact.kind === 'approval' ? 'an approval' : 'a bypass'} by ${fact.actor}: only ${fact.actor}'s own key (listed with actors: [${fact.actor}]) or the App's key may`;
  }
  if (fact.team !== undefined) {
    return `the ${fact.kind} claims team ${fact.team}, which only the App can check: approve by name, or through the App`;
  }
  return undefined;
}

/**
 * For writers: why the key about to sign may not record `fact` under `signers`, or undefined when
 * it may, or when the key is not listed at all (the writer's trusted-key check says that).
 */
export function writerAuthorityProblem(signers: readonly TrustedSigner[], publicKey: string, fact: Fact): string | undefined {
  const entry = new TrustedKeys(signers).entryFor(parsePublicKey(publicKey).blob);
  return entry === undefined ? undefined : authorityProblem(entry.signer, fact);
}
