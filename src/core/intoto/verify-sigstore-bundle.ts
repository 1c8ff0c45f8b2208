import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import type { SigstoreIdentity } from '../config/config.js';
import { FactstoreError } from '../errors.js';
import { parseStatement } from './statement.js';
import type { VerifiedStatement } from './verified-statement.js';

/**
 * A Sigstore bundle (media types v0.1 to v0.3) holding a DSSE envelope, verified offline with
 * sigstore-js against a trusted root: the certificate chains to a Fulcio CA of the root, its SCT
 * and the transparency log entry (inclusion proof or promise, from the bundle) check out, the
 * signature is the certificate's over the envelope; then the certificate's identity (SAN and OIDC
 * issuer) must be one the config lists. Nothing is fetched.
 */
export function verifySigstoreBundle(json: Record<string, unknown>, trustedRoot: unknown, identities: readonly SigstoreIdentity[]): VerifiedStatement {
  const bundle = readBundle(json);
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw new FactstoreError('BAD_INPUT', 'the Sigstore bundle signs a file (a message signature), not an in-toto Statement: give the bundle of an attestation (actions/attest writes one per subject).');
  }
  if (bundle.verificationMaterial.content.$case === 'publicKey') {
    throw new FactstoreError('UNTRUSTED', 'the Sigstore bundle is signed with a bare public key, not a Fulcio certificate: sign it keyless, or export it as a DSSE envelope and list the key under intoto.keys.');
  }
  if (identities.length === 0) {
    throw new FactstoreError('UNTRUSTED', 'no Sigstore identity is trusted: list the signing workflow under intoto.sigstore.identities in the config (san: https://github.com/OWNER/REPO/.github/workflows/FILE@REF), through a reviewed pull request.');
  }
  let identity;
  try {
    identity = new Verifier(trustMaterial(trustedRoot)).verify(toSignedEntity(bundle)).identity;
  } catch (e) {
    if (e instanceof FactstoreError) throw e;
    const code = e !== null && typeof e === 'object' && 'code' in e ? ` (${String(e.code)})` : '';
    throw new FactstoreError(
      'UNTRUSTED',
      `the Sigstore bundle does not verify against the trusted root${code}: ${e instanceof Error ? e.message : String(e)}. ` +
        'It was changed after signing, or is signed by a Sigstore instance the trusted root does not hold (GitHub\'s own instance signs private repositories: set intoto.sigstore.trusted_root to its root). Nothing was recorded.',
      { cause: e },
    );
  }
  const san = identity?.subjectAlternativeName ?? '';
  const issuer = identity?.extensions?.issuer ?? '';
  if (!identities.some((i) => matches(i, san, issuer))) {
    throw new FactstoreError(
      'UNTRUSTED',
      `the Sigstore bundle verifies, but its certificate was issued to ${san || '(no SAN)'} by ${issuer || '(no issuer)'}, which no entry of intoto.sigstore.identities allows ` +
        `(${identities.map((i) => `${i.san ?? `/${i.sanRegexp ?? ''}/`} from ${i.issuer}`).join('; ')}). Nothing was recorded; if that workflow is trusted, add it there through a reviewed pull request.`,
    );
  }
  const envelope = bundle.content.dsseEnvelope;
  return { format: 'sigstore-bundle', signer: { san, issuer }, statement: parseStatement(envelope.payloadType, Buffer.from(envelope.payload)) };
}

function readBundle(json: Record<string, unknown>): Bundle {
  try {
    return bundleFromJSON(json);
  } catch (e) {
    throw new FactstoreError('BAD_INPUT', `the Sigstore bundle is malformed (${e instanceof Error ? e.message : String(e)}): give the bundle exactly as the tool wrote it.`, { cause: e });
  }
}

function trustMaterial(root: unknown): TrustMaterial {
  try {
    return toTrustMaterial(TrustedRoot.fromJSON(root));
  } catch (e) {
    throw new FactstoreError('CONFIG', `the Sigstore trusted root does not read (${e instanceof Error ? e.message : String(e)}): give a trusted_root.json as Sigstore publishes it.`, { cause: e });
  }
}

/** The SAN exactly, or the whole SAN by the regexp; the issuer exactly. */
function matches(identity: SigstoreIdentity, san: string, issuer: string): boolean {
  if (identity.issuer !== issuer) return false;
  if (identity.san !== undefined) return identity.san === san;
  return identity.sanRegexp !== undefined && new RegExp(`^(?:${identity.sanRegexp})$`, 'u').test(san);
}
