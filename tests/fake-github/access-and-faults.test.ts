// Who may do what (401/403/404), empty repositories (409), injected faults and the request log.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient, type ApiCall } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';

let gh: FakeGitHub;
let api: ApiCall;
let tip: string;

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.createRepo('acme/app');
  gh.createRepo('acme/public', { private: false });
  gh.createRepo('acme/other');
  tip = gh.putFiles('acme/app', 'main', { 'README.md': 'app\n' });
  gh.putFiles('acme/public', 'main', { 'README.md': 'public\n' });
  gh.putFiles('acme/other', 'main', { 'README.md': 'other\n' });
  gh.addToken('reader', { contents: 'read', login: 'reader-bot' });
  gh.addToken('scoped', { contents: 'write', repos: ['acme/app'] });
  api = restClient(gh.url, gh.token);
});
afterAll(() => gh.close());

describe('authentication and permissions', () => {
  it('answers 401 "Bad credentials" to an unknown token, even on a public repository', async () => {
    for (const repo of ['acme/app', 'acme/public']) {
      const r = await restClient(gh.url, 'nope')('GET', `/repos/${repo}/git/ref/heads/main`);
      expect(r.status).toBe(401);
      expect(r.data).toMatchObject({ message: 'Bad credentials' });
    }
  });

  it('hides a private repository from a request without a token, and lets it read a public one', async () => {
    const anonymous = restClient(gh.url, undefined);
    expect((await anonymous('GET', '/repos/acme/app/git/ref/heads/main')).status).toBe(404);
    expect((await anonymous('GET', '/repos/acme/public/git/ref/heads/main')).status).toBe(200);
    expect((await anonymous('POST', '/repos/acme/public/git/blobs', { content: 'x' })).data).toMatchObject({ message: 'Requires authentication' });
  });

  it('accepts "token X" and "Bearer X"', async () => {
    const r = await api('GET', '/repos/acme/app', undefined, { authorization: `Bearer ${gh.token}` });
    expect(r.data).toMatchObject({ full_name: 'acme/app', default_branch: 'main', private: true });
  });

  it('lets a read token read and answers its writes 403 "Resource not accessible by integration"', async () => {
    const reader = restClient(gh.url, 'reader');
    expect((await reader('GET', '/repos/acme/app/contents/README.md')).status).toBe(200);
    const writes: [string, string, unknown][] = [
      ['POST', '/git/blobs', { content: 'x' }],
      ['POST', '/git/trees', { tree: [] }],
      ['PATCH', '/git/refs/heads/main', { sha: tip }],
      ['POST', '/git/refs', { ref: 'refs/heads/x', sha: tip }],
      ['PUT', '/contents/x.txt', { message: 'm', content: 'eA==' }],
    ];
    for (const [method, path, body] of writes) {
      const r = await reader(method, `/repos/acme/app${path}`, body);
      expect(r.status).toBe(403);
      expect(r.data).toMatchObject({ message: 'Resource not accessible by integration' });
    }
  });

  it('shows a token limited to some repositories nothing of the others', async () => {
    const scoped = restClient(gh.url, 'scoped');
    expect((await scoped('GET', '/repos/acme/app')).status).toBe(200);
    expect((await scoped('GET', '/repos/acme/other')).status).toBe(404);
  });
});

describe('another process', () => {
  it('reaches the fake through GITHUB_API_URL and GITHUB_TOKEN (spawned asynchronously: the fake runs in this process)', async () => {
    const script = "fetch(process.env.GITHUB_API_URL + '/repos/acme/app/git/ref/heads/main', { headers: { authorization: 'token ' + process.env.GITHUB_TOKEN } }).then((r) => r.json()).then((j) => console.log(j.object.sha))";
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { env: { ...process.env, GITHUB_API_URL: gh.url, GITHUB_TOKEN: gh.token } });
    expect(stdout.trim()).toBe(tip);
  });
});

describe('an empty repository (no branch yet)', () => {
  it('answers the Git Data API and list commits with 409 "Git Repository is empty.", contents with 404', async () => {
    gh.createRepo('acme/empty', { defaultBranch: 'trunk' });
    const calls: [string, string, unknown][] = [
      ['GET', '/git/ref/heads/trunk', undefined],
      ['GET', '/git/matching-refs/heads', undefined],
      ['POST', '/git/blobs', { content: 'x' }],
      ['POST', '/git/trees', { tree: [] }],
      ['POST', '/git/commits', { message: 'm', tree: '4b825dc642cb6eb9a060e54bf8d69288fbee4904' }],
      ['POST', '/git/refs', { ref: 'refs/heads/trunk', sha: 'f'.repeat(40) }],
      ['GET', '/commits', undefined],
    ];
    for (const [method, path, body] of calls) {
      const r = await api(method, `/repos/acme/empty${path}`, body);
      expect([path, r.status, r.data]).toMatchObject([path, 409, { message: 'Git Repository is empty.' }]);
    }
    expect((await api('GET', '/repos/acme/empty')).data).toMatchObject({ default_branch: 'trunk', size: 0 });
    expect((await api('GET', '/repos/acme/empty/contents/README.md')).data).toMatchObject({ message: 'This repository is empty.' });
  });

  it('takes its first commit through the contents API, on the default branch', async () => {
    gh.createRepo('acme/seeded');
    const r = await api('PUT', '/repos/acme/seeded/contents/README.md', { message: 'Initial commit', content: Buffer.from('# seeded\n').toString('base64') });
    expect(r.status).toBe(201);
    expect(r.data).toMatchObject({ content: { path: 'README.md', type: 'file' }, commit: { parents: [], message: 'Initial commit' } });
    expect((await api('GET', '/repos/acme/seeded/git/ref/heads/main')).data).toMatchObject({ object: { sha: (r.data as { commit: { sha: string } }).commit.sha } });
    expect(gh.readFile('acme/seeded', 'main', 'README.md')?.toString()).toBe('# seeded\n');
  });
});

describe('injected faults', () => {
  it('fails the next n requests with a server error, then answers again', async () => {
    gh.failNext(2, { status: 502 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await api('GET', '/repos/acme/app/git/ref/heads/main')).status);
    expect(statuses).toEqual([502, 502, 200]);
  });

  it('answers a secondary rate limit as GitHub does: 403, retry-after, a remaining quota', async () => {
    gh.failNext(1, { status: 403, rateLimit: true, retryAfter: 2 });
    const r = await api('GET', '/repos/acme/app/git/ref/heads/main');
    expect(r.status).toBe(403);
    expect(r.headers.get('retry-after')).toBe('2');
    expect(r.headers.get('x-ratelimit-remaining')).not.toBe('0');
    expect((r.data as { message: string }).message).toMatch(/secondary rate limit/);
  });

  it('fails only the requests it names, and can let a write happen before losing its answer', async () => {
    gh.setRef('acme/app', 'heads/lost', tip);
    const next = gh.putFiles('acme/app', 'scratch', { 'n.txt': 'n\n' });
    gh.failNext(1, { status: 500, method: 'PATCH', path: /\/git\/refs\//, applied: true });
    // a read is not what the fault names
    expect((await api('GET', '/repos/acme/app/git/ref/heads/lost')).status).toBe(200);
    const r = await api('PATCH', '/repos/acme/app/git/refs/heads/lost', { sha: next, force: true });
    expect(r.status).toBe(500);
    expect(gh.ref('acme/app', 'heads/lost')).toBe(next);
    expect(gh.requests.at(-1)).toMatchObject({ operation: 'git.updateRef', status: 500, injected: true });
  });
});

describe('the request log', () => {
  it('records method, decoded path, Octokit operation, status, login and JSON body', async () => {
    gh.resetRequests();
    await api('POST', '/repos/acme/app/git/blobs', { content: 'logged' });
    await api('GET', '/repos/acme/app/commits?sha=heads%2Fmain&per_page=1');
    expect(gh.requests).toEqual([
      { method: 'POST', path: '/repos/acme/app/git/blobs', query: {}, operation: 'git.createBlob', status: 201, body: { content: 'logged' }, login: 'fake-bot' },
      { method: 'GET', path: '/repos/acme/app/commits', query: { sha: 'heads/main', per_page: '1' }, operation: 'repos.listCommits', status: 200, login: 'fake-bot' },
    ]);
  });
});
