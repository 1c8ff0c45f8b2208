import type { IntotoConfig } from '../config/config.js';
import { FactstoreError } from '../errors.js';
import { verifyEnvelope } from './verify-envelope.js';
import { verifySigstoreBundle } from './verify-sigstore-bundle.js';
import type { VerifiedStatement } from './verified-statement.js';

const BUNDLE_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(\.v0\.3)?\+json(;version=0\.[123])?$/;

export interface AttestationTrust {
  intoto: IntotoConfig | undefined;
  /** the Sigstore trusted root (trusted_root.json), read only when a bundle needs it */
  trustedRoot: () => Promise<unknown>;
}

/**
 * Verifies an attestation file another tool made: a Sigstore bundle (by its media type) or a DSSE
 * envelope; one JSON document (a JSON Lines file holding one line is one). Throws BAD_INPUT for what
 * is not one, UNTRUSTED for what does not verify or whose signer the config does not list.
 */
export async function verifyAttestationFile(bytes: Buffer, name: string, trust: AttestationTrust): Promise<VerifiedStatement> {
  const text = bytes.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const more = lines.length > 1 ? ` (it holds ${lines.length} lines; a JSON Lines file of several attestations is recorded one line at a time)` : '';
    throw new FactstoreError('BAD_INPUT', `${name} is not one JSON document${more}: give a DSSE envelope or a Sigstore bundle (.sigstore.json).`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new FactstoreError('BAD_INPUT', `${name} is not a JSON object: give a DSSE envelope or a Sigstore bundle (.sigstore.json).`);
  }
  const document = value as Record<string, unknown>;
  if (typeof document.mediaType === 'string' && BUNDLE_MEDIA_TYPE.test(document.mediaType)) {
    return verifySigstoreBundle(document, await trust.trustedRoot(), trust.intoto?.sigstore.identities ?? []);
  }
  if (typeof document.mediaType === 'string') {
    throw new FactstoreError('BAD_INPUT', `${name} has media type ${JSON.stringify(document.mediaType.slice(0, 100))}: Sigstore bundles v0.1 to v0.3 and DSSE envelopes are understood.`);
  }
  if ('payloadType' in document) return verifyEnvelope(document, trust.intoto?.keys ?? []);
  throw new FactstoreError('BAD_INPUT', `${name} is neither a DSSE envelope (payloadType, payload, signatures) nor a Sigstore bundle (mediaType): give the file the tool wrote.`);
}
