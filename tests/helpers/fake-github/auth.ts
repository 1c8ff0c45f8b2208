/**
 * Tokens and what they may do. GitHub answers an unknown token with 401 "Bad credentials", a
 * missing one on a private repository with 404 (it does not say the repository exists), and a
 * token without the "Contents: write" permission that writes with 403 "Resource not accessible
 * by integration".
 */
import { ApiError } from './http-kit.js';
import { simpleUserJson, type AppIdentity } from './integrations.js';

export interface TokenOptions {
  /** the "Contents" repository permission */
  contents: 'read' | 'write';
  /** the account the token acts as; the author of commits that name none */
  login?: string;
  name?: string;
  email?: string;
  /** the repositories (`owner/name`) the token may see; every one when absent */
  repos?: string[];
  /** the "Checks" repository permission; none when absent */
  checks?: 'read' | 'write';
  /** the "Issues" repository permission; none when absent */
  issues?: 'read' | 'write';
  /** the "Pull requests" repository permission; none when absent */
  pullRequests?: 'read' | 'write';
  /** the "Deployments" repository permission (answering deployment protection rules); none when absent */
  deployments?: 'read' | 'write';
  /** the account is an App's bot (`type: "Bot"`) */
  bot?: boolean;
  /** an installation token: the App it acts for (what it creates names that App) */
  app?: AppIdentity;
}

export interface Account {
  login: string;
  id: number;
  name: string;
  email: string;
  contents: 'read' | 'write';
  repos?: string[];
  checks?: 'read' | 'write';
  issues?: 'read' | 'write';
  pullRequests?: 'read' | 'write';
  deployments?: 'read' | 'write';
  bot?: boolean;
  app?: AppIdentity;
}

export class Tokens {
  private readonly byToken = new Map<string, Account>();
  private nextId = 1000;

  add(token: string, options: TokenOptions): Account {
    const login = options.login ?? `user-${this.nextId}`;
    const id = this.nextId++;
    const account: Account = {
      login,
      id,
      name: options.name ?? login,
      email: options.email ?? `${id}+${login}@users.noreply.github.com`,
      contents: options.contents,
      ...(options.checks !== undefined ? { checks: options.checks } : {}),
      ...(options.issues !== undefined ? { issues: options.issues } : {}),
      ...(options.pullRequests !== undefined ? { pullRequests: options.pullRequests } : {}),
      ...(options.deployments !== undefined ? { deployments: options.deployments } : {}),
      ...(options.bot === true ? { bot: true } : {}),
      ...(options.app !== undefined ? { app: options.app } : {}),
      ...(options.repos !== undefined ? { repos: options.repos.map((r) => r.toLowerCase()) } : {}),
    };
    this.byToken.set(token, account);
    return account;
  }

  /** The account of an `authorization` header; undefined when there is none. */
  authenticate(header: string | undefined): Account | undefined {
    if (header === undefined || header === '') return undefined;
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
    const account = m?.[1] === undefined ? undefined : this.byToken.get(m[1]);
    if (account === undefined) throw new ApiError(401, 'Bad credentials');
    return account;
  }

  /** Whether a token is one this fake knows (an App's JWT is not). */
  has(header: string | undefined): boolean {
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec((header ?? '').trim());
    return m?.[1] !== undefined && this.byToken.has(m[1]);
  }

  /** The account whose commit email this is, as GitHub links commits to users. */
  byEmail(email: string): Account | undefined {
    for (const a of this.byToken.values()) if (a.email === email) return a;
    return undefined;
  }
}

export function userJson(a: Account, api: string): Record<string, unknown> {
  return simpleUserJson(a.login, a.id, a.bot === true ? 'Bot' : 'User', api);
}
