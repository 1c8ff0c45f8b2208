import type { IncomingMessage, ServerResponse } from 'node:http';

/** Whether the App can do its work, and if not, why. */
export type Readiness = { ready: true; app: string } | { ready: false; reason: string };

/**
 * `GET /healthz` (liveness: 200 while the process serves) and `GET /readyz` (200 when the App's
 * settings and keys were read and GitHub answers it; 503 with the reason otherwise), for a
 * container platform's probes. A handler for Probot's `addHandler`.
 */
export function probes(readiness: () => Promise<Readiness>): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  return async (req, res) => {
    const route = (req.url ?? '').split('?')[0];
    if ((req.method !== 'GET' && req.method !== 'HEAD') || (route !== '/healthz' && route !== '/readyz')) return false;
    req.resume();
    if (route === '/healthz') return answer(res, 200, { status: 'ok' });
    const r = await readiness();
    return r.ready ? answer(res, 200, { status: 'ready', app: r.app }) : answer(res, 503, { status: 'not ready', reason: r.reason });
  };
}

function answer(res: ServerResponse, status: number, body: Record<string, string>): true {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
  return true;
}

/** The reason GitHub did not answer the App's `GET /app`, and what to do. */
export function unreachable(e: unknown, baseUrl: string): string {
  const status = (e as { status?: unknown }).status;
  if (status === 401) return `GitHub (${baseUrl}) refused the App's JWT (401): APP_ID and PRIVATE_KEY are not the ID and a current private key of one App. Check both on the App's settings page.`;
  if (typeof status === 'number') return `GitHub (${baseUrl}) answered GET /app with ${status}: ${e instanceof Error ? e.message : String(e)}`;
  const cause = (e as { cause?: unknown }).cause;
  const why = cause instanceof Error ? cause.message : e instanceof Error ? e.message : String(e);
  return `GitHub (${baseUrl}) could not be reached (${why}): check the network, a proxy, and GHE_HOST / GHE_PROTOCOL.`;
}
