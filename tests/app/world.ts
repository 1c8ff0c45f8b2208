/**
 * The App under test: a real Probot with a key made at test time, talking to a GitHub mocked
 * with nock, and the facts branch built from real facts.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type nock from 'nock';
import { pino, type Logger } from 'pino';
import { Probot, ProbotOctokit } from 'probot';
import type { AppDeps } from '../../app/src/app-deps.js';
import { createFactstoreApp } from '../../app/src/index.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { AlarmFact, Fact } from '../../src/core/model/fact.js';
import { generateKeyPair, sshSigner } from '../../src/core/signing/index.js';
import { HIGH_WATER_RUN } from '../../src/core/store/github/facts-branch-state.js';
import { specCheckedFetch } from '../helpers/fake-github/spec-checked-fetch.js';
import { FactsModel } from './facts-model.js';
import { expectStateRun, mockGateReads, type GateReadOptions, type StateRunBody } from './facts-mocks.js';

export const API = 'https://api.github.com';
export const FLOW = 'payments';

/** The CI's key: it records trails and attestations. */
export const CI_SIGNER = sshSigner(generateKeyPair('ci@acme').privateKey);
/** The App's key (`app: true`): approvals and bypasses of GitHub users, decisions, alarms. */
export const APP_SIGNER = sshSigner(generateKeyPair('factstore-app').privateKey);

/** `trust:` of the config: the CI's key and the App's, and who may clear a tamper alarm. */
export function trustYaml(signers: { ci?: string; app?: string; admins?: string[] } = {}): string {
  const admins = signers.admins ?? ['octo-admin'];
  return `trust:
  signers:
    - { principal: ci@acme, key: "${signers.ci ?? CI_SIGNER.publicKey}" }
    - { principal: factstore-app, key: "${signers.app ?? APP_SIGNER.publicKey}", app: true }
  admins: [${admins.map((a) => JSON.stringify(a)).join(', ')}]
`;
}

export const CONFIG = `${trustYaml()}flows:
  ${FLOW}:
    require: [unit-tests]
types:
  unit-tests: {}
`;

const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

export interface AppUnderTest {
  probot: Probot;
  logs: string[];
}

/** A fresh Probot (no token cache shared between tests) with the Factstore app loaded; its log lines are kept. */
export async function startApp(deps: Partial<AppDeps> = {}): Promise<AppUnderTest> {
  const logs: string[] = [];
  const probot = new Probot({
    appId: 1,
    privateKey,
    // applied after Probot's own defaults, which would switch throttling back on (a 1 s gap between writes)
    // every request is also checked against GitHub's OpenAPI description before nock answers it
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({ ...options, retry: { enabled: false }, throttle: { ...(options.throttle as object), enabled: false }, request: { ...(options.request as object), fetch: specCheckedFetch(API) } })),
    log: captureLog(logs),
  });
  await probot.load(createFactstoreApp({ actor: 'factstore[bot]', serverUrl: 'https://github.com', ...deps }));
  return { probot, logs };
}

/** Probot's own logger (pino), writing every line into `logs` as "<level>: <message>". */
function captureLog(logs: string[]): Logger {
  const names: Record<number, string> = { 20: 'debug', 30: 'info', 40: 'warn', 50: 'error' };
  return pino({ level: 'debug' }, {
    write(line: string) {
      const entry = JSON.parse(line) as { level: number; msg?: string };
      logs.push(`${names[entry.level] ?? entry.level}: ${entry.msg ?? ''}`);
    },
  });
}

type Payload = Record<string, unknown>;

/**
 * A trimmed real payload from @octokit/webhooks-examples (tests/fixtures/webhooks/examples/,
 * written by scripts/fixtures/write-webhook-fixtures.js): `check_suite.requested` is the first
 * example of that event and action, `check_suite.requested.1` the second.
 */
export const EXAMPLE_INSTALLATION = 1;

export function payload(name: string): Payload {
  const file = /\.\d+$/.test(name) ? name : `${name}.0`;
  const body = JSON.parse(readFileSync(new URL(`../fixtures/webhooks/examples/${file}.json`, import.meta.url), 'utf8')) as Payload;
  // every delivery to an App names its installation; some examples were captured from repository webhooks
  return 'installation' in body ? body : { ...body, installation: { id: EXAMPLE_INSTALLATION } };
}

/** The event name of a fixture name: `check_suite.requested.1` → `check_suite`. */
export function eventOf(name: string): string {
  return name.split('.')[0] ?? name;
}

export function receive(app: AppUnderTest, name: string, body: Payload): Promise<void> {
  const event = { id: `delivery-${name}`, name: eventOf(name), payload: body } as unknown as Parameters<Probot['receive']>[0];
  return app.probot.receive(event);
}

export interface RepoOf {
  owner: string;
  repo: string;
  /** the repository's default branch, where the config is read */
  defaultBranch?: string;
  /** the installation the event came from: its token is asked for */
  installation: number;
}

export function repoOf(body: Payload): RepoOf {
  const repository = body.repository as { name: string; owner: { login: string }; default_branch: string };
  return { owner: repository.owner.login, repo: repository.name, defaultBranch: repository.default_branch, installation: (body.installation as { id: number }).id };
}

/** The commit the default branch points at when the App reads the config: decisions name it. */
export const CONFIG_COMMIT = 'c'.repeat(40);

/** The installation token. */
export function mockToken(scope: nock.Scope, where: RepoOf): void {
  scope.post(`/app/installations/${where.installation}/access_tokens`).reply(201, { token: 'test-token', expires_at: '2099-01-01T00:00:00Z', permissions: { checks: 'write' } });
}

/**
 * The installation token, then the repository's `.github/factstore.yml` at the default branch's
 * tip (absent: also looked up in the org's `.github`).
 */
export function mockConfig(scope: nock.Scope, where: RepoOf, config: string | undefined): void {
  mockToken(scope, where);
  mockConfigRead(scope, where, config);
}

/** The config read alone (the token already minted). */
export function mockConfigRead(scope: nock.Scope, where: RepoOf, config: string | undefined): void {
  scope.get(`/repos/${where.owner}/${where.repo}/git/ref/heads%2F${encodeURIComponent(where.defaultBranch ?? 'main')}`).reply(200, { ref: `refs/heads/${where.defaultBranch ?? 'main'}`, object: { sha: CONFIG_COMMIT, type: 'commit' } });
  const path = `/repos/${where.owner}/${where.repo}/contents/.github%2Ffactstore.yml`;
  if (config !== undefined) {
    scope.get(path).query({ ref: CONFIG_COMMIT }).reply(200, config, { 'content-type': 'application/vnd.github.raw; charset=utf-8' });
  } else {
    scope.get(path).query({ ref: CONFIG_COMMIT }).reply(404, { message: 'Not Found' });
    scope.get(`/repos/${where.owner}/.github/contents/.github%2Ffactstore.yml`).reply(404, { message: 'Not Found' });
  }
}

/** The key a fact's commit is signed with, as the writers would: a person's decision by the App, the rest by the CI. */
export function signerOf(fact: Fact): typeof CI_SIGNER {
  return fact.kind === 'approval' || fact.kind === 'bypass' || fact.kind === 'decision' || fact.kind === 'alarm' ? APP_SIGNER : CI_SIGNER;
}

/**
 * A facts branch holding these trails of FLOW: its first commit, then for each trail one commit
 * per writer (the CI's facts signed with its key, approvals and bypasses with the App's), each
 * with the claims the store writes.
 */
export async function signedFacts(trails: Record<string, Fact[]>): Promise<FactsModel> {
  const model = new FactsModel();
  await model.init(CI_SIGNER);
  for (const facts of Object.values(trails)) {
    for (const signer of [CI_SIGNER, APP_SIGNER]) {
      const mine = facts.filter((f) => signerOf(f) === signer);
      if (mine.length > 0) await model.append(mine, signer);
    }
  }
  return model;
}

/** A TAMPER_ALARM_RAISED fact as the App records it for a force-push. */
export function raisedAlarm(before = 'e'.repeat(40), after = 'f'.repeat(40), pusher = 'mallory'): AlarmFact {
  return makeFact({
    kind: 'alarm',
    event: 'TAMPER_ALARM_RAISED',
    branch: 'factstore',
    incidents: [{ kind: 'force-push', commit: after, detail: `force-pushed by ${pusher} from ${before} to ${after}` }],
    actor: 'factstore[bot]',
    ts: '2026-11-23T11:30:00.000Z',
  }) as AlarmFact;
}

export interface MockedFacts {
  model: FactsModel;
  /** the high-water mark runs the App wrote */
  marks: StateRunBody[];
}

/**
 * The facts branch reads of a gate of `commit` (see facts-mocks.ts), on a branch built from
 * `trails` with signed commits, and the high-water mark the App then writes (unless `mark: false`).
 */
export async function mockFacts(scope: nock.Scope, where: Pick<RepoOf, 'owner' | 'repo'>, commit: string, trails: Record<string, Fact[]>, options: GateReadOptions & { mark?: boolean; model?: FactsModel } = {}): Promise<MockedFacts> {
  const model = options.model ?? (await signedFacts(trails));
  const marks: StateRunBody[] = [];
  mockGateReads(scope, where, model, commit, options);
  if (options.mark !== false) expectStateRun(scope, where, model, HIGH_WATER_RUN, marks);
  return { model, marks };
}

/** The App as GitHub knows it: the test Probot's App id, and its slug. */
export const APP = { id: 1, slug: 'factstore' };

/** What GitHub shows on a comment the App wrote with its installation token. */
export const BY_APP = { user: { login: `${APP.slug}[bot]`, type: 'Bot' }, performed_via_github_app: { id: APP.id, slug: APP.slug } };

/** The App asks GitHub who it is (GET /app, with its JWT) once, when a comment carries its marker. */
export function mockAppIdentity(scope: nock.Scope): void {
  scope.get('/app').reply(200, { id: APP.id, slug: APP.slug, name: 'Factstore' });
}

export interface CheckRunBody {
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  output: { title: string; summary: string; text?: string };
}

/** Expects one gate check run to be created (a new run for each decision, never an update) and keeps its body for the test to look at. */
export function expectCheckRun(scope: nock.Scope, where: Pick<RepoOf, 'owner' | 'repo'>, bodies: CheckRunBody[]): void {
  scope.post(`/repos/${where.owner}/${where.repo}/check-runs`, (body: CheckRunBody) => typeof body.name === 'string' && body.name.startsWith('Factstore gate / ') && bodies.push(body) > 0).reply(201, { id: 42 });
}
