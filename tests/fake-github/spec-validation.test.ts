// Every request the fake receives is checked against GitHub's published OpenAPI description
// (@octokit/openapi) and the limits GitHub states in prose; what GitHub would refuse is refused
// here too, and recorded, so the test that sent it fails even when the client swallows the error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient, type ApiCall } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { specDescription } from '../helpers/fake-github/spec-description.js';
import { specCheckedFetch } from '../helpers/fake-github/spec-checked-fetch.js';
import { SpecRoutes } from '../helpers/fake-github/spec-routes.js';
import { failOnSpecViolations } from '../helpers/fake-github/spec-violations.js';

const REPO = '/repos/acme/app';
let gh: FakeGitHub;
let api: ApiCall;
let main: string;
let tree: string;

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.createRepo('acme/app');
  main = gh.putFiles('acme/app', 'main', { 'README.md': 'app\n' });
  api = restClient(gh.url, gh.token);
  tree = ((await api('GET', `${REPO}/git/commits/${main}`)).data as { tree: { sha: string } }).tree.sha;
});
afterAll(() => gh.close());

/** Sends one request and expects it refused with `status`, its message and the recorded violation naming `problem`. */
async function refused(status: number, problem: string, method: string, path: string, body?: unknown): Promise<void> {
  const answer = await api(method, path, body);
  expect(answer.status).toBe(status);
  expect((answer.data as { message: string }).message).toContain(problem);
  const violations = gh.takeSpecViolations();
  expect(violations).toHaveLength(1);
  expect(violations[0]?.problems.join('\n')).toContain(problem);
}

describe('requests GitHub would refuse are refused and recorded', () => {
  it('an unknown route', async () => {
    await refused(404, `GET ${REPO}/git/nope is not a route GitHub documents`, 'GET', `${REPO}/git/nope`);
    await refused(404, `DELETE ${REPO}/git/commits/${main} is not a route GitHub documents`, 'DELETE', `${REPO}/git/commits/${main}`);
  });

  it('an unknown query parameter, a mistyped path parameter and per_page over its maximum', async () => {
    await refused(422, 'query parameter "branch" is not documented', 'GET', `${REPO}/commits?branch=main`);
    await refused(422, 'parameter check_run_id must be integer', 'PATCH', `${REPO}/check-runs/abc`, { status: 'completed' });
    await refused(422, 'query/per_page is 250; GitHub takes at most 100', 'GET', `${REPO}/compare/main...main?per_page=250`);
  });

  it('a wrong enum value', async () => {
    await refused(422, 'parameter state must be one of ["open","closed","all"]', 'GET', `${REPO}/issues?state=opened`);
  });

  it('a body with a mistyped field, a missing one, or an undocumented property where the schema allows none', async () => {
    await refused(422, 'body/content must be string', 'POST', `${REPO}/git/blobs`, { content: 7 });
    await refused(422, "body must have required property 'tree'", 'POST', `${REPO}/git/commits`, { message: 'm' });
    await refused(422, 'body/issue_field_values/0 has "colour", which is not a documented property', 'POST', `${REPO}/issues`, { title: 't', issue_field_values: [{ field_id: 1, value: 'x', colour: 'red' }] });
  });

  it('a commit date with fractional seconds (GitHub documents YYYY-MM-DDTHH:MM:SSZ)', async () => {
    const author = { name: 'A', email: 'a@example.com', date: '2026-01-02T03:04:05.123Z' };
    await refused(422, 'body/author/date "2026-01-02T03:04:05.123Z" is not YYYY-MM-DDTHH:MM:SSZ', 'POST', `${REPO}/git/commits`, { message: 'm', tree, author });
  });

  it('51 annotations in one request', async () => {
    const annotation = { path: 'README.md', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' };
    const output = { title: 't', summary: 's', annotations: Array.from({ length: 51 }, () => annotation) };
    await refused(422, 'body/output/annotations must NOT have more than 50 items', 'POST', `${REPO}/check-runs`, { name: 'x', head_sha: main, output });
  });

  it('a comment of 65,537 characters', async () => {
    const issue = (await api('POST', `${REPO}/issues`, { title: 'long' })).data as { number: number };
    await refused(422, 'body/body is too long (maximum is 65536 characters)', 'POST', `${REPO}/issues/${issue.number}/comments`, { body: 'x'.repeat(65_537) });
  });
});

describe('requests GitHub takes', () => {
  it('pass, and record nothing', async () => {
    const author = { name: 'A', email: 'a@example.com', date: '2026-01-02T03:04:05Z' };
    const commit = await api('POST', `${REPO}/git/commits`, { message: 'm', tree, parents: [main], author, committer: { ...author, date: '2026-01-02T15:04:05+12:00' } });
    expect(commit.status).toBe(201);
    expect((await api('GET', `${REPO}/git/ref/heads/main`)).status).toBe(200);
    expect((await api('GET', `${REPO}/compare/main...main?per_page=100&page=1`)).status).toBe(200);
    expect((await api('GET', `${REPO}/contents/README.md?ref=main`)).status).toBe(200);
    const annotation = { path: 'README.md', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' };
    const run = await api('POST', `${REPO}/check-runs`, { name: 'x', head_sha: main, output: { title: 't', summary: 's', annotations: Array.from({ length: 50 }, () => annotation) } });
    expect(run.status).toBe(201);
    expect(gh.specViolations()).toEqual([]);
  });

  it('finds the route through templated and multi-segment parameters', () => {
    const routes = new SpecRoutes(specDescription());
    expect(routes.find('GET', `${REPO}/git/ref/heads/feature/x`)).toMatchObject({ operation: { operationId: 'git/get-ref' }, params: { ref: 'heads/feature/x' } });
    expect(routes.find('GET', `${REPO}/commits/heads%2Fmain/check-runs`)).toMatchObject({ operation: { operationId: 'checks/list-for-ref' }, params: { ref: 'heads/main' } });
    expect(routes.find('GET', `${REPO}/contents/a/b%20c.txt`)).toMatchObject({ operation: { operationId: 'repos/get-content' }, params: { path: 'a/b c.txt' } });
    // the description has both `compare/{base}...{head}` and `compare/{basehead}` (which may span segments)
    expect(routes.find('GET', `${REPO}/compare/a...b`)).toMatchObject({ operation: { operationId: 'repos/compare-commits' }, params: { base: 'a', head: 'b' } });
    expect(routes.find('GET', `${REPO}/compare/heads/a...b`)).toMatchObject({ operation: { operationId: 'repos/compare-commits-with-basehead' }, params: { basehead: 'heads/a...b' } });
    expect(routes.find('POST', `${REPO}/git/ref/heads/main`)).toBeUndefined();
  });
});

describe('the check can fail a test', () => {
  it('throws after the test, and on close, for violations no test took', async () => {
    const other = await startFakeGitHub();
    other.createRepo('acme/app');
    await restClient(other.url, other.token)('GET', `${REPO}/issues?state=opened`);
    expect(() => failOnSpecViolations()).toThrow(/1 request\(s\) to http:\/\/127\.0\.0\.1:\d+ refused: GitHub's OpenAPI description does not allow them:\n {2}GET \/repos\/acme\/app\/issues \(issues\/list-for-repo\): parameter state must be one of/);
    // seen once: the next check has nothing new, and close() has nothing left
    expect(() => failOnSpecViolations()).not.toThrow();
    await restClient(other.url, other.token)('POST', `${REPO}/git/blobs`, { content: 7 });
    await expect(other.close()).rejects.toThrow(/POST \/repos\/acme\/app\/git\/blobs \(git\/create-blob\): body\/content must be string/);
  });

  it('checks requests made through specCheckedFetch too (clients tested with nock): refused ones answered and recorded, others sent on', async () => {
    const checked = specCheckedFetch('http://127.0.0.1:9/api/v3');
    const refusedHere = await checked('http://127.0.0.1:9/api/v3/repos/acme/app/issues?state=opened', { method: 'GET' });
    expect(refusedHere.status).toBe(422);
    expect(((await refusedHere.json()) as { message: string }).message).toContain('parameter state must be one of ["open","closed","all"]');
    expect(() => failOnSpecViolations()).toThrow(/to http:\/\/127\.0\.0\.1:9\/api\/v3 \(through specCheckedFetch\) refused/);
    // a request GitHub takes goes on to the network, where nothing listens on port 9
    await expect(checked('http://127.0.0.1:9/api/v3/repos/acme/app/issues?state=open', { method: 'GET' })).rejects.toThrow(/fetch failed/);
  });
});
