import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { run, type ApplicationFunction, type Logger, type Probot, type Server } from 'probot';
import { FactstoreError } from '../../src/core/errors.js';
import { createFactstoreApp } from './index.js';
import { appOctokit } from './octokit.js';
import { probes, unreachable, type Readiness } from './probes.js';
import { checkSettings } from './settings.js';

export interface StartOptions {
  /** where `.env` is read from, as Probot reads it (default: the working directory) */
  cwd?: string;
  /** Probot's logger (default: the one Probot makes from LOG_LEVEL and LOG_FORMAT) */
  log?: Logger;
}

/** Probot's default path for deliveries. */
const DEFAULT_WEBHOOK_PATH = '/api/github/webhooks';

/** How long `/readyz` waits for GitHub's answer. */
const READY_TIMEOUT_MS = 5000;

/**
 * Starts the App's server from its settings: the environment, then `.env` over it, as Probot
 * reads them. Every setting is checked first (`settings.ts`): any problem rejects with a CONFIG
 * error listing them all, before anything listens. Without WEBHOOK_SECRET (outside production), Probot would accept deliveries signed with its default
 * secret `development`, which anyone can sign with: the App then answers every delivery 503
 * and says why, and acts on nothing. (Without APP_ID or PRIVATE_KEY, Probot serves its setup
 * page, which registers the App and writes the three to `.env`.)
 */
export async function startApp(env: NodeJS.ProcessEnv, options: StartOptions = {}): Promise<Server> {
  const cwd = options.cwd ?? process.cwd();
  const given: NodeJS.ProcessEnv = { ...env, ...dotEnv(cwd) };
  const { env: settings, problems } = checkSettings(given, { production: given.NODE_ENV === 'production', cwd });
  if (problems.length > 0) throw settingsError(problems);
  const common = { Octokit: appOctokit(), ...(options.log !== undefined ? { log: options.log } : {}) };
  if ((settings.WEBHOOK_SECRET ?? '').trim() !== '') {
    const factstore = createFactstoreApp({}, settings);
    return run((app, { addHandler }) => {
      addHandler(probes(() => askGitHub(app)));
      factstore(app);
    }, { ...common, env: settings });
  }
  const webhookPath = settings.WEBHOOK_PATH || DEFAULT_WEBHOOK_PATH;
  // Probot's own endpoint moves to a path nobody knows, with a secret nobody knows: no delivery reaches it
  const sealed = { ...settings, WEBHOOK_SECRET: randomBytes(32).toString('hex'), WEBHOOK_PATH: `/unused-${randomBytes(16).toString('hex')}` };
  return run(refusingDeliveries(webhookPath), { ...common, env: sealed });
}

function settingsError(problems: string[]): FactstoreError {
  const count = problems.length === 1 ? 'a setting' : `${problems.length} settings`;
  const lines = problems.map((p) => `  - ${p}`).join('\n');
  return new FactstoreError('CONFIG', `factstore: the App did not start: ${count} to fix:\n${lines}\nThe settings: app/README.md, "Hosting the App".`);
}

/**
 * Ready when GitHub answers `GET /app` with the App's JWT: its ID and key are right, and GitHub is
 * reachable. Asked with fetch, once and within READY_TIMEOUT_MS: a probe must not wait out the
 * retries the App's handlers get.
 */
async function askGitHub(app: Probot): Promise<Readiness> {
  let baseUrl = '';
  try {
    const octokit = await app.auth();
    baseUrl = octokit.request.endpoint.DEFAULTS.baseUrl;
    const { token } = (await octokit.auth({ type: 'app' })) as { token: string };
    const res = await fetch(`${baseUrl}/app`, {
      headers: { accept: 'application/vnd.github+json', authorization: `Bearer ${token}`, 'user-agent': 'factstore-app' },
      signal: AbortSignal.timeout(READY_TIMEOUT_MS),
    });
    const data = (await res.json().catch(() => ({}))) as { slug?: string; id?: number; message?: string };
    if (!res.ok) throw Object.assign(new Error(data.message ?? res.statusText), { status: res.status });
    return { ready: true, app: data.slug ?? String(data.id) };
  } catch (e) {
    const reason = unreachable(e, baseUrl);
    app.log.warn(`factstore: not ready: ${reason}`);
    return { ready: false, reason };
  }
}

const NO_SECRET =
  'factstore: WEBHOOK_SECRET is not set, so no delivery can be told from a forgery (Probot would accept one signed with its default secret `development`): every delivery is answered 503 and nothing is gated. Set WEBHOOK_SECRET to the webhook secret of the GitHub App and restart.';

/** The App without a webhook secret: every delivery is refused with 503 and why. */
function refusingDeliveries(webhookPath: string): ApplicationFunction {
  return (app, { addHandler }) => {
    app.log.error(NO_SECRET);
    addHandler(probes(() => Promise.resolve({ ready: false, reason: NO_SECRET })));
    addHandler((req: IncomingMessage, res: ServerResponse) => {
      if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== webhookPath) return false;
      req.resume();
      app.log.error(`factstore: refused delivery ${String(req.headers['x-github-delivery'] ?? '(no id)')} (${String(req.headers['x-github-event'] ?? 'no event')}): WEBHOOK_SECRET is not set.`);
      res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: NO_SECRET }));
      return true;
    });
  };
}

/** `.env` of the folder, parsed as Probot parses it; nothing when there is none. */
function dotEnv(cwd: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path.join(cwd, '.env'), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw e;
  }
  return parseEnv(text) as Record<string, string>;
}
