// Every payload of every subscribed event in @octokit/webhooks-examples goes through the App.
// Events and actions it acts on gate the payload's commit: exactly the reads of a gate, one check
// run published on that commit, and the PR comment written or looked for; the others are
// acknowledged with no request at all. Each event's own behaviour has its own tests
// (gate, pr-comment, push, slash-*, deployment*); this sweep proves no example is left out or
// makes the App stumble.
import { readdirSync } from 'node:fs';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API, CONFIG, FLOW, expectCheckRun, mockConfig, mockFacts, payload, receive, repoOf, startApp, type CheckRunBody } from './world.js';
import { unansweredRequests } from './unanswered-requests.js';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

const names = readdirSync(new URL('../fixtures/webhooks/examples/', import.meta.url)).map((f) => f.replace(/\.json$/, ''));

/** `<event>.<action>` (or `push`) of the actions that gate a commit: the App's registrations. */
const GATES = new Set([
  'check_suite.requested',
  'check_suite.rerequested',
  'check_run.rerequested',
  'pull_request.opened',
  'pull_request.synchronize',
  'pull_request.reopened',
  'workflow_run.completed',
]);

interface Gated {
  sha: string;
  /** PRs whose breakdown comment follows the commit; `create`: the event may create it */
  pulls: number[];
  create: boolean;
}

type Body = Record<string, unknown>;

function gatedBy(kind: string, body: Body): Gated {
  const pullsAt = (list: unknown, sha: string): number[] =>
    (Array.isArray(list) ? (list as ({ number: number; head: { sha: string } } | null)[]) : []).flatMap((p) => (p !== null && p.head.sha === sha ? [p.number] : []));
  if (kind.startsWith('pull_request.')) {
    return { sha: (body.pull_request as { head: { sha: string } }).head.sha, pulls: [body.number as number], create: true };
  }
  const holder = (kind.startsWith('check_suite.') ? body.check_suite : kind.startsWith('check_run.') ? body.check_run : body.workflow_run) as { head_sha: string; pull_requests?: unknown };
  return { sha: holder.head_sha, pulls: pullsAt(holder.pull_requests, holder.head_sha), create: false };
}

describe('every subscribed webhook example', () => {
  it('covers every event the manifest subscribes to, with at least one example each', () => {
    const events = new Set(names.map((n) => n.split('.')[0]));
    expect([...events].sort()).toEqual(['check_run', 'check_suite', 'issue_comment', 'pull_request', 'push', 'workflow_run']);
    expect(names.length).toBeGreaterThan(60);
  });

  it.each(names.filter((n) => GATES.has(n.replace(/\.\d+$/, ''))))('%s gates its commit: one check run on it, the PR comment kept', async (name) => {
    const body = payload(name);
    const where = repoOf(body);
    const gated = gatedBy(name, body);
    const app = await startApp();
    const scope = nock(API);
    const checkRuns: CheckRunBody[] = [];
    const comments: string[] = [];
    mockConfig(scope, where, CONFIG);
    await mockFacts(scope, where, gated.sha, {});
    expectCheckRun(scope, where, checkRuns);
    for (const pull of gated.pulls) {
      const path = `/repos/${where.owner}/${where.repo}/issues/${pull}/comments`;
      scope.get(path).query({ per_page: '100', page: '1' }).reply(200, []);
      if (gated.create) scope.post(path, (b: { body: string }) => comments.push(b.body) > 0).reply(201, { id: 1 });
    }
    await receive(app, name, body);
    expect(scope.pendingMocks()).toEqual([]);
    expect(app.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
    expect(checkRuns.map((c) => [c.name, c.head_sha, c.conclusion, c.output.title])).toEqual([[`Factstore gate / ${FLOW}`, gated.sha, 'failure', 'GATE_BLOCKED']]);
    expect(comments).toHaveLength(gated.create ? gated.pulls.length : 0);
  });

  it.each(names.filter((n) => !GATES.has(n.replace(/\.\d+$/, ''))))('%s is acknowledged quietly: no request, no error', async (name) => {
    const app = await startApp();
    const started = app.logs.length;
    const requests = unansweredRequests();
    try {
      await expect(receive(app, name, payload(name))).resolves.toBeUndefined();
    } finally {
      requests.stop();
    }
    expect(requests.seen).toEqual([]);
    expect(app.logs.slice(started).filter((l) => l.startsWith('error:') || l.startsWith('warn:'))).toEqual([]);
  });
});
