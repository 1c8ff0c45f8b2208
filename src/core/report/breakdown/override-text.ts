import type { AttestationOverride } from '../../model/fact.js';

/**
 * An override in words, for every surface that shows an attestation: "overridden: the evidence
 * said FAILED; reason: …". The reason is quoted as JSON so it stays on one line whatever it holds.
 */
export function overrideText(override: AttestationOverride): string {
  return `overridden: the evidence said ${override.verdict}; reason: ${JSON.stringify(override.reason)}`;
}
