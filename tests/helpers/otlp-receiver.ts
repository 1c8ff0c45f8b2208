// A local OTLP/HTTP logs receiver for tests: it decodes requests with OpenTelemetry's own protobuf
// definitions (opentelemetry-proto, tests/fixtures/otlp/proto), loaded by protobufjs — binary
// protobuf and the OTLP JSON encoding alike — and can play an OAuth2 token endpoint.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

const PROTO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'otlp', 'proto');

let requestType: Promise<protobuf.Type> | undefined;

/** ExportLogsServiceRequest, from opentelemetry/proto/collector/logs/v1/logs_service.proto. */
function exportLogsRequest(): Promise<protobuf.Type> {
  requestType ??= (async () => {
    const root = new protobuf.Root();
    root.resolvePath = (_origin, target) => path.join(PROTO_ROOT, target);
    await root.load('opentelemetry/proto/collector/logs/v1/logs_service.proto');
    return root.lookupType('opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest');
  })();
  return requestType;
}

export type AnyValue = string | number | boolean | AnyValue[] | undefined;

/** One log record as received, its attributes flattened to plain values. */
export interface ReceivedRecord {
  timeUnixNano: string;
  observedTimeUnixNano: string;
  severityNumber: number;
  severityText: string;
  eventName: string;
  body: string;
  attributes: Record<string, AnyValue>;
  resource: Record<string, AnyValue>;
  scope: { name: string; version: string };
}

export interface ReceivedRequest {
  path: string;
  contentType: string;
  headers: IncomingHttpHeaders;
  records: ReceivedRecord[];
}

export interface TokenGrant {
  clientId: string;
  clientSecret: string;
  scope: string | undefined;
  via: 'basic' | 'post';
}

export interface Receiver {
  url: string;
  server: Server;
  requests: ReceivedRequest[];
  grants: TokenGrant[];
  /** answer the next requests with this status and body (one entry per request; null takes it), then take them all */
  failNext: ({ status: number; body: string; contentType?: string } | null)[];
  /** credentials the token endpoint accepts, and the tokens it issued (the collector takes only those, when set) */
  oauth?: { clientId: string; clientSecret: string; expiresIn?: number; issued: string[]; revoked: Set<string> };
  close(): Promise<void>;
}

function flatten(value: Record<string, unknown> | undefined): AnyValue {
  if (value === undefined) return undefined;
  if ('stringValue' in value) return value.stringValue as string;
  if ('boolValue' in value) return value.boolValue as boolean;
  if ('intValue' in value) return Number(value.intValue);
  if ('doubleValue' in value) return value.doubleValue as number;
  if ('arrayValue' in value) return ((value.arrayValue as { values?: Record<string, unknown>[] }).values ?? []).map(flatten);
  return undefined;
}

function attributes(list: { key: string; value?: Record<string, unknown> }[] | undefined): Record<string, AnyValue> {
  return Object.fromEntries((list ?? []).map((a) => [a.key, flatten(a.value)]));
}

/** Decodes an export request (protobuf, or OTLP JSON through the same message type) into its records. */
export async function decodeLogs(body: Buffer, contentType: string): Promise<ReceivedRecord[]> {
  const type = await exportLogsRequest();
  const message = contentType.includes('json') ? type.fromObject(JSON.parse(body.toString('utf8')) as Record<string, unknown>) : type.decode(body);
  const object = type.toObject(message, { longs: String, enums: Number, defaults: true }) as {
    resourceLogs: { resource?: { attributes?: [] }; scopeLogs: { scope?: { name: string; version: string }; logRecords: Record<string, unknown>[] }[] }[];
  };
  const out: ReceivedRecord[] = [];
  for (const rl of object.resourceLogs) {
    for (const sl of rl.scopeLogs) {
      for (const r of sl.logRecords) {
        out.push({
          timeUnixNano: String(r.timeUnixNano),
          observedTimeUnixNano: String(r.observedTimeUnixNano),
          severityNumber: Number(r.severityNumber),
          severityText: String(r.severityText),
          eventName: String(r.eventName),
          body: String(flatten(r.body as Record<string, unknown>)),
          attributes: attributes(r.attributes as { key: string; value?: Record<string, unknown> }[]),
          resource: attributes(rl.resource?.attributes),
          scope: { name: sl.scope?.name ?? '', version: sl.scope?.version ?? '' },
        });
      }
    }
  }
  return out;
}

/** Starts the receiver on 127.0.0.1: POST /v1/logs (and any other path) takes logs, POST /oauth/token issues tokens. */
export async function startReceiver(options: { oauth?: { clientId: string; clientSecret: string; expiresIn?: number } } = {}): Promise<Receiver> {
  const state: Omit<Receiver, 'url' | 'server' | 'close'> = {
    requests: [],
    grants: [],
    failNext: [],
    ...(options.oauth !== undefined ? { oauth: { ...options.oauth, issued: [], revoked: new Set<string>() } } : {}),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const json = (status: number, doc: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(doc));
        if (req.url === '/oauth/token') {
          const form = new URLSearchParams(body.toString('utf8'));
          const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
          const [id, secret] = basic !== undefined ? Buffer.from(basic, 'base64').toString('utf8').split(':').map(decodeURIComponent) : [form.get('client_id') ?? '', form.get('client_secret') ?? ''];
          const grant: TokenGrant = { clientId: id ?? '', clientSecret: secret ?? '', scope: form.get('scope') ?? undefined, via: basic !== undefined ? 'basic' : 'post' };
          state.grants.push(grant);
          const oauth = state.oauth;
          if (form.get('grant_type') !== 'client_credentials') return json(400, { error: 'unsupported_grant_type' });
          if (oauth === undefined || grant.clientId !== oauth.clientId || grant.clientSecret !== oauth.clientSecret) return json(401, { error: 'invalid_client', error_description: 'client authentication failed' });
          const token = `tok-${oauth.issued.length + 1}-${Math.random().toString(36).slice(2)}`;
          oauth.issued.push(token);
          return json(200, { access_token: token, token_type: 'Bearer', expires_in: oauth.expiresIn ?? 3600 });
        }
        const oauth = state.oauth;
        if (oauth !== undefined) {
          const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
          if (token === undefined || !oauth.issued.includes(token) || oauth.revoked.has(token)) return json(401, { code: 16, message: 'unauthenticated: no valid bearer token' });
        }
        const fail = state.failNext.shift();
        if (fail !== undefined && fail !== null) return res.writeHead(fail.status, { 'content-type': fail.contentType ?? 'application/json' }).end(fail.body);
        const contentType = req.headers['content-type'] ?? '';
        const records = await decodeLogs(body, contentType);
        state.requests.push({ path: req.url ?? '', contentType, headers: req.headers, records });
        if (contentType.includes('json')) return json(200, {});
        return res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
      })().catch((e: unknown) => res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 3, message: `undecodable: ${String(e)}` })));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, { url, server, close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
}

/** Every record the receiver took, in order. */
export function received(r: Receiver): ReceivedRecord[] {
  return r.requests.flatMap((q) => q.records);
}
