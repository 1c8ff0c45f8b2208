import type { LedgerPayload } from './ledger-payloads.js';

export interface LedgerDelivery {
  runId: string;
  idempotencyKey: string;
  /** delivered: accepted now; duplicate: the receiver knows the idempotency key (409), delivered before */
  outcome: 'delivered' | 'duplicate' | 'failed';
  status?: number;
  /** failed: what the receiver (or the network) said */
  error?: string;
}

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ status: number; text(): Promise<string> }>;

/**
 * POSTs each payload, in order, as the contract's REST transport takes it. A 2xx is delivered; a
 * 409 means the idempotency key is known, so it was delivered before (a re-run sends nothing
 * twice); anything else, or no answer, is a failure with the receiver's words. Secrets in
 * `headers` are sent, never returned.
 */
export async function postLedger(payloads: readonly LedgerPayload[], url: string, fetchImpl: FetchLike, headers: Record<string, string> = {}): Promise<LedgerDelivery[]> {
  const out: LedgerDelivery[] = [];
  for (const p of payloads) {
    const base = { runId: p.runId, idempotencyKey: p.idempotencyKey };
    try {
      const r = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': p.idempotencyKey, ...headers }, body: JSON.stringify(p) });
      if (r.status >= 200 && r.status < 300) out.push({ ...base, outcome: 'delivered', status: r.status });
      else if (r.status === 409) out.push({ ...base, outcome: 'duplicate', status: r.status });
      else out.push({ ...base, outcome: 'failed', status: r.status, error: (await r.text()).slice(0, 500) || `HTTP ${r.status}` });
    } catch (e) {
      out.push({ ...base, outcome: 'failed', error: e instanceof Error ? (e.cause instanceof Error ? `${e.message}: ${e.cause.message}` : e.message) : String(e) });
    }
  }
  return out;
}
