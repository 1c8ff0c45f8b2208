// Check runs ("REST API endpoints for check runs"): created, updated and listed as GitHub does,
// each naming the App that made it, and a completed run never moved back or flipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient, type ApiCall } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { installationToken, rsaKey } from './app-jwt.js';

const runs = '/repos/acme/app/check-runs';
const FACTSTORE = { appId: 31337, installationId: 42, slug: 'factstore' };
let gh: FakeGitHub;
let api: ApiCall;
let sha: string;
let asApp: ApiCall;

interface Run {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  completed_at: string | null;
  app: { id: number; slug: string };
}

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.createRepo('acme/app');
  sha = gh.putFiles('acme/app', 'main', { 'README.md': 'app\n' });
  api = restClient(gh.url, gh.token);
  const key = rsaKey();
  gh.addAppInstallation({ ...FACTSTORE, key });
  asApp = restClient(gh.url, await installationToken(gh, key, FACTSTORE.appId, FACTSTORE.installationId));
});
afterAll(() => gh.close());

const create = async (call: ApiCall, body: Record<string, unknown>): Promise<Run> => {
  const r = await call('POST', runs, { head_sha: sha, ...body });
  expect(r.status).toBe(201);
  return r.data as Run;
};

const listed = async (query: string): Promise<{ total_count: number; check_runs: Run[] }> => {
  const r = await api('GET', `/repos/acme/app/commits/${sha}/check-runs?${query}`);
  expect(r.status).toBe(200);
  return r.data as { total_count: number; check_runs: Run[] };
};

describe('fake GitHub check runs', () => {
  it('creates, updates and lists check runs by name', async () => {
    const run = await create(api, { name: 'gate / a', status: 'in_progress', output: { title: 'Waiting', summary: 'md' } });
    expect(run).toMatchObject({ status: 'in_progress', conclusion: null, completed_at: null });
    await create(api, { name: 'gate / b', conclusion: 'failure' });

    const updated = await api('PATCH', `${runs}/${run.id}`, { conclusion: 'success', output: { title: 'GATE_ALLOWED', summary: 'ok', text: 'details' } });
    expect(updated.status).toBe(200);
    expect(updated.data).toMatchObject({ id: run.id, status: 'completed', conclusion: 'success', output: { title: 'GATE_ALLOWED', summary: 'ok', text: 'details' } });

    expect(await listed(`check_name=${encodeURIComponent('gate / a')}`)).toMatchObject({ total_count: 1, check_runs: [{ id: run.id, name: 'gate / a', head_sha: sha }] });
    expect((await api('GET', `/repos/acme/app/commits/main/check-runs`)).data).toMatchObject({ total_count: 2 });
  });

  it('answers 422 for an unknown commit, a bad conclusion, completed without conclusion, and an output too long', async () => {
    const bad = [
      { name: 'x', head_sha: 'd'.repeat(40) },
      { name: 'x', head_sha: sha, conclusion: 'passed' },
      { name: 'x', head_sha: sha, status: 'completed' },
      { name: 'x', head_sha: sha, conclusion: 'success', output: { title: 't', summary: 'x'.repeat(65_536) } },
    ];
    const answers = await Promise.all(bad.map((body) => api('POST', runs, body)));
    expect(answers.map((a) => a.status)).toEqual([422, 422, 422, 422]);
    expect((answers[0]?.data as { message: string }).message).toBe(`No commit found for SHA: ${'d'.repeat(40)}`);
    // the enum and the length are GitHub's OpenAPI description's; the other two are GitHub's own rules
    expect(gh.takeSpecViolations().flatMap((v) => v.problems).sort()).toEqual([
      'body/conclusion must be one of ["action_required","cancelled","failure","neutral","success","skipped","stale","timed_out"]',
      'body/output/summary must NOT have more than 65535 characters',
    ]);
    expect((await api('PATCH', `${runs}/1`, { conclusion: 'success' })).status).toBe(404);
  });

  it('needs the Checks write permission to write, not to read', async () => {
    gh.addToken('ghs_readChecks', { contents: 'write', checks: 'read' });
    const reader = restClient(gh.url, 'ghs_readChecks');
    const refused = await reader('POST', runs, { name: 'x', head_sha: sha, conclusion: 'success' });
    expect(refused.status).toBe(403);
    expect((refused.data as { message: string }).message).toBe('Resource not accessible by integration');
    expect((await reader('GET', `/repos/acme/app/commits/${sha}/check-runs`)).status).toBe(200);
    expect((await restClient(gh.url, undefined)('POST', runs, { name: 'x', head_sha: sha })).status).toBe(404);
  });
});

describe('a completed check run', () => {
  it('cannot be moved back to queued or in_progress (422, as GitHub refuses it), and is left as it was', async () => {
    const run = await create(asApp, { name: 'rewind', conclusion: 'success', output: { title: 'GATE_ALLOWED', summary: 'ok' } });
    for (const status of ['in_progress', 'queued']) {
      const r = await asApp('PATCH', `${runs}/${run.id}`, { status, output: { title: 'Waiting', summary: 'again' } });
      expect(r.status).toBe(422);
      expect((r.data as { message: string }).message).toBe(`Invalid request.\n\nA completed check run cannot be moved back to "${status}".`);
    }
    expect(gh.checkRuns('acme/app').find((r) => r.id === run.id)).toMatchObject({ status: 'completed', conclusion: 'success', output: { title: 'GATE_ALLOWED', summary: 'ok' } });
  });

  it('keeps its conclusion: a flip is refused (the fake\'s rule); the same conclusion and a new output are taken', async () => {
    const run = await create(asApp, { name: 'flip', conclusion: 'success', output: { title: 'GATE_ALLOWED', summary: 'ok' } });
    const flipped = await asApp('PATCH', `${runs}/${run.id}`, { conclusion: 'failure' });
    expect(flipped.status).toBe(422);
    expect((flipped.data as { message: string }).message).toMatch(/conclusion of a completed check run cannot be changed from "success" to "failure"/);
    const same = await asApp('PATCH', `${runs}/${run.id}`, { status: 'completed', conclusion: 'success', output: { title: 'GATE_ALLOWED', summary: 'still ok' } });
    expect(same.status).toBe(200);
    expect(same.data).toMatchObject({ status: 'completed', conclusion: 'success', completed_at: run.completed_at, output: { summary: 'still ok' } });
  });

  it('an in-progress run may still complete with any conclusion', async () => {
    const run = await create(asApp, { name: 'finish', status: 'in_progress' });
    expect((await asApp('PATCH', `${runs}/${run.id}`, { status: 'queued' })).data).toMatchObject({ status: 'queued', conclusion: null });
    expect((await asApp('PATCH', `${runs}/${run.id}`, { conclusion: 'failure' })).data).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });
});

describe('the App that made a check run', () => {
  it('is the installation\'s App for its token, GitHub Actions (15368) for a plain token, and shows on the run', async () => {
    const mine = await create(asApp, { name: 'who', conclusion: 'success' });
    const actions = await create(api, { name: 'who', conclusion: 'success' });
    expect(mine.app).toMatchObject({ id: FACTSTORE.appId, slug: 'factstore' });
    expect(actions.app).toMatchObject({ id: 15368, slug: 'github-actions', name: 'GitHub Actions' });
    expect(gh.checkRuns('acme/app').find((r) => r.id === mine.id)?.app).toMatchObject({ id: FACTSTORE.appId, slug: 'factstore' });
  });

  it('alone may update it: another App\'s token is refused (the fake\'s rule)', async () => {
    const mine = await create(asApp, { name: 'owned', status: 'in_progress' });
    const r = await api('PATCH', `${runs}/${mine.id}`, { conclusion: 'success' });
    expect(r.status).toBe(403);
    expect(gh.checkRuns('acme/app').find((x) => x.id === mine.id)).toMatchObject({ status: 'in_progress' });
  });
});

describe('List check runs for a Git reference', () => {
  it('filters by app_id and check_name; filter=latest (the default) keeps the newest run of each name and App', async () => {
    const name = 'Factstore gate / listed';
    const older = await create(asApp, { name, conclusion: 'failure' });
    const newer = await create(asApp, { name, conclusion: 'success' });
    const other = await create(api, { name, conclusion: 'failure' });
    const q = `check_name=${encodeURIComponent(name)}`;
    expect((await listed(`${q}&app_id=${FACTSTORE.appId}`)).check_runs.map((r) => r.id)).toEqual([newer.id]);
    expect((await listed(`${q}&app_id=${FACTSTORE.appId}&filter=all`)).check_runs.map((r) => r.id)).toEqual([newer.id, older.id]);
    expect((await listed(`${q}&app_id=15368`)).check_runs.map((r) => [r.id, r.app.slug])).toEqual([[other.id, 'github-actions']]);
    expect((await listed(q)).check_runs.map((r) => r.id)).toEqual([other.id, newer.id]);
    expect((await listed(`${q}&app_id=999`)).total_count).toBe(0);
  });

  it('filters by status, pages with per_page and a Link header, and refuses values GitHub does not take', async () => {
    const name = 'paged';
    for (let i = 0; i < 5; i++) await create(asApp, { name: `${name}-${i}`, ...(i % 2 === 0 ? { status: 'in_progress' } : { conclusion: 'success' }) });
    const app = `app_id=${FACTSTORE.appId}`;
    const progress = await listed(`${app}&status=in_progress`);
    expect(progress.check_runs.every((r) => r.status === 'in_progress')).toBe(true);
    expect(progress.check_runs.filter((r) => r.name.startsWith(name)).map((r) => r.name)).toEqual(['paged-4', 'paged-2', 'paged-0']);
    const first = await api('GET', `/repos/acme/app/commits/${sha}/check-runs?${app}&status=completed&per_page=2`);
    const page = first.data as { total_count: number; check_runs: Run[] };
    expect(page.check_runs).toHaveLength(2);
    expect(page.total_count).toBeGreaterThan(2);
    expect(first.headers.get('link')).toMatch(/page=2>; rel="next"/);
    for (const bad of ['status=done', 'filter=newest', 'app_id=factstore']) {
      expect((await api('GET', `/repos/acme/app/commits/${sha}/check-runs?${bad}`)).status).toBe(422);
    }
    expect(gh.takeSpecViolations().flatMap((v) => v.problems)).toEqual(['parameter status must be one of ["queued","in_progress","completed"]', 'parameter filter must be one of ["latest","all"]', 'parameter app_id must be integer']);
  });
});
