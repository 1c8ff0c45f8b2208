/**
 * The world of the slash-command tests: pull request comments built from a real
 * `issue_comment.created` payload, the App's key made at test time, and GitHub's answers to the
 * reads and writes of a command (PR head, team membership, the facts branch's Git Data writes).
 */
import nock from 'nock';
import { REPLY_MARKER } from '../../app/src/slash/reply.js';
import type { Fact } from '../../src/core/model/fact.js';
import { generateKeyPair, sshSigner, type Signer } from '../../src/core/signing/index.js';
import { HIGH_WATER_RUN } from '../../src/core/store/github/facts-branch-state.js';
import { commitIndexPath } from '../../src/core/store/layout.js';
import type { AppDeps } from '../../app/src/app-deps.js';
import type { FactsModel } from './facts-model.js';
import { expectStateRun, mockAppend as mockModelAppend, mockFile, mockGateReads, mockTip, writtenFacts, type BranchState, type StateRunBody, type Written } from './facts-mocks.js';
import { API, FLOW, expectCheckRun, payload, repoOf, signedFacts, startApp, trustYaml, type AppUnderTest, type CheckRunBody, type RepoOf } from './world.js';

export const NOW = new Date('2026-11-23T12:00:00.000Z');
export const clock = (): Date => NOW;
export const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
export const HEAD_REF = 'fix-payments';

/** The App's key; trusted by `slashConfig()` unless told otherwise. */
export function appKey(): Signer {
  return sshSigner(generateKeyPair('factstore-app').privateKey);
}

/** The config: the CI's key, the App's (`app: true`), admins, a flow that needs an approval. */
export function slashConfig(signer: Signer | undefined, extra = ''): string {
  return `${trustYaml({ app: signer?.publicKey ?? 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOZ4ql2bM/dzsJs6QuI3OKmbLqNHxJ1VVYzTnNMyZCz8', admins: ['alice', '@acme/security'] })}flows:
  ${FLOW}:
    require: [unit-tests]
    approval: { required: true, approvers: [alice, "@acme/release-managers"], min: 1 }
types:
  unit-tests: {}
${extra}`;
}

export const BYPASS = `bypass:
  actors: [alice, "@acme/sre"]
  reasons: { pre-existing-main-blocker: "Failure also on main", incident-hotfix: "Sev1 fix" }
  max_ttl: 30d
`;

type Payload = Record<string, unknown>;

/** The real example delivery with the comment's body and author replaced, on a pull request unless `onIssue`. */
export function prComment(body: string, login = 'alice', options: { type?: string; onIssue?: boolean } = {}): Payload {
  const base = payload('issue_comment.created');
  const issue = base.issue as Payload & { number: number };
  const comment = base.comment as Payload & { user: Payload };
  const pr = `https://api.github.com/repos/Codertocat/Hello-World/pulls/${issue.number}`;
  return {
    ...base,
    issue: options.onIssue === true ? issue : { ...issue, pull_request: { url: pr, html_url: `https://github.com/Codertocat/Hello-World/pull/${issue.number}`, diff_url: `${pr}.diff`, patch_url: `${pr}.patch`, merged_at: null } },
    comment: { ...comment, body, user: { ...comment.user, login, type: options.type ?? 'User' } },
  };
}

export function pullNumberOf(body: Payload): number {
  return (body.issue as { number: number }).number;
}

export function whereOf(body: Payload): RepoOf {
  return repoOf(body);
}

export function mockPull(scope: nock.Scope, where: RepoOf, number: number): void {
  scope.get(`/repos/${where.owner}/${where.repo}/pulls/${number}`).reply(200, { number, head: { sha: HEAD, ref: HEAD_REF }, base: { ref: 'main' } });
}

/** The reply comment: expected once, its body kept and checked to carry the reply marker. */
export function mockReply(scope: nock.Scope, where: RepoOf, number: number, bodies: string[]): void {
  scope.post(`/repos/${where.owner}/${where.repo}/issues/${number}/comments`, (b: { body?: string }) => b.body?.startsWith(`${REPLY_MARKER}\n`) === true && bodies.push(b.body) > 0).reply(201, { id: 900 });
}

export function mockTeam(scope: nock.Scope, org: string, team: string, user: string, answer: 'active' | 'pending' | 404): void {
  const path = `/orgs/${org}/teams/${team}/memberships/${user}`;
  if (answer === 404) scope.get(path).reply(404, { message: 'Not Found' });
  else scope.get(path).reply(200, { url: `https://api.github.com/teams/1/memberships/${user}`, role: 'member', state: answer });
}

export function ndjson(facts: readonly Fact[]): string {
  return facts.map((f) => `${JSON.stringify(f)}\n`).join('');
}

/** The facts tip, then HEAD's index: which trails were started for HEAD (the command finds its trail there). */
export function mockCommitIndex(scope: nock.Scope, where: RepoOf, model: FactsModel): void {
  mockTip(scope, where, model);
  mockFile(scope, where, model, commitIndexPath(HEAD));
}

/** One append by the App (see facts-mocks.ts): the files it touches, its commit landing in the model. */
export function mockAppend(scope: nock.Scope, where: RepoOf, model: FactsModel, paths: string[], written: Written[]): void {
  mockModelAppend(scope, where, model, paths, written);
}

/** Every fact in the written file at `path`. */
export function factsAt(commit: Written | undefined, path: string): Fact[] {
  return writtenFacts(commit, path) as unknown as Fact[];
}

/** The breakdown comment of the re-gate: none yet on the PR, so it is created. */
export function mockBreakdownComment(scope: nock.Scope, where: RepoOf, number: number, bodies: string[]): void {
  const path = `/repos/${where.owner}/${where.repo}/issues/${number}/comments`;
  scope.get(path).query({ per_page: '100', page: '1' }).reply(200, [{ id: 7, body: 'LGTM' }]);
  scope.post(path, (b: { body?: string }) => b.body?.startsWith('<!-- factstore:breakdown -->') === true && bodies.push(b.body) > 0).reply(201, { id: 8 });
}

export interface Regate {
  checkRuns: CheckRunBody[];
  breakdowns: string[];
  /** the decision facts' commit */
  decisions: Written[];
  /** the high-water mark the App moved to the decision */
  marks: StateRunBody[];
}

/**
 * The gate re-run after a command, on the model as the command left it: HEAD's trails read with
 * their histories (the App asks who it is and finds the branch's first commit, unless it knew),
 * the decision recorded on `trails` with the App's key, the mark moved, the check run, the
 * breakdown comment.
 */
export function mockRegate(scope: nock.Scope, where: RepoOf, model: FactsModel, number: number, trails: string[], options: { known?: boolean; state?: BranchState } = {}): Regate {
  const out: Regate = { checkRuns: [], breakdowns: [], decisions: [], marks: [] };
  const known = options.known === true;
  mockGateReads(scope, where, model, HEAD, { rootKnown: known, identityKnown: known, trails, ...(options.state !== undefined ? { state: options.state } : {}) });
  // the decisions are recorded on the facts commit the gate read, with the files it read
  mockModelAppend(scope, where, model, trails, out.decisions, { afterRead: true });
  expectStateRun(scope, where, model, HIGH_WATER_RUN, out.marks);
  expectCheckRun(scope, where, out.checkRuns);
  mockBreakdownComment(scope, where, number, out.breakdowns);
  return out;
}

/** One slash-command test's stage: the comment, its repository and PR, a fresh App, a nock scope, and what the App writes and replies. */
export interface SlashScene {
  comment: Payload;
  where: RepoOf;
  number: number;
  app: AppUnderTest;
  scope: nock.Scope;
  /** the facts branch, with `trails` of FLOW signed by their writers */
  model: FactsModel;
  written: Written[];
  replies: string[];
}

export async function slashScene(body: string, login: string, deps: Partial<AppDeps>, trails: Record<string, Fact[]> = {}): Promise<SlashScene> {
  const comment = prComment(body, login);
  return { comment, where: whereOf(comment), number: pullNumberOf(comment), app: await startApp(deps), scope: nock(API), model: await signedFacts(trails), written: [], replies: [] };
}
