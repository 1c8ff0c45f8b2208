/** A minimal REST client over `fetch`, for tests that talk to the fake as any HTTP client would. */

export interface ApiAnswer {
  status: number;
  headers: Headers;
  /** the JSON body (undefined when the answer is not JSON) */
  data: unknown;
  /** the body's bytes */
  raw: Buffer;
}

export type ApiCall = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<ApiAnswer>;

/** Calls `base + path` with `authorization: token <token>` (no header when token is undefined). */
export function restClient(base: string, token: string | undefined): ApiCall {
  return async (method, path, body, headers = {}) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        ...(token !== undefined ? { authorization: `token ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const raw = Buffer.from(await res.arrayBuffer());
    let data: unknown;
    if ((res.headers.get('content-type') ?? '').includes('json') && raw.length > 0) data = JSON.parse(raw.toString('utf8')) as unknown;
    return { status: res.status, headers: res.headers, data, raw };
  };
}
