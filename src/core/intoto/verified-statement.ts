import type { IngestedStatement } from './statement.js';

/** Who vouched for a statement: a key of `intoto.keys`, or a Sigstore certificate identity. */
export type StatementSigner = { key: string } | { san: string; issuer: string };

/** An attestation file that verified: its kind, its signer and the Statement it carries. */
export interface VerifiedStatement {
  /** the evidence format it is recorded under */
  format: 'intoto' | 'sigstore-bundle';
  signer: StatementSigner;
  statement: IngestedStatement;
}

/** "key partner-ci", "https://github.com/…@refs/heads/main (issuer https://token.actions.githubusercontent.com)". */
export function signerText(signer: StatementSigner): string {
  return 'key' in signer ? `key ${signer.key}` : `${signer.san} (issuer ${signer.issuer})`;
}
