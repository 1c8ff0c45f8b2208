import type { OtlpExporterConfig } from '../../config/config.js';
import { FactstoreError } from '../../errors.js';
import type { ClientCredentials } from './oauth2.js';

export type OtlpProtocol = 'http/protobuf' | 'http/json';

/** Where an export goes and how it authenticates, with the secrets read from the environment. */
export interface OtlpTarget {
  /** the OTLP/HTTP logs URL requests go to */
  endpoint: string;
  /** what the export cursor is keyed by: the endpoint without credentials, query or fragment */
  destination: string;
  protocol: OtlpProtocol;
  /** sent as they are */
  headers: Record<string, string>;
  auth: { type: 'none' } | { type: 'header'; name: string; value: string } | { type: 'oauth2'; credentials: ClientCredentials };
}

/** The environment variables that hold an export's secrets. */
export const OTLP_SECRET_ENV = {
  headerValue: 'FACTSTORE_OTLP_HEADER_VALUE',
  clientId: 'FACTSTORE_OTLP_CLIENT_ID',
  clientSecret: 'FACTSTORE_OTLP_CLIENT_SECRET',
} as const;

type Env = Record<string, string | undefined>;

/** A dry run sends nothing, so it needs no secret: placeholders that are never sent, over the environment's. */
export function dryRunEnv(env: Env): Env {
  return { ...env, [OTLP_SECRET_ENV.headerValue]: 'dry-run', [OTLP_SECRET_ENV.clientSecret]: 'dry-run', [OTLP_SECRET_ENV.clientId]: 'dry-run' };
}

/**
 * The target of `factstore export otlp` (CLI, Action): `exporters.otlp` of the config, the endpoint
 * and protocol flags over it, the secrets from the environment. Refuses to send credentials over
 * plain http to another machine.
 */
export function targetFromConfig(config: OtlpExporterConfig | undefined, env: Env, flags: { endpoint?: string; protocol?: string }): OtlpTarget {
  const endpoint = flags.endpoint ?? config?.endpoint;
  if (endpoint === undefined) {
    throw new FactstoreError('BAD_INPUT', 'no OTLP endpoint: give --endpoint URL, or set exporters.otlp.endpoint in the config (e.g. https://beacon.example.com:4318/v1/logs).');
  }
  const auth = config?.auth ?? { type: 'none' };
  let target: OtlpTarget['auth'] = { type: 'none' };
  if (auth.type === 'header') {
    target = { type: 'header', name: auth.header, value: secret(env, OTLP_SECRET_ENV.headerValue, `the value of the ${auth.header} header (exporters.otlp.auth.type: header)`) };
  }
  if (auth.type === 'oauth2') {
    const clientId = nonEmpty(env[OTLP_SECRET_ENV.clientId]) ?? auth.clientId;
    if (clientId === undefined) throw new FactstoreError('CONFIG', `exporters.otlp.auth (oauth2) has no client_id: set it there, or in ${OTLP_SECRET_ENV.clientId}.`);
    target = {
      type: 'oauth2',
      credentials: { tokenEndpoint: auth.tokenEndpoint, clientId, clientSecret: secret(env, OTLP_SECRET_ENV.clientSecret, 'the OAuth2 client secret'), scopes: auth.scopes, clientAuth: auth.clientAuth },
    };
  }
  return finish(endpoint, parseProtocol(flags.protocol ?? config?.protocol), config?.headers ?? {}, target);
}

/**
 * The App's destination: only where its host says (FACTSTORE_OTLP_ENDPOINT and the rest of the
 * environment), never where a repository's config says — otherwise any installed repository could
 * have the host's credentials sent anywhere. Undefined when the host exports nowhere.
 */
export function targetFromHostEnv(env: Env): OtlpTarget | undefined {
  const endpoint = nonEmpty(env.FACTSTORE_OTLP_ENDPOINT);
  if (endpoint === undefined) return undefined;
  const kind = nonEmpty(env.FACTSTORE_OTLP_AUTH) ?? 'none';
  let auth: OtlpTarget['auth'] = { type: 'none' };
  if (kind === 'header') {
    auth = { type: 'header', name: nonEmpty(env.FACTSTORE_OTLP_HEADER_NAME) ?? 'Authorization', value: secret(env, OTLP_SECRET_ENV.headerValue, 'the value of the OTLP auth header (FACTSTORE_OTLP_AUTH=header)') };
  } else if (kind === 'oauth2') {
    const tokenEndpoint = nonEmpty(env.FACTSTORE_OTLP_TOKEN_ENDPOINT);
    if (tokenEndpoint === undefined) throw new FactstoreError('CONFIG', 'FACTSTORE_OTLP_AUTH=oauth2 needs FACTSTORE_OTLP_TOKEN_ENDPOINT (the OAuth2 token endpoint URL).');
    auth = {
      type: 'oauth2',
      credentials: {
        tokenEndpoint,
        clientId: secret(env, OTLP_SECRET_ENV.clientId, 'the OAuth2 client id'),
        clientSecret: secret(env, OTLP_SECRET_ENV.clientSecret, 'the OAuth2 client secret'),
        scopes: (nonEmpty(env.FACTSTORE_OTLP_SCOPES) ?? '').split(/[\s,]+/).filter((s) => s !== ''),
        clientAuth: env.FACTSTORE_OTLP_CLIENT_AUTH === 'post' ? 'post' : 'basic',
      },
    };
  } else if (kind !== 'none') {
    throw new FactstoreError('CONFIG', `FACTSTORE_OTLP_AUTH=${JSON.stringify(kind)}: it is none, header or oauth2.`);
  }
  return finish(endpoint, parseProtocol(nonEmpty(env.FACTSTORE_OTLP_PROTOCOL)), {}, auth);
}

function finish(endpoint: string, protocol: OtlpProtocol, headers: Record<string, string>, auth: OtlpTarget['auth']): OtlpTarget {
  const url = parseUrl(endpoint, 'the OTLP endpoint');
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/v1/logs';
  if (url.username !== '' || url.password !== '') {
    throw new FactstoreError('BAD_INPUT', 'the OTLP endpoint carries credentials in its URL: they would be recorded with the export cursor. Put them in the environment (exporters.otlp.auth) instead.');
  }
  const credentials = auth.type !== 'none' || Object.keys(headers).length > 0;
  if (credentials) assertSafeTransport(url, 'the OTLP endpoint');
  if (auth.type === 'oauth2') assertSafeTransport(parseUrl(auth.credentials.tokenEndpoint, 'the OAuth2 token endpoint'), 'the OAuth2 token endpoint');
  const destination = `${url.protocol}//${url.host}${url.pathname}`;
  return { endpoint: url.toString(), destination, protocol, headers: { ...headers }, auth };
}

function parseProtocol(value: string | undefined): OtlpProtocol {
  if (value === undefined || value === 'http/protobuf') return 'http/protobuf';
  if (value === 'http/json') return 'http/json';
  throw new FactstoreError('BAD_INPUT', `OTLP protocol ${JSON.stringify(value)}: it is http/protobuf (default) or http/json (gRPC is not offered: use an OTLP/HTTP receiver, which every collector has).`);
}

function parseUrl(text: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FactstoreError('BAD_INPUT', `${what} ${JSON.stringify(text)} is not a URL: give an http(s) URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new FactstoreError('BAD_INPUT', `${what} ${JSON.stringify(text)} is not an http(s) URL.`);
  return url;
}

/** Credentials go over https, or over plain http only to this machine (a local collector or a test). */
function assertSafeTransport(url: URL, what: string): void {
  if (url.protocol === 'https:') return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)) return;
  throw new FactstoreError('BAD_INPUT', `${what} ${url.origin} is plain http to another machine: credentials would cross the network in clear. Use https.`);
}

function secret(env: Env, name: string, what: string): string {
  const value = nonEmpty(env[name]);
  if (value === undefined) throw new FactstoreError('CONFIG', `${name} is not set: it holds ${what}, which never goes in the config.`);
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v === undefined || v === '' ? undefined : v;
}
