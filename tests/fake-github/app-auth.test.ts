// GitHub App authentication: a JWT signed with the App's key gets an installation token with the
// installation's permissions (GitHub Docs: "Create an installation access token for an app"), or
// the App itself ("Get the authenticated app").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { jwt, rsaKey as rsa, validClaims as valid } from './app-jwt.js';

const appKey = rsa();
const now = (): number => Math.floor(Date.now() / 1000) - 30;

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.createRepo('acme/app');
  gh.putFiles('acme/app', 'main', { 'README.md': 'app\n' });
  gh.addAppInstallation({ appId: 7, key: appKey, installationId: 70, slug: 'factstore', permissions: { contents: 'read', checks: 'write', issues: 'write', metadata: 'read' } });
});
afterAll(() => gh.close());

describe('installation access tokens', () => {
  it('answers 201 with a token, its expiry and the installation permissions, and the token acts as the bot', async () => {
    const r = await restClient(gh.url, undefined)('POST', '/app/installations/70/access_tokens', undefined, { authorization: `Bearer ${jwt(appKey, valid(7))}` });
    expect(r.status).toBe(201);
    const data = r.data as { token: string; expires_at: string; permissions: Record<string, string>; repository_selection: string };
    expect(data).toMatchObject({ permissions: { contents: 'read', checks: 'write', issues: 'write', metadata: 'read' }, repository_selection: 'all' });
    expect(data.token).toMatch(/^ghs_/);
    expect(Date.parse(data.expires_at) - Date.now()).toBeGreaterThan(50 * 60_000);
    const api = restClient(gh.url, data.token);
    const run = await api('POST', '/repos/acme/app/check-runs', { name: 'x', head_sha: gh.ref('acme/app', 'heads/main'), conclusion: 'success' });
    expect(run.status).toBe(201);
    // contents: read only
    expect((await api('PUT', '/repos/acme/app/contents/x.txt', { message: 'm', content: 'eA==' })).status).toBe(403);
    expect(gh.requests.find((q) => q.operation === 'apps.createInstallationAccessToken')).toMatchObject({ status: 201 });
    expect(gh.requests.at(-1)).toMatchObject({ login: 'factstore[bot]' });
  });

  it('refuses a JWT signed by another key, an expired one, or one for another installation', async () => {
    const call = (path: string, token: string): Promise<number> => restClient(gh.url, undefined)('POST', path, undefined, { authorization: `Bearer ${token}` }).then((r) => r.status);
    const forged = await restClient(gh.url, undefined)('POST', '/app/installations/70/access_tokens', undefined, { authorization: `Bearer ${jwt(rsa(), valid(7))}` });
    expect(forged).toMatchObject({ status: 401, data: { message: 'A JSON web token could not be decoded' } });
    expect(await call('/app/installations/70/access_tokens', jwt(appKey, { iat: now() - 1200, exp: now() - 600, iss: 7 }))).toBe(401);
    expect(await call('/app/installations/70/access_tokens', 'not-a-jwt')).toBe(401);
    expect(await call('/app/installations/71/access_tokens', jwt(appKey, valid(7)))).toBe(404);
    expect(await call('/app/installations/70/access_tokens', jwt(appKey, valid(8)))).toBe(404);
  });
});

describe('the authenticated app', () => {
  it('GET /app with the App\'s JWT answers its id and slug; anything else is a 401', async () => {
    const call = (authorization: string) => restClient(gh.url, undefined)('GET', '/app', undefined, { authorization });
    const r = await call(`Bearer ${jwt(appKey, valid(7))}`);
    expect(r.status).toBe(200);
    expect(r.data).toMatchObject({ id: 7, slug: 'factstore', html_url: 'https://github.com/apps/factstore', owner: { type: 'Organization' } });
    expect(gh.requests.at(-1)).toMatchObject({ operation: 'apps.getAuthenticated', status: 200 });
    expect((await call(`Bearer ${jwt(rsa(), valid(7))}`)).status).toBe(401);
    expect((await call(`Bearer ${jwt(appKey, valid(8))}`)).status).toBe(401);
    expect((await call(`token ${gh.token}`)).status).toBe(401);
  });
});
