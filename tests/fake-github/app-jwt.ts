// JWTs as @octokit/auth-app makes them, and installation tokens minted with them, for the fake's tests.
import { createSign, generateKeyPairSync } from 'node:crypto';
import { restClient } from '../helpers/fake-github/client.js';
import type { FakeGitHub } from '../helpers/fake-github/index.js';

export const rsaKey = (): string => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

/** RS256 over the claims, signed with `key`. */
export function jwt(key: string, claims: Record<string, unknown>): string {
  const part = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}`;
  return `${head}.${createSign('RSA-SHA256').update(head).sign(key).toString('base64url')}`;
}

const now = (): number => Math.floor(Date.now() / 1000) - 30;

/** iat 30 s back, exp 10 minutes later, iss the App id. */
export const validClaims = (iss: number): Record<string, unknown> => ({ iat: now(), exp: now() + 600, iss });

/** An installation token of the App, as the App gets one. */
export async function installationToken(gh: FakeGitHub, key: string, appId: number, installationId: number): Promise<string> {
  const r = await restClient(gh.url, undefined)('POST', `/app/installations/${installationId}/access_tokens`, undefined, { authorization: `Bearer ${jwt(key, validClaims(appId))}` });
  if (r.status !== 201) throw new Error(`no installation token: ${r.status}`);
  return (r.data as { token: string }).token;
}
