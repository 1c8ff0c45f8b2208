import { FactstoreError } from '../../errors.js';

/** OAuth 2.0 client credentials (RFC 6749 §4.4): the secret comes from the environment, never from the config. */
export interface ClientCredentials {
  tokenEndpoint: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  /** basic (default): HTTP Basic authentication (RFC 6749 §2.3.1); post: client_id and client_secret in the form body */
  clientAuth: 'basic' | 'post';
}

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<Response>;

/** Refresh this long before the token says it expires, so a token never expires mid-request. */
const EARLY_MS = 60_000;
/** When the token endpoint gives no expires_in: use the token for this long. */
const DEFAULT_LIFETIME_MS = 5 * 60_000;
const TIMEOUT_MS = 30_000;

/**
 * An access token got with client credentials, fetched when first needed, kept until shortly
 * before it expires, fetched again after (or after `invalidate`, when the collector refused it).
 * Neither the secret nor the token ever appears in an error message.
 */
export class ClientCredentialsToken {
  private token: { value: string; until: number } | undefined;
  private pending: Promise<string> | undefined;
  /** how many tokens were fetched: the summary says so, tests count refreshes */
  fetched = 0;

  constructor(
    private readonly credentials: ClientCredentials,
    private readonly fetchImpl: FetchLike = (url, init) => fetch(url, init),
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<string> {
    if (this.token !== undefined && this.now() < this.token.until) return this.token.value;
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Forgets the token (the collector answered 401): the next `get` fetches a new one. */
  invalidate(): void {
    this.token = undefined;
  }

  private async fetchToken(): Promise<string> {
    const { tokenEndpoint, clientId, clientSecret, scopes, clientAuth } = this.credentials;
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (scopes.length > 0) form.set('scope', scopes.join(' '));
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    if (clientAuth === 'basic') {
      // RFC 6749 §2.3.1: each part form-urlencoded before the Basic encoding
      headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`;
    } else {
      form.set('client_id', clientId);
      form.set('client_secret', clientSecret);
    }
    let response: Response;
    try {
      response = await this.fetchImpl(tokenEndpoint, { method: 'POST', headers, body: form.toString(), signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (e) {
      throw new FactstoreError('CONFIG', `the OAuth2 token endpoint ${tokenEndpoint} could not be reached (${e instanceof Error ? e.message : String(e)}): check token_endpoint and the network.`);
    }
    const text = await response.text();
    let body: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed !== null && typeof parsed === 'object') body = parsed as Record<string, unknown>;
    } catch {
      // said below
    }
    if (!response.ok) {
      const why = typeof body.error === 'string' ? `${body.error}${typeof body.error_description === 'string' ? `: ${body.error_description}` : ''}` : `HTTP ${response.status}`;
      throw new FactstoreError('CONFIG', `the OAuth2 token endpoint ${tokenEndpoint} refused the client credentials of ${clientId} (HTTP ${response.status}, ${scrub(why, clientSecret)}): check client_id, FACTSTORE_OTLP_CLIENT_SECRET and the scopes.`);
    }
    const value = body.access_token;
    if (typeof value !== 'string' || value === '') {
      throw new FactstoreError('CONFIG', `the OAuth2 token endpoint ${tokenEndpoint} answered HTTP ${response.status} without an access_token: is it the token endpoint (RFC 6749 §5.1)?`);
    }
    const type = typeof body.token_type === 'string' ? body.token_type.toLowerCase() : 'bearer';
    if (type !== 'bearer') throw new FactstoreError('CONFIG', `the OAuth2 token endpoint ${tokenEndpoint} gave a ${type} token; only bearer tokens are sent.`);
    const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in * 1000 : DEFAULT_LIFETIME_MS;
    this.token = { value, until: this.now() + Math.max(lifetime - EARLY_MS, lifetime / 2) };
    this.fetched++;
    return value;
  }
}

/** The text with the secret cut out, should a server echo it back. */
export function scrub(text: string, ...secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) if (s !== undefined && s.length >= 4) out = out.split(s).join('[secret]');
  return out;
}
