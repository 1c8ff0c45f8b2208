/**
 * The facts branch as a push shows it: pushed commits signed for real (or not), the compare API's
 * answer, the trails read at the pushed tip, the alarm issue. Builds on world.ts and facts-mocks.ts.
 */
import type nock from 'nock';
import { COMMENT_MARKER } from '../../app/src/pr-comment.js';
import type { PushedCommit } from '../../app/src/push/pushed-commit-trust.js';
import type { ChangedFile } from '../../app/src/push/changed-trails.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import type { Signer } from '../../src/core/signing/index.js';
import { trailPath } from '../../src/core/store/layout.js';
import { commitPayload } from '../../src/core/store/local/commit-text.js';
import { hashObject } from '../../src/core/store/local/objects.js';
import { addSignatureToCommit } from '../../src/core/signing/index.js';
import { BY_APP, FLOW, payload, type RepoOf } from './world.js';

export const BEFORE = 'e'.repeat(40);
/** The pushed tip when the test needs no facts branch behind it. */
export const AFTER = 'a'.repeat(40);
export const GATED = '1234567'.padEnd(40, '0');

/** A real `push` payload (push.4: a branch of Codertocat/Hello-World) moved to the facts branch. */
export function factsPush(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...payload('push.4'), ref: 'refs/heads/factstore', before: BEFORE, after: AFTER, created: false, deleted: false, forced: false, ...fields };
}

/** A facts commit as the compare API lists it: its signed payload and signature as GitHub returns them. */
export async function factsCommit(message: string, signer?: Signer): Promise<PushedCommit> {
  const who = { name: 'ci', email: 'ci@example.com' };
  const text = commitPayload({ tree: 'f'.repeat(40), parents: [BEFORE], author: who, committer: who, time: new Date('2026-11-23T10:00:00Z'), message });
  if (signer === undefined) {
    return { sha: hashObject('commit', Buffer.from(text)), commit: { message, verification: { signature: null, payload: null } } };
  }
  const signature = await signer.sign(Buffer.from(text, 'utf8'));
  const sha = hashObject('commit', Buffer.from(addSignatureToCommit(text, signature), 'utf8'));
  return { sha, commit: { message, verification: { signature, payload: text } } };
}

export const ATTEST_MESSAGE = 'factstore: ATTESTATION_RECORDED payments/b1 unit-tests PASSED\n';
export const DECISION_MESSAGE = 'factstore: gate 1234567: GATE_ALLOWED\n\nGATE_ALLOWED payments/b1\n';

export function trailFile(trail = 'b1', status = 'modified'): ChangedFile {
  return { filename: trailPath(FLOW, trail), status };
}

export function mockCompare(scope: nock.Scope, where: RepoOf, commits: PushedCommit[], files: ChangedFile[], before = BEFORE, after = AFTER): void {
  scope.get(`/repos/${where.owner}/${where.repo}/compare/${before}...${after}`).query({ per_page: '100', page: '1' }).reply(200, { total_commits: commits.length, commits, files });
}

/** The trail of GATED, passed: as read by the push (at its tip) and by the gate. */
export function passedTrail(trail = 'b1'): Fact[] {
  return [
    makeFact({ kind: 'trail', flow: FLOW, trail, commit: GATED, gitBranch: 'feature', actor: 'ci', ts: '2026-11-23T10:00:00.000Z' }),
    makeFact({ kind: 'attestation', flow: FLOW, trail, type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'ci', ts: '2026-11-23T10:01:00.000Z' }),
  ];
}

/** A trail file as the push reads it at its pushed tip (to find the commits to gate again). */
export function mockTrailAt(scope: nock.Scope, where: RepoOf, facts: Fact[], at: string, trail = 'b1'): void {
  const text = facts.map((f) => `${JSON.stringify(f)}\n`).join('');
  scope
    .get(`/repos/${where.owner}/${where.repo}/contents/${encodeURIComponent(trailPath(FLOW, trail))}`)
    .query({ ref: at })
    .reply(200, { type: 'file', encoding: 'base64', content: Buffer.from(text).toString('base64'), sha: 'b'.repeat(40), size: text.length });
}

const issues = (where: RepoOf): string => `/repos/${where.owner}/${where.repo}/issues`;

/** Telling of a push looks for the open alarm issue to comment on: none, or this one. */
export function mockOpenAlarmLookup(scope: nock.Scope, where: RepoOf, open?: { number: number; html_url: string; body?: string }): void {
  scope.get(issues(where)).query({ labels: 'factstore-tamper', state: 'open', per_page: '1' }).reply(200, open === undefined ? [] : [open]);
}

export interface IssueBody {
  title?: string;
  body: string;
  labels?: string[];
}

export const ALARM_URL = 'https://github.com/Codertocat/Hello-World/issues/77';

/** No alarm open yet: the issue is opened. */
export function expectAlarmOpened(scope: nock.Scope, where: RepoOf, bodies: IssueBody[]): void {
  mockOpenAlarmLookup(scope, where);
  scope.post(issues(where), (b: IssueBody) => bodies.push(b) > 0).reply(201, { number: 77, html_url: ALARM_URL });
}

/** An alarm already open: the incident is a comment on it. */
export function expectAlarmComment(scope: nock.Scope, where: RepoOf, bodies: IssueBody[]): void {
  mockOpenAlarmLookup(scope, where, { number: 77, html_url: ALARM_URL });
  scope.post(`${issues(where)}/77/comments`, (b: IssueBody) => bodies.push(b) > 0).reply(201, { id: 1 });
}

/** The open PRs GitHub associates with the gated commit. */
export function mockPulls(scope: nock.Scope, where: RepoOf, sha: string, pulls: { number: number; state: string; headSha: string }[]): void {
  scope.get(`/repos/${where.owner}/${where.repo}/commits/${sha}/pulls`).reply(200, pulls.map((p) => ({ number: p.number, state: p.state, head: { sha: p.headSha } })));
}

/** The PR's breakdown comment, written by the App, is there: it is edited in place (the App knows who it is by then). */
export function expectCommentEdited(scope: nock.Scope, where: RepoOf, pull: number, bodies: IssueBody[]): void {
  scope.get(`${issues(where)}/${pull}/comments`).query({ per_page: '100', page: '1' }).reply(200, [{ id: 8, body: `${COMMENT_MARKER}\nold`, ...BY_APP }]);
  scope.patch(`${issues(where)}/comments/8`, (b: IssueBody) => bodies.push(b) > 0).reply(200, { id: 8 });
}
