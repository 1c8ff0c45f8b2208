/**
 * The HTTP side: reads a request, waits the configured latency, authenticates, applies injected
 * faults, finds the route and the repository, checks permissions and emptiness, answers, and
 * records what happened. Handlers are synchronous, so each request's check-and-set is atomic.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { accessTokenPath, type Apps } from './app-auth.js';
import { userJson, type Account, type Tokens } from './auth.js';
import { faultError, type FaultOptions, type Faults } from './faults.js';
import { ApiError, emptyRepository, notFound, type Reply } from './http-kit.js';
import type { Repository } from './repository.js';
import type { Route } from './route.js';
import { repoInstallationPath } from './routes-protection.js';
import { specCheck, type SpecViolation } from './spec-check.js';

export interface RecordedRequest {
  method: string;
  /** decoded, without the query */
  path: string;
  query: Record<string, string>;
  /** Octokit's name for the endpoint (`git.updateRef`…), when it is one the fake serves */
  operation?: string;
  status: number;
  /** the parsed JSON body */
  body?: unknown;
  /** the account of the token used */
  login?: string;
  /** answered by an injected fault */
  injected?: boolean;
}

export interface ServerState {
  url: string;
  repos: Map<string, Repository>;
  tokens: Tokens;
  apps: Apps;
  faults: Faults;
  routes: Route[];
  requests: RecordedRequest[];
  /** requests refused because GitHub's OpenAPI description does not allow them */
  violations: SpecViolation[];
  latencyMs: number;
  jitterMs: number;
  recordBodies: boolean;
  now: () => Date;
  userByEmail: (email: string) => Record<string, unknown> | null;
}

let requestCounter = 0;

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'Problems parsing JSON');
  }
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': `FAKE:${++requestCounter}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    ...reply.headers,
  };
  if (reply.raw !== undefined) {
    res.writeHead(reply.status, { 'content-type': 'application/octet-stream', ...headers, 'content-length': String(reply.raw.length) });
    res.end(reply.raw);
    return;
  }
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  const text = Buffer.from(JSON.stringify(reply.body), 'utf8');
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers, 'content-length': String(text.length) });
  res.end(text);
}

function findRoute(state: ServerState, method: string, rest: string): { route: Route; params: string[] } | undefined {
  for (const route of state.routes) {
    if (route.method !== method) continue;
    const m = route.pattern.exec(rest);
    if (m) return { route, params: m.slice(1).map((p) => p ?? '') };
  }
  return undefined;
}

function answer(state: ServerState, method: string, path: string, url: URL, req: IncomingMessage, body: unknown, account: Account | undefined, record: RecordedRequest): Reply {
  if (method === 'GET' && path === '/user' && account !== undefined) return { status: 200, body: { ...userJson(account, state.url), name: account.name, email: account.email } };
  const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
  if (!m) throw notFound();
  const found = findRoute(state, method, m[3] ?? '');
  const repo = state.repos.get(`${m[1]}/${m[2]}`.toLowerCase());
  const hidden = repo === undefined || (repo.settings.private && account === undefined) || (account?.repos !== undefined && !account.repos.includes(repo.fullName.toLowerCase()));
  if (found === undefined || hidden) throw notFound();
  record.operation = found.route.operation;
  if (found.route.write === true) {
    if (account === undefined) throw new ApiError(401, 'Requires authentication');
    if (account.contents !== 'write') throw new ApiError(403, 'Resource not accessible by integration');
  }
  if (found.route.gitData === true && repo.isEmpty) throw emptyRepository();
  return found.route.handle(
    {
      repo,
      account,
      query: url.searchParams,
      accept: (req.headers.accept ?? '').toLowerCase(),
      body,
      now: state.now,
      shapes: { api: state.url, repo, userByEmail: state.userByEmail },
      urlWith(params) {
        const next = new URL(url.toString());
        for (const [k, v] of Object.entries(params)) next.searchParams.set(k, v);
        return `${state.url}${next.pathname}${next.search}`;
      },
    },
    found.params,
  );
}

export async function handle(state: ServerState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', state.url);
  const record: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0 };
  let reply: Reply;
  let fault: FaultOptions | undefined;
  try {
    // GitHub Enterprise serves the API under /api/v3; the fake answers both
    record.path = decodeURIComponent(url.pathname).replace(/^\/api\/v3(?=\/)/, '');
    const body = await readBody(req);
    if (state.recordBodies && body !== undefined) record.body = body;
    const violation = specCheck().check(method, url.pathname.replace(/^\/api\/v3(?=\/)/, ''), url.searchParams, body);
    if (violation !== undefined) {
      state.violations.push(violation);
      throw new ApiError(violation.status, `${violation.status === 404 ? 'Not Found' : 'Invalid request.'}\n\n${violation.problems.join('\n')}\n\n(fake-github: refused as GitHub's OpenAPI description does not allow it)`);
    }
    const delay = state.latencyMs + Math.random() * state.jitterMs;
    if (delay > 0) await sleep(delay);
    // an App asks for an installation token, or for itself, with its JWT, which is no token of an account
    const installation = accessTokenPath(method, record.path);
    const repoInstallation = repoInstallationPath(method, record.path);
    const asApp = installation !== undefined || repoInstallation !== undefined || (method === 'GET' && record.path === '/app');
    const account = asApp ? undefined : state.tokens.authenticate(req.headers.authorization);
    if (account !== undefined) record.login = account.login;
    fault = state.faults.take(method, record.path);
    if (fault !== undefined && fault.applied !== true) throw faultError(fault);
    if (installation !== undefined) {
      record.operation = 'apps.createInstallationAccessToken';
      reply = state.apps.accessToken(state.tokens, installation, req.headers.authorization, new Date());
    } else if (repoInstallation !== undefined) {
      record.operation = 'apps.getRepoInstallation';
      reply = state.apps.repoInstallation(repoInstallation, req.headers.authorization, new Date(), state.url);
    } else if (asApp) {
      record.operation = 'apps.getAuthenticated';
      reply = state.apps.authenticatedApp(req.headers.authorization, new Date(), state.url);
    } else {
      reply = answer(state, method, record.path, url, req, body, account, record);
    }
    // an applied fault lets the request take effect and loses its answer
    if (fault !== undefined && reply.status < 400) reply = faultError(fault).reply();
  } catch (e) {
    reply = e instanceof ApiError ? e.reply() : new ApiError(500, `fake-github: ${e instanceof Error ? e.stack ?? e.message : String(e)}`).reply();
  }
  if (fault !== undefined) record.injected = true;
  record.status = reply.status;
  state.requests.push(record);
  send(res, reply);
}
