import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import { OTLPLogExporter as JsonLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPLogExporter as ProtobufLogExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { LoggerProvider, type LogRecordExporter, type LogRecordProcessor, type ReadableLogRecord } from '@opentelemetry/sdk-logs';
import { ClientCredentialsToken, scrub, type FetchLike } from './oauth2.js';
import type { OtlpRecord } from './otlp-record.js';
import type { OtlpTarget } from './otlp-target.js';

/** A batch the collector did not take: what it said, with every secret cut out. */
export class OtlpSendError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface SenderOptions {
  /** resource attributes: service.name factstore and where the facts are */
  resource: Record<string, string>;
  /** Factstore's version: the instrumentation scope's */
  version: string;
  /** how the OAuth2 token is fetched (tests give a counting one) */
  fetch?: FetchLike;
  timeoutMillis?: number;
}

/**
 * Sends log records with the OpenTelemetry JS SDK: records are made by the SDK's LoggerProvider
 * (resource, scope, timestamps, attribute limits as the SDK does them) and sent by the official
 * OTLP/HTTP exporter (protobuf or JSON), batch by batch, so the caller knows which batch the
 * collector took and moves its cursor only that far. The exporter retries what OTLP says to
 * retry (429, 502, 503, 504, with Retry-After); a 401 gets one new OAuth2 token and one more try.
 */
export class OtlpSender {
  private readonly exporter: LogRecordExporter;
  private readonly provider: LoggerProvider;
  private readonly collected: ReadableLogRecord[] = [];
  private readonly tokens: ClientCredentialsToken | undefined;

  constructor(
    private readonly target: OtlpTarget,
    options: SenderOptions,
  ) {
    const { auth } = target;
    this.tokens = auth.type === 'oauth2' ? new ClientCredentialsToken(auth.credentials, options.fetch) : undefined;
    const tokens = this.tokens;
    const headers = async (): Promise<Record<string, string>> => ({
      ...target.headers,
      ...(auth.type === 'header' ? { [auth.name]: auth.value } : {}),
      ...(tokens !== undefined ? { authorization: `Bearer ${await tokens.get()}` } : {}),
    });
    const config = { url: target.endpoint, headers, timeoutMillis: options.timeoutMillis ?? 10_000, concurrencyLimit: 1 };
    this.exporter = target.protocol === 'http/json' ? new JsonLogExporter(config) : new ProtobufLogExporter(config);
    const collected = this.collected;
    const processor: LogRecordProcessor = {
      onEmit: (record) => {
        collected.push(record);
      },
      forceFlush: () => Promise.resolve(),
      shutdown: () => Promise.resolve(),
    };
    this.provider = new LoggerProvider({ resource: resourceFromAttributes(options.resource), processors: [processor] });
    this.logger = this.provider.getLogger('factstore', options.version);
  }

  private readonly logger: ReturnType<LoggerProvider['getLogger']>;

  /** OAuth2 tokens fetched so far. */
  get tokensFetched(): number {
    return this.tokens?.fetched ?? 0;
  }

  /** Sends one batch; throws OtlpSendError with the collector's answer when it is not taken. */
  async send(records: readonly OtlpRecord[]): Promise<void> {
    for (const r of records) {
      this.logger.emit({
        timestamp: new Date(r.timestamp),
        observedTimestamp: new Date(r.observedTimestamp),
        severityNumber: r.severityNumber,
        severityText: r.severityText,
        eventName: r.eventName,
        body: r.body,
        attributes: r.attributes,
      });
    }
    const batch = this.collected.splice(0);
    let result = await this.export(batch);
    if (result.code !== ExportResultCode.SUCCESS && this.tokens !== undefined && statusOf(result) === 401) {
      this.tokens.invalidate();
      result = await this.export(batch);
    }
    if (result.code !== ExportResultCode.SUCCESS) throw this.failure(result);
  }

  async close(): Promise<void> {
    await this.exporter.shutdown();
    await this.provider.shutdown();
  }

  private export(batch: ReadableLogRecord[]): Promise<ExportResult> {
    return new Promise((resolve) => {
      this.exporter.export(batch, resolve);
    });
  }

  private failure(result: ExportResult): OtlpSendError {
    const e: (Error & { code?: number; data?: string }) | undefined = result.error;
    const status = statusOf(result);
    const said = e?.data !== undefined && e.data !== '' ? collectorMessage(e.data) : undefined;
    const secrets = this.target.auth.type === 'header' ? [this.target.auth.value] : this.target.auth.type === 'oauth2' ? [this.target.auth.credentials.clientSecret] : [];
    const text = [status !== undefined ? `HTTP ${status}` : undefined, e?.message !== undefined && e.message !== '' ? e.message : undefined, said].filter((s) => s !== undefined).join(': ');
    return new OtlpSendError(scrub(text === '' ? 'the collector did not take the records' : text, ...secrets), status);
  }
}

function statusOf(result: ExportResult): number | undefined {
  const code = (result.error as { code?: unknown } | undefined)?.code;
  return typeof code === 'number' ? code : undefined;
}

/**
 * What the collector said: OTLP/HTTP answers a failure with a google.rpc.Status (JSON, or protobuf
 * whose `message` is readable text); at most 500 characters of it, printable only.
 */
export function collectorMessage(data: string): string {
  try {
    const parsed = JSON.parse(data) as { message?: unknown };
    if (typeof parsed.message === 'string') return parsed.message.slice(0, 500);
  } catch {
    // not JSON
  }
  return data.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]+/g, ' ').trim().slice(0, 500);
}
