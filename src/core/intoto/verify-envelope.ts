import { FactstoreError } from '../errors.js';
import type { IntotoKey } from '../config/config.js';
import { pae } from '../signing/dsse.js';
import { decodeBase64Strict } from '../signing/base64.js';
import { parseStatement } from './statement.js';
import { parseStatementKey, verifiesWith } from './statement-key.js';
import type { VerifiedStatement } from './verified-statement.js';

/**
 * A DSSE envelope (https://github.com/secure-systems-lab/dsse) verified against the keys of
 * `intoto.keys`: some signature must be a listed key's over DSSE's encoding of the payload. The
 * `keyid` is only a hint, so it is not relied on: every listed key is tried.
 */
export function verifyEnvelope(envelope: Record<string, unknown>, keys: readonly IntotoKey[]): VerifiedStatement {
  const { payloadType, payload, signatures } = envelope;
  if (typeof payloadType !== 'string' || typeof payload !== 'string' || !Array.isArray(signatures)) {
    throw new FactstoreError('BAD_INPUT', 'the DSSE envelope lacks payloadType, payload or signatures: give the envelope exactly as the tool wrote it.');
  }
  const body = decodeBase64Strict(payload) ?? decodeBase64Strict(payload.replace(/-/g, '+').replace(/_/g, '/'));
  if (body === undefined) throw new FactstoreError('BAD_INPUT', "the DSSE envelope's payload is not base64: give the envelope exactly as the tool wrote it.");
  const sigs = signatures
    .map((s: unknown) => (s !== null && typeof s === 'object' && typeof (s as { sig?: unknown }).sig === 'string' ? decodeBase64Strict((s as { sig: string }).sig) : undefined))
    .filter((s): s is Buffer => s !== undefined);
  if (sigs.length === 0) throw new FactstoreError('UNTRUSTED', 'the DSSE envelope carries no signature: an unsigned statement vouches for nothing.');
  if (keys.length === 0) {
    throw new FactstoreError('UNTRUSTED', 'no key is trusted for DSSE envelopes: list the signing tool\'s public key under intoto.keys in the config (through a reviewed pull request).');
  }
  const message = pae(payloadType, body);
  const signer = keys.find((k) => sigs.some((sig) => verifiesWith(parseStatementKey(k.key), message, sig)));
  if (signer === undefined) {
    throw new FactstoreError(
      'UNTRUSTED',
      `no signature of the DSSE envelope verifies with a key of intoto.keys (${keys.map((k) => k.name).join(', ')}): it was signed by another key, or changed after it was signed. ` +
        'Nothing was recorded; if the signer is trusted, add its public key under intoto.keys through a reviewed pull request.',
    );
  }
  return { format: 'intoto', signer: { key: signer.name }, statement: parseStatement(payloadType, body) };
}
