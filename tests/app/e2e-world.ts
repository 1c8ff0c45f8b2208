/**
 * The App end to end: a real Probot, authenticating as a GitHub App against the stateful fake
 * GitHub (JWT → installation token), the repository `acme/app` with its config on main and a pull
 * request, facts written by the real Action or by a CI key, and real webhook payloads pointed at
 * the fake's repository and commits.
 */
import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import { pino } from 'pino';
import { Probot, ProbotOctokit } from 'probot';
import { afterAll } from 'vitest';
import type { AppDeps } from '../../app/src/app-deps.js';
import { createFactstoreApp } from '../../app/src/index.js';
import type { Fact } from '../../src/core/model/fact.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { GitHubStore } from '../../src/core/store/github/github-store.js';
import { runStep, type StepRun } from '../action/runner.js';
import { FIXTURES } from '../action/world.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { tempDir, testKey, type TestKey } from '../helpers/git.js';
import { payload } from './world.js';

export const REPO = 'acme/app';
export const FLOW = 'release';
export const PULL = 7;
export const INSTALLATION = 4242;
export const APP_ID = 31337;
const APP_ACTOR = 'factstore[bot]';

export const appPrivateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

const worlds: FakeGitHub[] = [];
afterAll(async () => {
  for (const gh of worlds.splice(0)) await gh.close();
});

/** The config: the CI's key, the App's (`app: true`: it records approvals, bypasses and alarms), the admins who clear an alarm. */
export function e2eConfig(app: TestKey, ci: TestKey, flow = `    require: [unit-tests]\n`, sections = ''): string {
  return `${sections}trust:
  signers:
    - { principal: ${ci.signer.principal}, key: "${ci.signer.key}" }
    - { principal: ${app.signer.principal}, key: "${app.signer.key}", app: true }
  admins: [octo-admin]
flows:
  ${FLOW}:
${flow}types:
  unit-tests: { format: junit }
`;
}

export interface E2EWorld {
  gh: FakeGitHub;
  probot: Probot;
  logs: string[];
  /** the App's signing key (trusted) and the CI's */
  appKey: TestKey;
  ciKey: TestKey;
  /** main's tip, where the config is: decisions name it */
  configCommit: string;
  /** the pull request's head commit, the one gated */
  headSha: string;
  /** the facts branch as CI writes it, with the CI key */
  ciStore: GitHubStore;
  receive(event: string, body: Record<string, unknown>): Promise<void>;
}

/** `sections`: more top-level YAML of the config (bypass:, environments:…). */
export async function e2eWorld(flowYaml?: string, sections?: string, given: Partial<AppDeps> = {}): Promise<E2EWorld> {
  const gh = await startFakeGitHub();
  worlds.push(gh);
  gh.addAppInstallation({ appId: APP_ID, key: appPrivateKey, installationId: INSTALLATION, slug: 'factstore' });
  const appKey = testKey('factstore-app');
  const ciKey = testKey('ci@acme');
  gh.createRepo(REPO);
  const configCommit = gh.putFiles(REPO, 'main', { 'README.md': 'app\n', '.github/factstore.yml': e2eConfig(appKey, ciKey, flowYaml, sections) });
  gh.setRef(REPO, 'heads/feature', configCommit);
  const headSha = gh.putFiles(REPO, 'feature', { 'src/pay.ts': 'export const pay = 1;\n' }, { message: 'Pay\n' });
  gh.openPullRequest(REPO, { number: PULL, headSha, headRef: 'feature', title: 'Pay' });

  const logs: string[] = [];
  const probot = new Probot({
    appId: APP_ID,
    privateKey: appPrivateKey,
    baseUrl: gh.url,
    // applied after Probot's own defaults, which would switch throttling back on (a 1 s gap between writes)
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({ ...options, retry: { enabled: false }, throttle: { ...(options.throttle as object), enabled: false } })),
    log: pino({ level: 'debug' }, { write: (line: string) => void logs.push(logLine(line)) }),
  });
  await probot.load(createFactstoreApp({ signer: sshSigner(appKey.privateKey), actor: APP_ACTOR, serverUrl: 'https://github.com', clock: () => new Date(), ...given }));
  const [owner, repo] = REPO.split('/') as [string, string];
  const ciStore = new GitHubStore({ request: getOctokit(gh.token, { baseUrl: gh.url }).request, owner, repo, signer: sshSigner(ciKey.privateKey), author: { name: 'CI', email: 'ci@acme.test' } });
  return {
    gh,
    probot,
    logs,
    appKey,
    ciKey,
    configCommit,
    headSha,
    ciStore,
    receive: (event, body) => probot.receive({ id: `e2e-${event}-${Math.random()}`, name: event, payload: body } as unknown as Parameters<Probot['receive']>[0]),
  };
}

function logLine(line: string): string {
  const names: Record<number, string> = { 20: 'debug', 30: 'info', 40: 'warn', 50: 'error' };
  const entry = JSON.parse(line) as { level: number; msg?: string };
  return `${names[entry.level] ?? entry.level}: ${entry.msg ?? ''}`;
}

type Payload = Record<string, unknown>;

/** The repository of the fake, as deliveries name it (the real example's other fields kept). */
function repositoryOf(example: Payload): Payload {
  const repository = example.repository as Payload;
  const owner = repository.owner as Payload;
  return { ...repository, name: 'app', full_name: REPO, private: true, default_branch: 'main', owner: { ...owner, login: 'acme', name: 'acme' } };
}

/** A real example delivery with its repository, installation and the named fields pointed at the fake. */
function delivery(name: string, fields: Payload): Payload {
  const example = payload(name);
  return { ...example, ...fields, repository: repositoryOf(example), installation: { id: INSTALLATION } };
}

const pullRef = (w: E2EWorld): Payload => ({ number: PULL, head: { sha: w.headSha, ref: 'feature' }, base: { sha: w.configCommit, ref: 'main' } });

export function checkSuite(w: E2EWorld, action: 'requested' | 'rerequested' = 'requested'): Payload {
  const example = payload(`check_suite.${action}`);
  const suite = example.check_suite as Payload;
  return delivery(`check_suite.${action}`, { check_suite: { ...suite, head_sha: w.headSha, head_branch: 'feature', pull_requests: [pullRef(w)] } });
}

export function pullRequestOpened(w: E2EWorld): Payload {
  const example = payload('pull_request.opened');
  const pr = example.pull_request as Payload;
  return delivery('pull_request.opened', { number: PULL, pull_request: { ...pr, number: PULL, state: 'open', head: { ...(pr.head as Payload), sha: w.headSha, ref: 'feature' }, base: { ...(pr.base as Payload), sha: w.configCommit, ref: 'main' } } });
}

/** A push of the facts branch from `before` (zeros: created) to `after`. */
export function factsPush(w: E2EWorld, before: string, after: string): Payload {
  return delivery('push', { ref: 'refs/heads/factstore', before, after, created: /^0+$/.test(before), deleted: false, forced: false, base_ref: null, commits: [], head_commit: null });
}

/** A comment by a person on the pull request. */
export function prComment(w: E2EWorld, body: string, login: string): Payload {
  const example = payload('issue_comment.created');
  const issue = example.issue as Payload;
  const comment = example.comment as Payload;
  return delivery('issue_comment.created', {
    issue: { ...issue, number: PULL, state: 'open', pull_request: { url: `${w.gh.url}/repos/${REPO}/pulls/${PULL}` } },
    comment: { ...comment, body, user: { ...(comment.user as Payload), login, type: 'User' } },
  });
}

/** The Action's attest step on the PR's head commit, run as the runner runs it, against the fake. */
export function actionAttest(w: E2EWorld, type: string, junitFixture: string): Promise<StepRun> {
  const workspace = tempDir('factstore-e2e-workspace-');
  mkdirSync(path.join(workspace, '.github'), { recursive: true });
  writeFileSync(path.join(workspace, '.github', 'factstore.yml'), w.gh.readFile(REPO, 'main', '.github/factstore.yml') ?? '');
  copyFileSync(path.join(FIXTURES, 'junit', junitFixture), path.join(workspace, 'junit.xml'));
  const event = path.join(workspace, '..', `event-${Date.now()}.json`);
  writeFileSync(event, JSON.stringify({ ref: 'refs/heads/feature', after: w.headSha, repository: { name: 'app', full_name: REPO, owner: { login: 'acme' }, default_branch: 'main' } }));
  const env: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: REPO,
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: w.headSha,
    GITHUB_REF: 'refs/heads/feature',
    GITHUB_REF_NAME: 'feature',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_RUN_ID: '9000000042',
    GITHUB_RUN_NUMBER: '3',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'test',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_ACTION: '__acme_factstore',
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: w.gh.url,
    RUNNER_TEMP: tempDir('factstore-e2e-runner-'),
  };
  return runStep({ cwd: workspace, env, inputs: { token: w.gh.token, 'signing-key': w.ciKey.privateKey, flow: FLOW, type, evidence: 'junit.xml' } });
}

/** The facts of the gated commit's trail (the Action names the trail after the commit), in file order. */
export function trailFactsOf(w: E2EWorld, trailPathText: string): Fact[] {
  const bytes = w.gh.readFile(REPO, 'factstore', trailPathText);
  return bytes === undefined ? [] : bytes.toString('utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Fact);
}

/**
 * GitHub asks for the App's answer on a deployment of `sha` to `environment`: the fake's run waits
 * on the rule, and the delivery is the schema-generated fixture pointed at it (the callback on the
 * fake's API host, the only one the App answers on).
 */
export function deploymentRequest(w: E2EWorld, runId: number, sha: string, environment = 'production'): Payload {
  w.gh.awaitDeploymentProtection(REPO, runId, environment);
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/webhooks/deployment_protection_rule.requested.json', import.meta.url), 'utf8')) as Payload;
  const deployment = fixture.deployment as Payload;
  return {
    ...fixture,
    environment,
    deployment_callback_url: `${w.gh.url}/repos/${REPO}/actions/runs/${runId}/deployment_protection_rule`,
    deployment: { ...deployment, sha, ref: 'feature', environment, original_environment: environment },
    repository: repositoryOf(fixture),
    installation: { id: INSTALLATION },
  };
}

/** A push of the facts branch as GitHub delivers one someone made by hand: its one commit listed. */
export function handPush(w: E2EWorld, before: string, after: string, pusher: string): Payload {
  const example = payload('push.4');
  const [listed] = example.commits as Payload[];
  const commit = w.gh.repository(REPO).commit(after);
  const pushed = { ...listed, id: after, tree_id: commit?.tree, message: commit?.message, added: [], removed: [], modified: [] };
  return delivery('push.4', {
    ref: 'refs/heads/factstore',
    before,
    after,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/${REPO}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits: [pushed],
    head_commit: pushed,
    pusher: { name: pusher, email: `${pusher}@users.noreply.github.com` },
    sender: { ...(example.sender as Payload), login: pusher },
  });
}
