// Issues, issue comments and pull requests, in GitHub's documented shapes ("REST API endpoints for
// issues", "… for issue comments", "… for pull requests").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient, type ApiCall } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { installationToken, rsaKey } from './app-jwt.js';

const REPO = '/repos/acme/app';
let gh: FakeGitHub;
let api: ApiCall;
let main: string;
let head: string;

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.createRepo('acme/app');
  main = gh.putFiles('acme/app', 'main', { 'README.md': 'app\n' });
  gh.putFiles('acme/app', 'feature', { 'README.md': 'app\n' });
  gh.setRef('acme/app', 'heads/feature', main);
  gh.putFiles('acme/app', 'feature', { 'a.txt': 'a\n' });
  head = gh.putFiles('acme/app', 'feature', { 'b.txt': 'b\n' });
  api = restClient(gh.url, gh.token);
});
afterAll(() => gh.close());

describe('pull requests', () => {
  it('get a pull request: number, state, head and base with their refs and shas', async () => {
    expect(gh.openPullRequest('acme/app', { number: 12, headSha: head, headRef: 'feature', title: 'Add b' })).toBe(12);
    const r = await api('GET', `${REPO}/pulls/12`);
    expect(r.status).toBe(200);
    expect(r.data).toMatchObject({
      number: 12,
      state: 'open',
      title: 'Add b',
      merged: false,
      draft: false,
      user: { login: 'octocat', type: 'User' },
      head: { ref: 'feature', sha: head, label: 'acme:feature', repo: { full_name: 'acme/app' } },
      base: { ref: 'main', sha: main, repo: { full_name: 'acme/app' } },
      html_url: 'https://github.com/acme/app/pull/12',
    });
    expect((await api('GET', `${REPO}/pulls/13`)).status).toBe(404);
  });

  it('lists the open pull requests of a commit: its head and the commits it adds, not its base', async () => {
    const first = gh.repository('acme/app').commit(head)?.parents[0] ?? '';
    const listed = async (sha: string): Promise<number[]> => ((await api('GET', `${REPO}/commits/${sha}/pulls`)).data as { number: number }[]).map((p) => p.number);
    expect(await listed(head)).toEqual([12]);
    expect(await listed(first)).toEqual([12]);
    expect(await listed(main)).toEqual([]);
    expect((await api('GET', `${REPO}/commits/${'d'.repeat(40)}/pulls`)).status).toBe(422);
    // a push moves the head
    const next = gh.putFiles('acme/app', 'feature', { 'c.txt': 'c\n' });
    gh.openPullRequest('acme/app', { number: 12, headSha: next, headRef: 'feature' });
    expect(await listed(next)).toEqual([12]);
    expect((await api('GET', `${REPO}/pulls/12`)).data).toMatchObject({ head: { sha: next } });
  });
});

describe('issue comments', () => {
  it('creates, lists (paged, with a Link header) and edits comments on a pull request', async () => {
    const created = await api('POST', `${REPO}/issues/12/comments`, { body: 'first' });
    expect(created.status).toBe(201);
    const c = created.data as { id: number };
    expect(created.data).toMatchObject({ body: 'first', user: { login: 'fake-bot' }, issue_url: `${gh.url}${REPO}/issues/12`, html_url: `https://github.com/acme/app/pull/12#issuecomment-${c.id}` });
    await api('POST', `${REPO}/issues/12/comments`, { body: 'second' });
    const page1 = await api('GET', `${REPO}/issues/12/comments?per_page=1`);
    expect((page1.data as { body: string }[]).map((x) => x.body)).toEqual(['first']);
    expect(page1.headers.get('link')).toContain('rel="next"');
    const edited = await api('PATCH', `${REPO}/issues/comments/${c.id}`, { body: 'edited' });
    expect(edited).toMatchObject({ status: 200, data: { id: c.id, body: 'edited' } });
    expect(gh.comments('acme/app', 12).map((x) => x.body)).toEqual(['edited', 'second']);
    expect((await api('PATCH', `${REPO}/issues/comments/1`, { body: 'x' })).status).toBe(404);
    expect((await api('POST', `${REPO}/issues/99/comments`, { body: 'x' })).status).toBe(404);
    expect((await api('POST', `${REPO}/issues/12/comments`, {})).status).toBe(422);
    expect(gh.takeSpecViolations().flatMap((v) => v.problems)).toEqual(["body must have required property 'body'"]);
  });

  it('a comment written with an App installation token is the App\'s bot and names the App; a user\'s names none', async () => {
    const key = rsaKey();
    gh.addAppInstallation({ appId: 31337, key, installationId: 42, slug: 'factstore' });
    const app = restClient(gh.url, await installationToken(gh, key, 31337, 42));
    const mine = await app('POST', `${REPO}/issues/12/comments`, { body: 'from the App' });
    expect(mine.data).toMatchObject({ user: { login: 'factstore[bot]', type: 'Bot' }, performed_via_github_app: { id: 31337, slug: 'factstore' } });
    gh.addToken('ghp_mallory', { contents: 'read', issues: 'write', login: 'mallory' });
    const theirs = await restClient(gh.url, 'ghp_mallory')('POST', `${REPO}/issues/12/comments`, { body: 'from a user' });
    expect(theirs.data).toMatchObject({ user: { login: 'mallory', type: 'User' }, performed_via_github_app: null });
    const listed = (await api('GET', `${REPO}/issues/12/comments?per_page=100`)).data as { body: string; performed_via_github_app: { id: number } | null }[];
    expect(listed.filter((c) => c.performed_via_github_app?.id === 31337).map((c) => c.body)).toEqual(['from the App']);
  });

  it('needs Issues: write (or Pull requests: write on a pull request) to write', async () => {
    gh.addToken('ghs_readOnly', { contents: 'read' });
    gh.addToken('ghs_pulls', { contents: 'read', pullRequests: 'write' });
    const refused = await restClient(gh.url, 'ghs_readOnly')('POST', `${REPO}/issues/12/comments`, { body: 'x' });
    expect(refused).toMatchObject({ status: 403, data: { message: 'Resource not accessible by integration' } });
    expect((await restClient(gh.url, 'ghs_readOnly')('GET', `${REPO}/issues/12/comments`)).status).toBe(200);
    expect((await restClient(gh.url, 'ghs_pulls')('POST', `${REPO}/issues/12/comments`, { body: 'x' })).status).toBe(201);
    expect((await restClient(gh.url, 'ghs_pulls')('POST', `${REPO}/issues`, { title: 'x' })).status).toBe(403);
  });
});

describe('issues', () => {
  it('creates issues with labels and lists them by state and labels, pull requests included', async () => {
    const created = await api('POST', `${REPO}/issues`, { title: 'Facts branch alarm', body: 'tampered', labels: ['factstore-alarm'] });
    expect(created.status).toBe(201);
    const number = (created.data as { number: number }).number;
    expect(number).toBe(13);
    expect(created.data).toMatchObject({ title: 'Facts branch alarm', body: 'tampered', state: 'open', labels: [{ name: 'factstore-alarm' }], user: { login: 'fake-bot' } });
    expect(created.data).not.toHaveProperty('pull_request');
    await api('POST', `${REPO}/issues`, { title: 'Other', labels: ['bug'] });
    const byLabel = (await api('GET', `${REPO}/issues?labels=factstore-alarm&state=open`)).data as { number: number }[];
    expect(byLabel.map((i) => i.number)).toEqual([13]);
    const all = (await api('GET', `${REPO}/issues`)).data as { number: number; pull_request?: unknown }[];
    expect(all.map((i) => i.number)).toEqual([14, 13, 12]);
    expect(all[2]?.pull_request).toMatchObject({ url: `${gh.url}${REPO}/pulls/12` });
    const closed = await api('PATCH', `${REPO}/issues/13`, { state: 'closed' });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect((await api('GET', `${REPO}/issues?labels=factstore-alarm`)).data).toEqual([]);
    expect(((await api('GET', `${REPO}/issues?labels=factstore-alarm&state=closed`)).data as unknown[]).length).toBe(1);
    expect((await api('POST', `${REPO}/issues`, { body: 'no title' })).status).toBe(422);
    expect(gh.takeSpecViolations().flatMap((v) => v.problems)).toEqual(["body must have required property 'title'"]);
  });

  it('refuses an issue or comment body over 65,536 characters, as GitHub does, and takes one at the limit', async () => {
    const at = 'x'.repeat(65_536);
    const over = `${at}y`;
    const created = await api('POST', `${REPO}/issues`, { title: 'Long', body: at });
    expect(created.status).toBe(201);
    const number = (created.data as { number: number }).number;
    const refused = await api('POST', `${REPO}/issues`, { title: 'Too long', body: over });
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({ message: expect.stringContaining('body is too long (maximum is 65536 characters)') as string });
    expect((await api('PATCH', `${REPO}/issues/${number}`, { body: over })).status).toBe(422);
    expect((await api('POST', `${REPO}/issues/${number}/comments`, { body: over })).status).toBe(422);
    const comment = await api('POST', `${REPO}/issues/${number}/comments`, { body: at });
    expect(comment.status).toBe(201);
    expect((await api('PATCH', `${REPO}/issues/comments/${(comment.data as { id: number }).id}`, { body: over })).status).toBe(422);
    // characters, not UTF-16 units: an emoji is one
    expect((await api('POST', `${REPO}/issues/${number}/comments`, { body: '😀'.repeat(65_536) })).status).toBe(201);
    expect(gh.takeSpecViolations().map((v) => v.operation)).toEqual(['issues/create', 'issues/update', 'issues/create-comment', 'issues/update-comment']);
  });
});
