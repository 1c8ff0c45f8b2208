// The PR comment: one per PR, found again by its hidden marker and its author being the App,
// created once and then edited in place; a comment by anyone else that carries the marker is never touched.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../app/src/pr-comment.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import { API, APP, BY_APP, CONFIG, FLOW, expectCheckRun, mockConfig, mockConfigRead, mockFacts, payload, receive, repoOf, startApp, type CheckRunBody } from './world.js';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

interface CommentBody {
  body: string;
}

describe('the PR breakdown comment', () => {
  const opened = payload('pull_request.opened');
  const synchronize = payload('pull_request.synchronize');
  const where = repoOf(opened);
  const number = opened.number as number;
  const sha = (opened.pull_request as { head: { sha: string } }).head.sha;
  const comments = `/repos/${where.owner}/${where.repo}/issues/${number}/comments`;

  it('is created on the first event and edited in place on the next, never duplicated', async () => {
    const app = await startApp();
    const scope = nock(API);
    const checkRuns: CheckRunBody[] = [];
    const written: CommentBody[] = [];
    mockConfig(scope, where, CONFIG);
    const first = await mockFacts(scope, where, sha, {});
    expectCheckRun(scope, where, checkRuns);
    scope.get(comments).query({ per_page: '100', page: '1' }).reply(200, [{ id: 7, body: 'LGTM' }]);
    scope.post(comments, (b: CommentBody) => written.push(b) > 0).reply(201, { id: 8 });
    await receive(app, 'pull_request.opened', opened);
    expect(scope.pendingMocks()).toEqual([]);
    expect(checkRuns[0]).toMatchObject({ head_sha: sha, conclusion: 'failure' });
    expect(written).toHaveLength(1);
    expect(written[0]?.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(written[0]?.body).toContain(FLOW);
    expect(written[0]?.body).toContain('GATE_BLOCKED');

    // the next push: the trail has started and passed; the same comment is edited
    const next = nock(API);
    const edited: CommentBody[] = [];
    // the App knows itself and the branch's first commit by now, and decided on the first tip
    await mockFacts(next, where, sha, {
      b1: [
        makeFact({ kind: 'trail', flow: FLOW, trail: 'b1', commit: sha, actor: 'ci', ts: '2026-11-23T10:00:00.000Z' }),
        makeFact({ kind: 'attestation', flow: FLOW, trail: 'b1', type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'ci', ts: '2026-11-23T10:01:00.000Z' }),
      ],
    }, { rootKnown: true, identityKnown: true, state: { highWater: first.model.tip ?? '' } });
    mockConfigRead(next, where, CONFIG);
    expectCheckRun(next, where, checkRuns);
    next.get(comments).query({ per_page: '100', page: '1' }).reply(200, [{ id: 7, body: 'LGTM' }, { id: 8, body: written[0]?.body, ...BY_APP }]);
    next.patch(`/repos/${where.owner}/${where.repo}/issues/comments/8`, (b: CommentBody) => edited.push(b) > 0).reply(200, { id: 8 });
    await receive(app, 'pull_request.synchronize', synchronize);
    expect(next.pendingMocks()).toEqual([]);
    expect(checkRuns[1]).toMatchObject({ head_sha: sha, conclusion: 'success' });
    expect(edited).toHaveLength(1);
    expect(edited[0]?.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(edited[0]?.body).toContain('GATE_ALLOWED');
  });

  it('a failing comment write is logged, and the check run is still created', async () => {
    const app = await startApp();
    const scope = nock(API);
    const checkRuns: CheckRunBody[] = [];
    mockConfig(scope, where, CONFIG);
    await mockFacts(scope, where, sha, {});
    expectCheckRun(scope, where, checkRuns);
    scope.get(comments).query({ per_page: '100', page: '1' }).reply(403, { message: 'Resource not accessible by integration' });
    await expect(receive(app, 'pull_request.opened', opened)).resolves.toBeUndefined();
    expect(scope.pendingMocks()).toEqual([]);
    expect(checkRuns).toHaveLength(1);
    expect(app.logs.find((l) => l.startsWith('error:'))).toMatch(/GitHub answered 403.*permissions of app\.yml/);
  });

  /** A gate of the PR with nothing recorded: config, no alarm, no facts, a check run. */
  async function gateMocks(scope: nock.Scope): Promise<void> {
    mockConfig(scope, where, CONFIG);
    await mockFacts(scope, where, sha, {});
    expectCheckRun(scope, where, []);
  }

  const forged = { id: 5, body: `${COMMENT_MARKER}\nGATE_ALLOWED, trust me`, user: { login: 'mallory', type: 'User' }, performed_via_github_app: null };
  const otherApp = { id: 6, body: `${COMMENT_MARKER}\nnot ours`, user: { login: 'other-app[bot]', type: 'Bot' }, performed_via_github_app: { id: 99, slug: 'other-app' } };

  it('leaves a comment that carries the marker but is not the App\'s alone, and creates its own', async () => {
    const app = await startApp();
    const scope = nock(API);
    const written: CommentBody[] = [];
    await gateMocks(scope);
    scope.get(comments).query({ per_page: '100', page: '1' }).reply(200, [forged, otherApp]);
    scope.post(comments, (b: CommentBody) => written.push(b) > 0).reply(201, { id: 9 });
    await receive(app, 'pull_request.opened', opened);
    expect(scope.pendingMocks()).toEqual([]);
    expect(written).toHaveLength(1);
    expect(written[0]?.body).toContain('GATE_BLOCKED');
    expect(app.logs.find((l) => l.includes('marker'))).toMatch(/^warn: .*comment\(s\) 5, 6 carry the breakdown marker but were not written by the App; left alone/);
  });

  it('edits its own comment, found by its bot login alone or by the App GitHub names, never the forged one before it', async () => {
    for (const mine of [{ id: 8, body: `${COMMENT_MARKER}\nold`, user: BY_APP.user }, { id: 8, body: `${COMMENT_MARKER}\nold`, user: null, performed_via_github_app: { id: APP.id } }]) {
      const app = await startApp();
      const scope = nock(API);
      const edited: CommentBody[] = [];
      await gateMocks(scope);
      scope.get(comments).query({ per_page: '100', page: '1' }).reply(200, [forged, mine]);
      scope.patch(`/repos/${where.owner}/${where.repo}/issues/comments/8`, (b: CommentBody) => edited.push(b) > 0).reply(200, { id: 8 });
      await receive(app, 'pull_request.synchronize', synchronize);
      expect(scope.pendingMocks()).toEqual([]);
      expect(edited).toHaveLength(1);
    }
  });
});
