import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient, type ApiCall } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';

/** The fake's check-run endpoints, which the gate step's tests rely on, refuse what GitHub refuses. */
describe('fake GitHub check runs', () => {
  let gh: FakeGitHub;
  let api: ApiCall;
  let sha: string;
  const runs = '/repos/acme/app/check-runs';

  beforeAll(async () => {
    gh = await startFakeGitHub();
    gh.createRepo('acme/app');
    sha = gh.putFiles('acme/app', 'main', { 'README.md': 'app\n' });
    api = restClient(gh.url, gh.token);
  });
  afterAll(() => gh.close());

  it('creates, updates and lists check runs by name', async () => {
    const created = await api('POST', runs, { name: 'gate / a', head_sha: sha, status: 'in_progress', output: { title: 'Waiting', summary: 'md' } });
    expect(created.status).toBe(201);
    const run = created.data as { id: number; status: string; conclusion: string | null; completed_at: string | null };
    expect(run).toMatchObject({ status: 'in_progress', conclusion: null, completed_at: null });
    await api('POST', runs, { name: 'gate / b', head_sha: sha, conclusion: 'failure' });

    const updated = await api('PATCH', `${runs}/${run.id}`, { conclusion: 'success', output: { title: 'GATE_ALLOWED', summary: 'ok', text: 'details' } });
    expect(updated.status).toBe(200);
    expect(updated.data).toMatchObject({ id: run.id, status: 'completed', conclusion: 'success', output: { title: 'GATE_ALLOWED', summary: 'ok', text: 'details' } });

    const listed = await api('GET', `/repos/acme/app/commits/${sha}/check-runs?check_name=${encodeURIComponent('gate / a')}`);
    expect(listed.data).toMatchObject({ total_count: 1, check_runs: [{ id: run.id, name: 'gate / a', head_sha: sha }] });
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
