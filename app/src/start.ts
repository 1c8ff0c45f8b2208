import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { run, type ApplicationFunction, type Logger, type Server } from 'probot';
import { createFactstoreApp } from './index.js';
import { appOctokit } from './octokit.js';

export interface StartOptions {
  /** where `.env` is read from, as Probot reads it (default: the working directory) */
  cwd?: string;
  /** Probot's logger (default: the one Probot makes from LOG_LEVEL and LOG_FORMAT) */
  log?: Logger;
}

/** Probot's default path for deliveries. */
const DEFAULT_WEBHOOK_PATH = '/api/github/webhooks';

/**
 * Starts the App's server from its settings: the environment, then `.env` over it, as Probot
 * reads them. Without WEBHOOK_SECRET, Probot would accept deliveries signed with its default
 * secret `development`, which anyone can sign with: the App then answers every delivery 503
 * and says why, and acts on nothing. (Without APP_ID or PRIVATE_KEY, Probot serves its setup
 * page, which registers the App and writes the three to `.env`.)
 */
export async function startApp(env: NodeJS.ProcessEnv, options: StartOptions = {}): Promise<Server> {
  const settings: NodeJS.ProcessEnv = { ...env, ...dotEnv(options.cwd ?? process.cwd()) };
  const common = { Octokit: appOctokit(), ...(options.log !== undefined ? { log: options.log } : {}) };
  if ((settings.WEBHOOK_SECRET ?? '').trim() !== '') {
    return run(createFactstoreApp({}, settings), { ...common, env: settings });
  }
  const webhookPath = settings.WEBHOOK_PATH || DEFAULT_WEBHOOK_PATH;
  // Probot's own endpoint moves to a path nobody knows, with a secret nobody knows: no delivery reaches it
  const sealed = { ...settings, WEBHOOK_SECRET: randomBytes(32).toString('hex'), WEBHOOK_PATH: `/unused-${randomBytes(16).toString('hex')}` };
  return run(refusingDeliveries(webhookPath), { ...common, env: sealed });
}

const NO_SECRET =
  'factstore: WEBHOOK_SECRET is not set, so no delivery can be told from a forgery (Probot would accept one signed with its default secret `development`): every delivery is answered 503 and nothing is gated. Set WEBHOOK_SECRET to the webhook secret of the GitHub App and restart.';

/** The App without a webhook secret: every delivery is refused with 503 and why. */
function refusingDeliveries(webhookPath: string): ApplicationFunction {
  return (app, { addHandler }) => {
    app.log.error(NO_SECRET);
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
