import { createHash } from 'node:crypto';
import type { FlowConfig } from '../../config/config.js';
import { FactstoreError } from '../../errors.js';
import { canonicalJson } from '../../model/fact-id.js';
import type { DecisionFact } from '../../model/fact.js';
import { dsseSignature } from '../../signing/dsse.js';
import type { Signer } from '../../signing/signer.js';
import { trailPath } from '../../store/layout.js';
import type { TrustedFacts } from '../../trust/trusted-facts.js';

/** The run export of the Findings Ledger contract, for one gate decision. */
export interface LedgerPayload {
  runId: string;
  jobType: 'gate';
  artifactHash: string;
  policyHash?: string;
  startedAt: string;
  completedAt: string;
  status: 'succeeded' | 'failed';
  manifestPath: string;
  logsPath: string;
  tenantId: string;
  environment?: string;
  idempotencyKey: string;
  signatures: { type: 'dsse'; keyId: string; signature: string }[];
}

export const LEDGER_PAYLOAD_TYPE = 'application/vnd.factstore.ledger-export+json';
export const MAX_LEDGER_PAYLOAD_BYTES = 1024 * 1024;

export interface LedgerInput {
  facts: TrustedFacts;
  tenantId: string;
  since?: Date;
  signer: Signer;
  /** the flow's config as the decision was taken with it (its configCommit), when that config can be read */
  flowAsDecided(decision: DecisionFact): Promise<FlowConfig | undefined>;
  /** a facts file's text at a facts commit */
  fileAt(path: string, commit: string): Promise<string | undefined>;
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** A UUID (version 8, RFC 9562's custom layout) made from the decision: the same decision, the same id. */
export function decisionRunId(flow: string, trail: string, decisionId: string): string {
  const b = createHash('sha256').update(`${flow}\n${trail}\n${decisionId}`).digest().subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x80;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * One payload per gate decision that counts, on a trail that recorded an artifact (its first), in
 * the contract's shape: sorted by runId, UTC times, the idempotency key sha256(runId +
 * artifactHash + tenantId), and a DSSE Ed25519 signature over the canonical payload without
 * `signatures`. The same facts and key give the same payloads.
 */
export async function ledgerPayloads(input: LedgerInput): Promise<{ payloads: LedgerPayload[]; skipped: { decision: string; why: string }[] }> {
  const { facts } = input;
  const payloads: LedgerPayload[] = [];
  const skipped: { decision: string; why: string }[] = [];
  await facts.prefetch();
  for (const ref of await facts.listTrails()) {
    const counted = (await facts.countedTrail(ref.flow, ref.trail)).map((c) => c.fact);
    const start = counted.find((f) => f.kind === 'trail');
    const artifact = counted.find((f) => f.kind === 'artifact');
    for (const decision of counted.filter((f): f is DecisionFact => f.kind === 'decision')) {
      if (input.since !== undefined && Date.parse(decision.ts) < input.since.getTime()) continue;
      if (artifact?.kind !== 'artifact') {
        skipped.push({ decision: decision.id, why: `trail ${ref.flow}/${ref.trail} recorded no artifact: the contract needs an artifactHash` });
        continue;
      }
      const runId = decisionRunId(ref.flow, ref.trail, decision.id);
      const flow = await input.flowAsDecided(decision);
      const logs = await input.fileAt(trailPath(ref.flow, ref.trail), decision.factsCommit);
      const body: Omit<LedgerPayload, 'signatures'> = {
        runId,
        jobType: 'gate',
        artifactHash: artifact.artifact,
        ...(flow !== undefined ? { policyHash: `sha256:${sha256(canonicalJson(flow))}` } : {}),
        startedAt: (start ?? counted[0] ?? decision).ts,
        completedAt: decision.ts,
        status: decision.event === 'GATE_ALLOWED' ? 'succeeded' : 'failed',
        manifestPath: `cas://sha256:${sha256(JSON.stringify(decision))}`,
        logsPath: `cas://sha256:${sha256(logs ?? '')}`,
        tenantId: input.tenantId,
        ...(decision.environment !== undefined ? { environment: decision.environment } : {}),
        idempotencyKey: `sha256:${sha256(`${runId}${artifact.artifact}${input.tenantId}`)}`,
      };
      const { keyid, sig } = await dsseSignature(input.signer, LEDGER_PAYLOAD_TYPE, Buffer.from(canonicalJson(body), 'utf8'));
      const payload: LedgerPayload = { ...body, signatures: [{ type: 'dsse', keyId: keyid, signature: sig }] };
      if (Buffer.byteLength(JSON.stringify(payload)) > MAX_LEDGER_PAYLOAD_BYTES) {
        throw new FactstoreError('INTERNAL', `the ledger payload of decision ${decision.id} is over 1 MiB: a factstore bug; please report it.`);
      }
      payloads.push(payload);
    }
  }
  payloads.sort((a, b) => (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0));
  return { payloads, skipped };
}
