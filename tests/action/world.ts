/**
 * A GitHub world for Action tests: the fake GitHub with the workflow's repository (one commit on
 * main), a checked-out workspace with the config, a signing key, and the env a runner gives a job
 * run for a push to main.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github/index.js';
import { tempDir, testKey, type TestKey } from '../helpers/git.js';
import { runStep, type ActionName, type StepRun } from './runner.js';

export const REPO = 'acme/app';
export const FLOW = 'payment-service';

const worlds: FakeGitHub[] = [];
afterAll(async () => {
  for (const gh of worlds.splice(0)) await gh.close();
});

export function configText(key: TestKey, extra = ''): string {
  return `trust:
  signers:
    - { principal: ${key.signer.principal}, key: "${key.signer.key}" }
flows:
  ${FLOW}:
    require: [unit-tests, vulnerability-scan]
types:
  unit-tests: { format: junit }
  vulnerability-scan: { format: sarif, jq: '.error == 0' }
${extra}`;
}

export interface World {
  gh: FakeGitHub;
  key: TestKey;
  workspace: string;
  /** the commit the workflow runs on (a commit of acme/app) */
  sha: string;
  env: Record<string, string>;
  /** runs one step; `inputs` are the `with:` values, `env` overrides the job's variables */
  step(inputs: Record<string, string>, env?: Record<string, string>, action?: ActionName): Promise<StepRun>;
}

export interface WorldOptions {
  /** put the config in the workspace (default true); else only on the default branch */
  checkout?: boolean;
  config?: (key: TestKey) => string;
  fake?: FakeGitHubOptions;
}

export async function world(options: WorldOptions = {}): Promise<World> {
  const gh = await startFakeGitHub(options.fake);
  worlds.push(gh);
  const key = testKey('ci@acme');
  const config = (options.config ?? configText)(key);
  gh.createRepo(REPO);
  const sha = gh.putFiles(REPO, 'main', { 'README.md': 'app\n', '.github/factstore.yml': config });
  const workspace = tempDir('factstore-workspace-');
  if (options.checkout !== false) {
    mkdirSync(path.join(workspace, '.github'), { recursive: true });
    writeFileSync(path.join(workspace, '.github', 'factstore.yml'), config);
  }
  const eventPath = path.join(tempDir('factstore-event-'), 'event.json');
  writeFileSync(eventPath, JSON.stringify(pushEvent(sha)));
  const env: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: REPO,
    GITHUB_REPOSITORY_ID: '123456',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_RUN_ID: '9000000001',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'test',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_ACTION: '__acme_factstore',
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh.url,
    RUNNER_TEMP: tempDir('factstore-runner-temp-'),
  };
  return {
    gh,
    key,
    workspace,
    sha,
    env,
    step: (inputs, extra = {}, action = 'attest') =>
      runStep({ action, cwd: workspace, env: { ...env, ...extra }, inputs: { token: gh.token, 'signing-key': key.privateKey, ...inputs } }),
  };
}

/** A push event trimmed to the fields a runner's payload always has. */
function pushEvent(sha: string): Record<string, unknown> {
  return {
    ref: 'refs/heads/main',
    before: '0'.repeat(40),
    after: sha,
    created: false,
    deleted: false,
    forced: false,
    head_commit: { id: sha, message: 'init', timestamp: '2026-11-23T12:00:00Z' },
    repository: { id: 123456, name: 'app', full_name: REPO, private: true, owner: { login: 'acme', id: 1 }, default_branch: 'main' },
    pusher: { name: 'octocat', email: 'octocat@example.com' },
    sender: { login: 'octocat', id: 583231, type: 'User' },
  };
}

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/evidence');

/** Copies a fixture report into the workspace under `name`, as the tests' step would have written it. */
export function putEvidence(w: World, fixture: string, name: string): string {
  const target = path.join(w.workspace, name);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, readFixture(fixture));
  return target;
}

function readFixture(fixture: string): Buffer {
  return readFileSync(path.join(FIXTURES, fixture));
}
