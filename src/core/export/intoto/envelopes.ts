import { dsseSignature } from '../../signing/dsse.js';
import type { Signer } from '../../signing/signer.js';
import type { InTotoStatement } from './statements.js';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** A DSSE envelope (https://github.com/secure-systems-lab/dsse, envelope.md). */
export interface DsseEnvelope {
  payloadType: string;
  payload: string;
  signatures: { keyid: string; sig: string }[];
}

/** The statement wrapped in a DSSE envelope signed with the signing key (Ed25519 over DSSE's encoding). */
export async function envelopeFor(statement: InTotoStatement, signer: Signer): Promise<DsseEnvelope> {
  const body = Buffer.from(JSON.stringify(statement), 'utf8');
  return { payloadType: IN_TOTO_PAYLOAD_TYPE, payload: body.toString('base64'), signatures: [await dsseSignature(signer, IN_TOTO_PAYLOAD_TYPE, body)] };
}
