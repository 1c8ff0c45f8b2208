import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { targetFromHostEnv } from '../../src/core/export/otlp/otlp-target.js';
import { appEnv } from './app-env.js';
import { appPrivateKeyPem } from './app-private-key.js';
import { given, secretSetting } from './secret-setting.js';

type Env = Record<string, string | undefined>;

export interface CheckedSettings {
  /** the settings as Probot and the App read them: secrets read from their files, the App's key as a PEM Probot accepts */
  env: Env;
  /** one line per problem, each saying what to set; empty when the App may start */
  problems: string[];
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];
const GUIDE = 'app/README.md, "Hosting the App"';

/**
 * Every setting of the App checked before it serves. In production (NODE_ENV=production) the App's
 * identity and webhook secret are required: Probot's setup page and its default secret
 * `development` are never used there. Elsewhere a missing one keeps Probot's behaviour (the setup
 * page registers the App; without a webhook secret every delivery is refused), but a value that is
 * given and wrong is a problem in every mode. Secret values are never quoted.
 */
export function checkSettings(settings: Env, options: { production: boolean; cwd: string }): CheckedSettings {
  const { production, cwd } = options;
  const problems: string[] = [];
  const env: Env = { ...settings };

  const appId = settings.APP_ID?.trim();
  if (given(appId)) {
    if (/^[1-9][0-9]*$/.test(appId)) env.APP_ID = appId;
    else problems.push(`APP_ID must be the App's numeric ID ("App ID" on the App's settings page), not ${JSON.stringify(appId.slice(0, 40))}.`);
  } else if (production) {
    problems.push(`APP_ID is not set: set it to the App's numeric ID ("App ID" on the App's settings page). In production the App never serves Probot's setup page: register the App first (${GUIDE}).`);
  }

  const before = problems.length;
  const key = privateKeyText(settings, cwd, problems);
  if (key !== undefined) {
    const parsed = appPrivateKeyPem(key.text, key.name);
    if ('problem' in parsed) problems.push(parsed.problem);
    else Object.assign(env, { PRIVATE_KEY: parsed.pem, PRIVATE_KEY_PATH: undefined });
  } else if (production && problems.length === before) {
    problems.push('PRIVATE_KEY is not set (nor PRIVATE_KEY_PATH): set it to the text of the .pem file GitHub made for the App, or PRIVATE_KEY_PATH to that file.');
  }

  const secret = secretSetting(settings, 'WEBHOOK_SECRET', cwd, problems);
  env.WEBHOOK_SECRET = secret;
  env.WEBHOOK_SECRET_FILE = undefined;
  if (production && secret === undefined && !given(settings.WEBHOOK_SECRET_FILE)) {
    problems.push('WEBHOOK_SECRET is not set (nor WEBHOOK_SECRET_FILE): without it no delivery can be told from a forgery. Set it to the webhook secret in the App\'s settings.');
  } else if (production && secret?.trim() === 'development') {
    problems.push('WEBHOOK_SECRET is `development`, Probot\'s default that anyone can sign with: set a random one (`openssl rand -hex 32`) in the App\'s settings and here.');
  }

  const signingKey = secretSetting(settings, 'FACTSTORE_SIGNING_KEY', cwd, problems);
  env.FACTSTORE_SIGNING_KEY = signingKey;
  env.FACTSTORE_SIGNING_KEY_FILE = undefined;
  try {
    appEnv({ FACTSTORE_SIGNING_KEY: signingKey });
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
  }

  // the OTLP destination of the host (never of a repository): a half-set one stops the start
  if (settings.FACTSTORE_OTLP_CLIENT_SECRET !== undefined || settings.FACTSTORE_OTLP_CLIENT_SECRET_FILE !== undefined) {
    env.FACTSTORE_OTLP_CLIENT_SECRET = secretSetting(settings, 'FACTSTORE_OTLP_CLIENT_SECRET', cwd, problems);
    env.FACTSTORE_OTLP_CLIENT_SECRET_FILE = undefined;
  }
  try {
    targetFromHostEnv(env);
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
  }

  problems.push(...serverProblems(settings));
  return { env, problems };
}

/** The App's private key as Probot finds it: PRIVATE_KEY, else the file PRIVATE_KEY_PATH, else the one *.pem of the folder. */
function privateKeyText(env: Env, cwd: string, problems: string[]): { name: string; text: string } | undefined {
  if (given(env.PRIVATE_KEY)) return { name: 'PRIVATE_KEY', text: env.PRIVATE_KEY };
  const file = given(env.PRIVATE_KEY_PATH) ? env.PRIVATE_KEY_PATH.trim() : onePemFile(cwd, problems);
  if (file === undefined) return undefined;
  try {
    return { name: `The App's private key file ${file}`, text: readFileSync(path.resolve(cwd, file), 'utf8') };
  } catch (e) {
    problems.push(`The App's private key file ${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}): point PRIVATE_KEY_PATH at the App's .pem file, or set PRIVATE_KEY to its text.`);
    return undefined;
  }
}

function onePemFile(cwd: string, problems: string[]): string | undefined {
  const pems = readdirSync(cwd).filter((f) => f.endsWith('.pem'));
  if (pems.length > 1) problems.push(`PRIVATE_KEY is not set and the folder holds ${pems.length} .pem files (${pems.join(', ')}): set PRIVATE_KEY_PATH to the App's one.`);
  return pems.length === 1 ? pems[0] : undefined;
}

/** Where and how the server listens and logs, and where GitHub is. */
function serverProblems(env: Env): string[] {
  const problems: string[] = [];
  const port = env.PORT?.trim();
  if (given(port) && !(/^[0-9]+$/.test(port) && Number(port) >= 1 && Number(port) <= 65535)) problems.push(`PORT must be a port number (1-65535), not ${JSON.stringify(port.slice(0, 20))}.`);
  const protocol = env.GHE_PROTOCOL?.trim();
  if (given(protocol) && protocol !== 'https' && protocol !== 'http') problems.push(`GHE_PROTOCOL must be https or http, not ${JSON.stringify(protocol.slice(0, 20))}.`);
  const host = env.GHE_HOST?.trim();
  if (given(host) && !/^[A-Za-z0-9.-]+(:[0-9]+)?$/.test(host)) problems.push(`GHE_HOST must be the GitHub Enterprise host name (with :port if needed), without scheme or path, not ${JSON.stringify(host.slice(0, 80))}.`);
  const level = env.LOG_LEVEL?.trim();
  if (given(level) && !LOG_LEVELS.includes(level)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not ${JSON.stringify(level.slice(0, 20))}.`);
  const format = env.LOG_FORMAT?.trim();
  if (given(format) && format !== 'json' && format !== 'pretty') problems.push(`LOG_FORMAT must be json or pretty, not ${JSON.stringify(format.slice(0, 20))}.`);
  return problems;
}
