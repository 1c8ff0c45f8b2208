/**
 * The world of the slash-command tests: pull request comments built from a real
 * `issue_comment.created` payload, the App's key made at test time, and GitHub's answers to the
 * reads and writes of a command (PR head, team membership, the facts branch's Git Data writes).
 */
import nock from 'nock';
import { REPLY_MARKER } from '../../app/src/slash/reply.js';
import type { Fact } from '../../src/core/model/fact.js';
import { addSignatureToCommit, generateKeyPair, sshSigner, type Signer } from '../../src/core/signing/index.js';
import { commitIndexPath, trailPath } from '../../src/core/store/layout.js';
import { commitPayload } from '../../src/core/store/local/commit-text.js';
import { hashObject } from '../../src/core/store/local/objects.js';
import type { AppDeps } from '../../app/src/app-deps.js';
import { API, FLOW, TIP, expectCheckRun, payload, repoOf, startApp, type AppUnderTest, type CheckRunBody, type RepoOf } from './world.js';

export const NOW = new Date('2026-11-23T12:00:00.000Z');
export const clock = (): Date => NOW;
export const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
export const HEAD_REF = 'fix-payments';

/** The App's key; trusted by `slashConfig()` unless told otherwise. */
export function appKey(): Signer {
  return sshSigner(generateKeyPair('factstore-app').privateKey);
}

export function slashConfig(signer: Signer | undefined, extra = ''): string {
  return `trust:
  signers:
    - { principal: factstore-app, key: "${signer?.publicKey ?? 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOZ4ql2bM/dzsJs6QuI3OKmbLqNHxJ1VVYzTnNMyZCz8'}" }
flows:
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
  scope.get(`/repos/${where.owner}/${where.repo}/pulls/${number}`).reply(200, { number, head: { sha: HEAD, ref: HEAD_REF } });
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

function fileAnswer(text: string): Record<string, unknown> {
  const bytes = Buffer.from(text);
  return { type: 'file', encoding: 'base64', content: bytes.toString('base64'), sha: 'b'.repeat(40), size: bytes.length };
}

function contents(where: RepoOf, path: string): string {
  return `/repos/${where.owner}/${where.repo}/contents/${encodeURIComponent(path)}`;
}

export function ndjson(facts: readonly Fact[]): string {
  return facts.map((f) => `${JSON.stringify(f)}\n`).join('');
}

/** The facts tip, then the commit's index: which trails of FLOW were started for HEAD. */
export function mockCommitIndex(scope: nock.Scope, where: RepoOf, trails: string[]): void {
  scope.get(`/repos/${where.owner}/${where.repo}/git/ref/heads%2Ffactstore`).reply(200, { object: { sha: TIP, type: 'commit' } });
  const index = scope.get(contents(where, commitIndexPath(HEAD))).query({ ref: TIP });
  if (trails.length === 0) index.reply(404, { message: 'Not Found' });
  else index.reply(200, fileAnswer(trails.map((trail) => `${JSON.stringify({ flow: FLOW, trail })}\n`).join('')));
}

/** The gate's reads of HEAD's trails, answered when asked (so facts written earlier in the test can be served). */
export function mockGateReads(scope: nock.Scope, where: RepoOf, names: string[], trails: () => Record<string, Fact[]>): void {
  scope.get(`/repos/${where.owner}/${where.repo}/git/ref/heads%2Ffactstore`).reply(200, { object: { sha: TIP, type: 'commit' } });
  scope.get(contents(where, commitIndexPath(HEAD))).query({ ref: TIP }).reply(200, fileAnswer(names.map((trail) => `${JSON.stringify({ flow: FLOW, trail })}\n`).join('')));
  for (const trail of names) {
    scope.get(contents(where, trailPath(FLOW, trail))).query({ ref: TIP }).reply(200, () => fileAnswer(ndjson(trails()[trail] ?? [])));
  }
}

export interface WrittenCommit {
  /** path → the file's whole new text, as sent in `POST git/trees` */
  files: Record<string, string>;
  author: { name: string; email: string };
  signature: string;
}

/**
 * One append of the GitHubStore: the tip, its commit, the files it touches (`files`: their text
 * before, undefined when absent), the tree, the signed commit (answered with the id git would
 * give the signed bytes, as GitHub does), the ref moved.
 */
export function mockAppend(scope: nock.Scope, where: RepoOf, files: Record<string, string | undefined | (() => string)>, written: WrittenCommit[]): void {
  const repo = `/repos/${where.owner}/${where.repo}`;
  scope.get(`${repo}/git/ref/heads%2Ffactstore`).reply(200, { object: { sha: TIP, type: 'commit' } });
  scope.get(`${repo}/git/commits/${TIP}`).reply(200, { sha: TIP, tree: { sha: 'd'.repeat(40) }, parents: [], message: 'factstore: earlier\n', committer: { date: '2026-11-23T10:00:00Z' } });
  for (const [path, text] of Object.entries(files)) {
    const read = scope.get(contents(where, path)).query({ ref: TIP });
    if (text === undefined) read.reply(404, { message: 'Not Found' });
    else read.reply(200, () => fileAnswer(typeof text === 'function' ? text() : text));
  }
  const entry: WrittenCommit = { files: {}, author: { name: '', email: '' }, signature: '' };
  // a body matcher must not throw (nock may try it on other requests): it answers whether it matches
  scope.post(`${repo}/git/trees`, (b: { base_tree?: string; tree?: { path: string; content?: string }[] }) => {
    if (b.base_tree !== 'd'.repeat(40) || b.tree === undefined) return false;
    for (const e of b.tree) entry.files[e.path] = e.content ?? '';
    return true;
  }).reply(201, { sha: 'f'.repeat(40) });
  scope.post(`${repo}/git/commits`).reply(async (request) => {
    const b = (await request.json()) as { message: string; tree: string; parents: string[]; author: { name: string; email: string; date: string }; committer: { name: string; email: string }; signature: string };
    const text = commitPayload({ tree: b.tree, parents: b.parents, author: b.author, committer: b.committer, time: new Date(b.author.date), message: b.message });
    entry.author = { name: b.author.name, email: b.author.email };
    entry.signature = b.signature;
    written.push(entry);
    return [201, { sha: hashObject('commit', Buffer.from(addSignatureToCommit(text, b.signature), 'utf8')) }];
  });
  scope.patch(`${repo}/git/refs/heads%2Ffactstore`, (b: { force: boolean }) => b.force === false).reply(200, { object: { sha: 'e'.repeat(40) } });
}

/** Every fact in the written file at `path`. */
export function factsAt(commit: WrittenCommit | undefined, path: string): Fact[] {
  const text = commit?.files[path];
  if (text === undefined) throw new Error(`${path} was not written; written: ${Object.keys(commit?.files ?? {}).join(', ')}`);
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Fact);
}

/** The breakdown comment of the re-gate: none yet on the PR, so it is created. */
export function mockBreakdownComment(scope: nock.Scope, where: RepoOf, number: number, bodies: string[]): void {
  const path = `/repos/${where.owner}/${where.repo}/issues/${number}/comments`;
  scope.get(path).query({ per_page: '100', page: '1' }).reply(200, [{ id: 7, body: 'LGTM' }]);
  scope.post(path, (b: { body: string }) => b.body.startsWith('<!-- factstore:breakdown -->') && bodies.push(b.body) > 0).reply(201, { id: 8 });
}

export interface Regate {
  checkRuns: CheckRunBody[];
  breakdowns: string[];
  /** the decision facts' commit */
  decisions: WrittenCommit[];
}

/**
 * The gate re-run after a command: no tamper alarm, HEAD's trails `names` read (their facts asked of `trails` when read), the decision
 * recorded on the flow's trail with the App's key, the check run, the breakdown comment.
 */
export function mockRegate(scope: nock.Scope, where: RepoOf, number: number, names: string[], trails: () => Record<string, Fact[]>): Regate {
  const out: Regate = { checkRuns: [], breakdowns: [], decisions: [] };
  // no tamper alarm open on the facts repository
  scope.get(`/repos/${where.owner}/${where.repo}/issues`).query({ labels: 'factstore-tamper', state: 'all', per_page: '10' }).reply(200, []);
  mockGateReads(scope, where, names, trails);
  const files = Object.fromEntries(names.map((trail) => [trailPath(FLOW, trail), () => ndjson(trails()[trail] ?? [])]));
  mockAppend(scope, where, files, out.decisions);
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
  written: WrittenCommit[];
  replies: string[];
}

export async function slashScene(body: string, login: string, deps: Partial<AppDeps>): Promise<SlashScene> {
  const comment = prComment(body, login);
  return { comment, where: whereOf(comment), number: pullNumberOf(comment), app: await startApp(deps), scope: nock(API), written: [], replies: [] };
}
