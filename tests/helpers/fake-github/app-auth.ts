/**
 * GitHub Apps (GitHub Docs: "Generating a JSON Web Token (JWT) for a GitHub App", "Create an
 * installation access token for an app", "Get the authenticated app"): the App proves itself with
 * a JWT signed RS256 by its private key (`iss` its id, `exp` at most 10 minutes after `iat`), and
 * gets a token for one of its installations, carrying the installation's permissions and acting
 * for the App (what the token creates names it), or reads its own id and slug.
 */
import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';
import type { Tokens } from './auth.js';
import { ApiError, json, type Reply } from './http-kit.js';
import { appJson, type AppIdentity } from './integrations.js';
import { repoInstallation } from './routes-protection.js';

type Level = 'read' | 'write';

export interface InstallationOptions {
  appId: number;
  /** the App's private or public key (PEM), to check its JWTs */
  key: string | KeyObject;
  installationId: number;
  /** GitHub's names: contents, checks, issues, pull_requests, deployments, metadata… (default: the App's manifest in app/app.yml would say) */
  permissions?: Record<string, Level>;
  /** the App's slug: its tokens act as `<slug>[bot]` */
  slug?: string;
  /** the repositories (`owner/name`) the installation was given; every one when absent */
  repos?: string[];
}

interface Installation extends InstallationOptions {
  publicKey: KeyObject;
  permissions: Record<string, Level>;
}

const DOC = 'https://docs.github.com/rest/apps/apps#create-an-installation-access-token-for-an-app';
const JWT_DOC = 'https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app';
export const DEFAULT_APP_PERMISSIONS: Record<string, Level> = { contents: 'write', checks: 'write', issues: 'write', pull_requests: 'write', deployments: 'write', metadata: 'read' };

const b64url = (s: string): Buffer => Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');

export class Apps {
  private readonly installations = new Map<number, Installation>();

  add(options: InstallationOptions): void {
    const publicKey = createPublicKey(options.key);
    this.installations.set(options.installationId, { ...options, publicKey, permissions: options.permissions ?? DEFAULT_APP_PERMISSIONS });
  }

  /** The App id of a valid JWT in an `authorization: Bearer` header, checked with `publicKey`; GitHub's 401 otherwise. */
  private appOf(header: string | undefined, now: Date, publicKey: KeyObject | ((iss: number) => KeyObject | undefined)): number {
    const undecodable = new ApiError(401, 'A JSON web token could not be decoded', JWT_DOC);
    const jwt = /^bearer\s+(\S+)$/i.exec((header ?? '').trim())?.[1];
    const [head, body, signature, extra] = jwt?.split('.') ?? [];
    if (head === undefined || body === undefined || signature === undefined || extra !== undefined) throw undecodable;
    let claims: { iss?: unknown; iat?: unknown; exp?: unknown };
    try {
      if ((JSON.parse(b64url(head).toString('utf8')) as { alg?: unknown }).alg !== 'RS256') throw undecodable;
      claims = JSON.parse(b64url(body).toString('utf8')) as typeof claims;
    } catch {
      throw undecodable;
    }
    const key = typeof publicKey === 'function' ? publicKey(Number(claims.iss)) : publicKey;
    if (key === undefined || !verify('RSA-SHA256', Buffer.from(`${head}.${body}`), key, b64url(signature))) throw undecodable;
    const seconds = Math.floor(now.getTime() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp <= seconds || typeof claims.iat !== 'number' || claims.exp - claims.iat > 600) {
      throw new ApiError(401, "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires", JWT_DOC);
    }
    if (typeof claims.iat === 'number' && claims.iat > seconds + 60) throw new ApiError(401, "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued", JWT_DOC);
    return Number(claims.iss);
  }

  /** POST /app/installations/{id}/access_tokens: a new token with the installation's permissions. */
  accessToken(tokens: Tokens, installationId: number, header: string | undefined, now: Date): Reply {
    const installation = this.installations.get(installationId);
    // an installation of another App is as unknown as a missing one
    if (installation === undefined) throw new ApiError(404, 'Not Found', DOC);
    if (this.appOf(header, now, installation.publicKey) !== installation.appId) throw new ApiError(404, 'Not Found', DOC);
    const token = `ghs_${randomBytes(18).toString('base64url')}`;
    const p = installation.permissions;
    const app = identityOf(installation);
    tokens.add(token, {
      contents: p.contents ?? 'read',
      login: `${app.slug}[bot]`,
      bot: true,
      app,
      ...(p.checks !== undefined ? { checks: p.checks } : {}),
      ...(p.issues !== undefined ? { issues: p.issues } : {}),
      ...(p.pull_requests !== undefined ? { pullRequests: p.pull_requests } : {}),
      ...(p.deployments !== undefined ? { deployments: p.deployments } : {}),
      ...(installation.repos !== undefined ? { repos: installation.repos } : {}),
    });
    const expires = new Date(now.getTime() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    return json({ token, expires_at: expires, permissions: p, repository_selection: installation.repos === undefined ? 'all' : 'selected' }, 201);
  }

  /** GET /app: the App whose JWT this is (any of its installations' keys checks it). */
  authenticatedApp(header: string | undefined, now: Date, api: string): Reply {
    const installations = [...this.installations.values()];
    const id = this.appOf(header, now, (iss) => installations.find((i) => i.appId === iss)?.publicKey);
    const installation = installations.find((i) => i.appId === id);
    if (installation === undefined) throw new ApiError(401, 'A JSON web token could not be decoded', JWT_DOC);
    return json(appJson(identityOf(installation), api));
  }

  /** GET /repos/{owner}/{repo}/installation with the App's JWT: its installation there, else 404. */
  repoInstallation(fullName: string, header: string | undefined, now: Date, api: string): Reply {
    const installations = [...this.installations.values()];
    const id = this.appOf(header, now, (iss) => installations.find((i) => i.appId === iss)?.publicKey);
    return repoInstallation(fullName, id, installations, api);
  }
}

/** The App an installation belongs to, as what it creates names it. */
function identityOf(installation: Installation): AppIdentity {
  return { id: installation.appId, slug: installation.slug ?? `app-${installation.appId}`, permissions: installation.permissions };
}

/** `/app/installations/{id}/access_tokens` → the id; undefined for any other path. */
export function accessTokenPath(method: string, path: string): number | undefined {
  const m = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path);
  return method === 'POST' && m?.[1] !== undefined ? Number(m[1]) : undefined;
}
