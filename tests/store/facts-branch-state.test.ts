// The state the deciding App keeps where branch writers cannot write: check runs on the facts
// branch's first commit (the high-water mark among them), against the stateful fake of GitHub through
// a real Octokit: what is read, what is written, and what a missing permission turns into.
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { FactsBranchState, HIGH_WATER_RUN } from '../../src/core/store/github/facts-branch-state.js';
import { GitHubStore } from '../../src/core/store/github/github-store.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { testKey } from '../helpers/git.js';

const ACTIONS_APP = 15368; // a plain token's check runs belong to GitHub Actions' App
const key = testKey('ci@acme');
let gh: FakeGitHub;
let repos = 0;

beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.close();
});

async function repoWithFacts(writes: number): Promise<{ repo: string; first: string | undefined; tip: string | undefined }> {
  const name = `facts-state-${++repos}`;
  gh.createRepo(`acme/${name}`);
  gh.putFiles(`acme/${name}`, 'main', { 'README.md': '# facts\n' });
  const store = new GitHubStore({ request: getOctokit(gh.token, { baseUrl: gh.url }).request, owner: 'acme', repo: name, signer: sshSigner(key.privateKey) });
  let first: string | undefined;
  for (let i = 0; i < writes; i++) {
    const r = await store.append({ facts: [makeFact({ kind: 'trail', flow: 'payments', trail: `t${i}`, actor: 'ci', ts: new Date(Date.UTC(2026, 10, 23, 10, 0, i)).toISOString() })] });
    first ??= r.commit;
  }
  return { repo: name, first, tip: await store.tip() };
}

function state(repo: string, options: { roots?: Map<string, string>; token?: string } = {}) {
  return new FactsBranchState({
    request: getOctokit(options.token ?? gh.token, { baseUrl: gh.url }).request,
    facts: { owner: 'acme', repo, branch: 'factstore' },
    appId: () => Promise.resolve(ACTIONS_APP),
    who: 'the workflow gate',
    ...(options.roots !== undefined ? { roots: options.roots } : {}),
  });
}

describe('the facts branch state', () => {
  it('keeps the high-water mark as a check run on the branch\'s first commit, and reads it back', async () => {
    const { repo, first, tip } = await repoWithFacts(3);
    const s = state(repo);
    const mark = s.highWaterMark();
    expect(mark.where).toBe(`the "Factstore high-water mark" check run of the workflow gate on the first commit of acme/${repo}:factstore`);
    expect(await mark.read()).toBeUndefined();
    await mark.advance(tip ?? '');
    const runs = gh.checkRuns(`acme/${repo}`);
    expect(runs.map((r) => [r.name, r.head_sha, r.status, r.conclusion, r.external_id])).toEqual([[HIGH_WATER_RUN, first, 'completed', 'success', tip]]);
    expect(runs[0]?.output).toMatchObject({
      title: `Decided up to facts commit ${(tip ?? '').slice(0, 7)}`,
      summary: `The newest facts commit a decision was taken on is \`${tip ?? ''}\`. Every later decision checks that the tip of \`factstore\` still descends from it: a rollback or a rewrite below it fails closed.`,
    });
    // written, then read again: the state does not keep what it read before the write
    expect(await mark.read()).toBe(tip);
    expect(await state(repo).highWaterMark().read()).toBe(tip);
  });

  it('reads the newest run of each name once, and only runs whose external id is a commit count as a mark', async () => {
    const { repo } = await repoWithFacts(1);
    const s = state(repo);
    await s.write('Factstore alarm', { conclusion: 'failure', external_id: 'x', title: 'alarm', summary: 'rewound', text: 'details' });
    await s.write('Factstore alarm', { conclusion: 'neutral', external_id: 'y', title: 'quiet', summary: 'ok' });
    await s.write(HIGH_WATER_RUN, { conclusion: 'success', external_id: 'not-a-commit', title: 't', summary: 's' });
    gh.resetRequests();
    expect((await s.latest('Factstore alarm'))?.external_id).toBe('y');
    expect(await s.latest('nothing')).toBeUndefined();
    expect(await s.highWaterMark().read()).toBeUndefined();
    expect(gh.requests.filter((q) => q.path.endsWith('/check-runs')).length).toBe(1);
    expect(gh.checkRuns(`acme/${repo}`).find((r) => r.external_id === 'x')?.output).toMatchObject({ text: 'details' });
  });

  it('before the facts branch exists: no state, and nothing written', async () => {
    gh.createRepo('acme/no-facts-yet');
    gh.putFiles('acme/no-facts-yet', 'main', { 'README.md': 'x\n' });
    const s = state('no-facts-yet');
    expect(await s.latest(HIGH_WATER_RUN)).toBeUndefined();
    await s.highWaterMark().advance('a'.repeat(40));
    expect(gh.checkRuns('acme/no-facts-yet')).toEqual([]);
  });

  it('remembers a branch\'s first commit in the map it is given, under a key without case', async () => {
    const { repo, first } = await repoWithFacts(2);
    const roots = new Map<string, string>();
    await state(repo, { roots }).latest(HIGH_WATER_RUN);
    expect([...roots]).toEqual([[`acme/${repo}:factstore`.toLowerCase(), first]]);
    gh.resetRequests();
    await state(repo, { roots }).latest(HIGH_WATER_RUN);
    expect(gh.requests.filter((q) => q.path.endsWith('/commits'))).toEqual([]);
    // a root remembered is used as it is, even if the branch says otherwise
    const fake = new Map([[`acme/${repo}:factstore`, 'f'.repeat(40)]]);
    await state(repo, { roots: fake }).write('x', { conclusion: 'success', external_id: 'e', title: 't', summary: 's' }).catch(() => undefined);
    expect(gh.checkRuns(`acme/${repo}`).some((r) => r.head_sha === first && r.name === 'x')).toBe(false);
  });

  it('without checks: read, the read-only mark is absent with a note saying what to grant; other failures still fail', async () => {
    const { repo } = await repoWithFacts(1);
    const s = state(repo);
    const mark = s.readOnlyHighWaterMark();
    expect(mark.problem?.()).toBeUndefined();
    gh.failNext(1, { status: 403, path: /check-runs$/, message: 'Resource not accessible by integration' });
    expect(await mark.read()).toBeUndefined();
    expect(mark.problem?.()).toBe(
      `the high-water mark (the "Factstore high-water mark" check run of the workflow gate on the first commit of acme/${repo}:factstore) could not be read, so a rollback cannot be told: give the job \`permissions: checks: read\``,
    );
    await mark.advance('a'.repeat(40));
    expect(gh.checkRuns(`acme/${repo}`)).toEqual([]);
    gh.failNext(1, { status: 500, path: /check-runs$/ });
    await expect(state(repo).readOnlyHighWaterMark().read()).rejects.toThrow(/GitHub answered 500 .* while reading the state check runs of factstore \(it needs checks: read on the facts repository\) in acme\//);
  });

  it('says which permission a refused write needs, and how the first commit could not be found', async () => {
    const { repo } = await repoWithFacts(1);
    gh.failNext(1, { status: 403, method: 'POST', path: /check-runs$/, message: 'Resource not accessible by integration' });
    await expect(state(repo).write(HIGH_WATER_RUN, { conclusion: 'success', external_id: 'e', title: 't', summary: 's' })).rejects.toThrow(
      /while keeping the Factstore high-water mark check run of factstore \(it needs checks: write on the facts repository\) in acme\//,
    );
    gh.failNext(1, { status: 500, path: /\/commits$/ });
    await expect(state(repo).latest(HIGH_WATER_RUN)).rejects.toThrow(/while finding the first commit of factstore in acme\//);
    for (const status of [404, 409, 422]) {
      gh.failNext(1, { status, path: /\/commits$/ });
      expect(await state(repo).latest(HIGH_WATER_RUN)).toBeUndefined();
    }
  });
});
