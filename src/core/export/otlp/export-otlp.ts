import type { TrustedSigner } from '../../config/config.js';
import { makeFact } from '../../model/fact-id.js';
import { writerAuthorityProblem } from '../../trust/authority.js';
import type { ExportFact } from '../../model/fact.js';
import type { FactStore } from '../../store/fact-store.js';
import { exportKey } from '../../store/layout.js';
import type { TrustedFacts } from '../../trust/trusted-facts.js';
import type { FetchLike } from './oauth2.js';
import { otlpRecord, type OtlpRecord, type RecordContext } from './otlp-record.js';
import type { OtlpTarget } from './otlp-target.js';
import { pendingFacts } from './pending-facts.js';
import { OtlpSender, OtlpSendError } from './send-otlp.js';

/** Records per request: a few hundred facts make a request of some hundred KiB. */
export const OTLP_BATCH = 512;

export interface OtlpExportInput {
  store: FactStore;
  trusted: TrustedFacts;
  target: OtlpTarget;
  /** where to start instead of the cursor: at a facts commit (included), or the commits made since a time */
  from?: string;
  since?: Date;
  /** where to start when the destination has no cursor yet (the App: its decision's commit, not the whole history) */
  firstFrom?: string;
  context: RecordContext;
  /** resource attributes of every record (service.name factstore, the repository) */
  resource: Record<string, string>;
  /** who records the cursor fact */
  actor: string;
  now: Date;
  /** build the records, send nothing, record nothing */
  dryRun?: boolean;
  batchSize?: number;
  fetch?: FetchLike;
}

/** One row of the summary: the records of one kind of fact. */
export interface StreamCount {
  stream: string;
  exported: number;
  failed: number;
}

export interface OtlpExportResult {
  destination: string;
  endpoint: string;
  protocol: OtlpTarget['protocol'];
  /** the facts commit the export started after: the cursor, or the commit before --from-commit */
  after: string | null;
  /** the newest facts commit whose facts were all sent (the new cursor); `after` when nothing moved */
  through: string | null;
  /** the facts commit read at */
  tip: string | null;
  streams: StreamCount[];
  exported: number;
  failed: number;
  /** facts on the commits walked that do not count (DESIGN §2a): never sent */
  notCounted: number;
  tokensFetched: number;
  /** the collector's answer to the batch it did not take */
  error?: string;
  /** the cursor to record: set when records went and the cursor moved */
  cursor?: ExportFact;
  /** the records built (dry run) */
  records?: OtlpRecord[];
}

/**
 * `factstore export otlp` on every surface: the facts that count, added after the destination's
 * cursor (the newest export fact for it that counts) or from where the caller says, sent as OTLP
 * log records in the order the facts branch got them, batch by batch. The cursor moves to the newest
 * commit whose records were all taken; the caller records it (signed, like every fact) so the next
 * export — from any surface — sends nothing twice. A batch the collector refuses stops the export.
 */
export async function exportToOtlp(input: OtlpExportInput): Promise<OtlpExportResult> {
  const { target } = input;
  const previous = await readCursor(input.trusted, target.destination);
  const from = input.from ?? (previous === undefined && input.since === undefined ? input.firstFrom : undefined);
  const explicit = from !== undefined || input.since !== undefined;
  const after = explicit ? undefined : previous?.through;
  const pending = await pendingFacts({
    store: input.store,
    trusted: input.trusted,
    ...(after !== undefined ? { after } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(input.since !== undefined ? { since: input.since } : {}),
  });
  const flat = pending.commits.flatMap((c, index) => c.facts.map((counted) => ({ index, record: otlpRecord(counted, input.context) })));
  const records = flat.map((f) => f.record);
  const base = {
    destination: target.destination,
    endpoint: target.endpoint,
    protocol: target.protocol,
    after: after ?? (explicit ? (await parentOf(input.store, pending.commits[0]?.commit)) : null) ?? null,
    tip: pending.tip ?? null,
    notCounted: pending.notCounted,
  };
  if (input.dryRun === true) {
    return { ...base, through: base.after, streams: countStreams(records, records.length, 0), exported: 0, failed: 0, tokensFetched: 0, records };
  }
  const sender = new OtlpSender(target, { resource: input.resource, version: input.context.engineVersion, ...(input.fetch !== undefined ? { fetch: input.fetch } : {}) });
  let sent = 0;
  let error: string | undefined;
  try {
    for (const batch of batches(flat, input.batchSize ?? OTLP_BATCH)) {
      try {
        await sender.send(batch);
      } catch (e) {
        if (!(e instanceof OtlpSendError)) throw e;
        error = e.message;
        break;
      }
      sent += batch.length;
    }
  } finally {
    await sender.close();
  }
  // the commits whose records all went: all of them, else those before the first record not sent
  const firstUnsent = flat[sent]?.index;
  const done = firstUnsent === undefined ? pending.commits.length : firstUnsent;
  // the cursor moves only with records sent: a cursor recorded for nothing would be the next run's news
  const through = sent > 0 && done > 0 ? (pending.commits[done - 1]?.commit ?? null) : base.after;
  const result: OtlpExportResult = {
    ...base,
    through,
    streams: countStreams(records, sent, records.length - sent),
    exported: sent,
    failed: records.length - sent,
    tokensFetched: sender.tokensFetched,
    ...(error !== undefined ? { error } : {}),
  };
  if (sent > 0 && through !== null) {
    result.cursor = makeFact({
      kind: 'export',
      event: 'FACTS_EXPORTED',
      stream: 'otlp',
      destination: target.destination,
      through,
      ...(base.after !== null ? { after: base.after } : {}),
      records: sent,
      actor: input.actor,
      ts: input.now.toISOString(),
    }) as ExportFact;
  }
  return result;
}

/**
 * Batches of at most `size` records that end where a facts commit ends, so a refused batch leaves
 * the cursor after the last commit sent whole and a re-run sends none of it again. Only a commit of
 * more than `size` facts is split (then a refusal within it re-sends its first part).
 */
function batches(flat: readonly { index: number; record: OtlpRecord }[], size: number): OtlpRecord[][] {
  const out: OtlpRecord[][] = [];
  let batch: OtlpRecord[] = [];
  let i = 0;
  while (i < flat.length) {
    let end = i;
    while (end < flat.length && flat[end]?.index === flat[i]?.index) end++;
    const commit = flat.slice(i, end).map((f) => f.record);
    // a commit that does not fit starts a batch of its own (split only when larger than a batch)
    for (let j = 0; j < commit.length; j += size) {
      const part = commit.slice(j, j + size);
      if (batch.length + part.length > size) {
        out.push(batch);
        batch = [];
      }
      batch.push(...part);
    }
    i = end;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

/**
 * Why the key about to sign may not record the export's cursor, or undefined when it may: checked
 * before anything is sent, or a re-run would send everything again.
 */
export function cursorAuthorityProblem(signers: readonly TrustedSigner[], publicKey: string, destination: string): string | undefined {
  const probe = makeFact({ kind: 'export', event: 'FACTS_EXPORTED', stream: 'otlp', destination, through: '0'.repeat(40), records: 1, actor: 'probe', ts: new Date(0).toISOString() });
  return writerAuthorityProblem(signers, publicKey, probe);
}

/** The destination's cursor: its newest export fact that counts. */
export async function readCursor(trusted: TrustedFacts, destination: string): Promise<ExportFact | undefined> {
  const counted = await trusted.countedLoose('export', exportKey('otlp', destination));
  const mine = counted.map((c) => c.fact).filter((f): f is ExportFact => f.kind === 'export' && f.stream === 'otlp' && f.destination === destination);
  return mine[mine.length - 1];
}

/** Rows per kind of fact, in the order kinds first appear; the records from `sent` on failed. */
function countStreams(records: readonly OtlpRecord[], sent: number, failed: number): StreamCount[] {
  const rows = new Map<string, StreamCount>();
  records.forEach((r, i) => {
    let row = rows.get(r.stream);
    if (row === undefined) {
      row = { stream: r.stream, exported: 0, failed: 0 };
      rows.set(r.stream, row);
    }
    if (i < sent) row.exported++;
    else if (i < sent + failed) row.failed++;
  });
  return [...rows.values()];
}

async function parentOf(store: FactStore, commit: string | undefined): Promise<string | undefined> {
  if (commit === undefined) return undefined;
  for await (const entry of store.history({ at: commit, limit: 1 })) return entry.parents[0];
  return undefined;
}

