import type { FactstoreConfig } from '../config/config.js';
import { parsePublicKey, sshSigner } from '../signing/index.js';
import { kindsOf } from '../trust/authority.js';
import { TrustedKeys } from '../trust/trusted-keys.js';
import { ok, problem, skipped, type DoctorCheck } from './doctor-check.js';

/** The signing key as the adapter read it; `text` is a secret and never leaves this check. */
export type SigningKeySource =
  | { given: false }
  | { given: true; from: string; text: string }
  | { given: true; from: string; unreadable: string };

/**
 * The key parses, and trust.signers lists it; with what authority: the fact kinds it may record,
 * and whose approvals and bypasses (its `actors`, or everyone's as the App's key).
 */
export function checkSigningKey(source: SigningKeySource, config: FactstoreConfig | undefined): DoctorCheck {
  if (!source.given) {
    return skipped('signing-key', 'no signing key was given (only writing commands need one)', 'pass --key PATH or set FACTSTORE_SIGNING_KEY to check the key that signs facts');
  }
  if ('unreadable' in source) return problem('signing-key', `the signing key (${source.from}) cannot be read: ${source.unreadable}`, 'point --key at the private key file factstore keygen wrote');
  let publicKey: string;
  let fingerprint: string;
  try {
    ({ publicKey, fingerprint } = sshSigner(source.text));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return problem('signing-key', `the signing key (${source.from}) does not parse: ${why}`, 'give the whole OpenSSH Ed25519 private key (from -----BEGIN to -----END), or make a new one with factstore keygen --out PATH');
  }
  const key = `${fingerprint} (${source.from})`;
  if (config === undefined) return skipped('signing-key', `the signing key ${key} parses; its trust is not checked, as there is no valid config`, 'fix the config first');
  const entry = new TrustedKeys(config.trust.signers).entryFor(parsePublicKey(publicKey).blob);
  if (entry === undefined) {
    return problem(
      'signing-key',
      `the signing key ${key} is not in trust.signers, so facts it signs do not count and writers refuse it`,
      `add it under trust.signers through a reviewed pull request:  - { principal: NAME, key: "${publicKey}" }`,
    );
  }
  const s = entry.signer;
  const actors = s.app === true ? 'approvals and bypasses of the GitHub users the App authenticates' : s.actors !== undefined ? `approvals and bypasses by ${s.actors.join(', ')}` : 'no approvals or bypasses';
  return ok('signing-key', `the signing key ${key} is trusted as ${s.principal} (trust.signers[${entry.index}]): it may record ${kindsOf(s).join(', ')} facts; ${actors}`);
}
