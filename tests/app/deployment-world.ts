/**
 * The deployment protection world: the `deployment_protection_rule.requested` payload generated
 * from its webhook schema (scripts/fixtures/write-deployment-protection-fixture.js) and the review
 * callback GitHub expects the answer at.
 */
import { readFileSync } from 'node:fs';
import type nock from 'nock';
import type { Fact } from '../../src/core/model/fact.js';
import { addSignatureToCommit } from '../../src/core/signing/index.js';
import { trailPath } from '../../src/core/store/layout.js';
import { commitPayload } from '../../src/core/store/local/commit-text.js';
import { hashObject } from '../../src/core/store/local/objects.js';
import { FLOW, TIP, type RepoOf } from './world.js';

export const DEPLOYMENT_EVENT = 'deployment_protection_rule.requested';
export const FIXTURE_URL = new URL('../fixtures/webhooks/deployment_protection_rule.requested.json', import.meta.url);

type Payload = Record<string, unknown>;

export interface DeploymentChanges {
  environment?: string;
  sha?: string;
  ref?: string;
  callbackUrl?: string;
}

/** The fixture, with the deployment's environment, commit, ref or callback changed. */
export function deploymentPayload(changes: DeploymentChanges = {}): Payload {
  const body = JSON.parse(readFileSync(FIXTURE_URL, 'utf8')) as Payload & { deployment: Payload };
  return {
    ...body,
    ...(changes.environment !== undefined ? { environment: changes.environment } : {}),
    ...(changes.callbackUrl !== undefined ? { deployment_callback_url: changes.callbackUrl } : {}),
    deployment: {
      ...body.deployment,
      ...(changes.sha !== undefined ? { sha: changes.sha } : {}),
      ...(changes.ref !== undefined ? { ref: changes.ref } : {}),
      ...(changes.environment !== undefined ? { environment: changes.environment, original_environment: changes.environment } : {}),
    },
  };
}

export function shaOf(body: Payload): string {
  return (body.deployment as { sha: string }).sha;
}

/** The workflow run of the fixture's callback address. */
export function runOf(body: Payload): number {
  const url = body.deployment_callback_url as string;
  return Number(/\/actions\/runs\/(\d+)\//.exec(url)?.[1]);
}

/** The tamper alarm lookup of the facts repository (the newest alarm issues): none, or this open one. */
export function mockAlarmLookup(scope: nock.Scope, at: { owner: string; repo: string }, open?: { number: number; html_url: string }): void {
  scope.get(`/repos/${at.owner}/${at.repo}/issues`).query({ labels: 'factstore-tamper', state: 'all', per_page: 10 }).reply(200, open === undefined ? [] : [{ ...open, state: 'open' }]);
}

export interface ReviewBody {
  environment_name: string;
  state: 'approved' | 'rejected';
  comment: string;
}

/** Expects the one answer at the run's review endpoint and keeps its body for the test to look at. */
export function expectReview(scope: nock.Scope, where: RepoOf, runId: number, bodies: ReviewBody[], status = 204): void {
  scope.post(`/repos/${where.owner}/${where.repo}/actions/runs/${runId}/deployment_protection_rule`, (body: ReviewBody) => {
    bodies.push(body);
    return true;
  }).reply(status, status === 204 ? undefined : { message: 'Resource not accessible by integration' });
}

interface TreeBody {
  base_tree?: string;
  tree: { path: string; content?: string }[];
}

interface CommitBody {
  message: string;
  tree: string;
  parents: string[];
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
  signature: string;
}

const FACTS_TREE = 'd'.repeat(40);
const NEW_TREE = 'e'.repeat(40);

/**
 * The App appending its decision to the facts branch at TIP, on top of the trail file `existing`
 * of FLOW: the tip, its commit, the trail file, then a tree, a signed commit (answered with the
 * id git gives the signed bytes, as GitHub does) and the ref moved. Keeps the new files' texts.
 */
export function expectDecisionAppend(scope: nock.Scope, where: RepoOf, trail: string, existing: Fact[], written: Map<string, string>): void {
  const base = `/repos/${where.owner}/${where.repo}`;
  scope.get(`${base}/git/ref/heads%2Ffactstore`).reply(200, { ref: 'refs/heads/factstore', object: { sha: TIP, type: 'commit' } });
  scope.get(`${base}/git/commits/${TIP}`).reply(200, { sha: TIP, tree: { sha: FACTS_TREE }, parents: [], message: 'facts', committer: { date: '2026-11-23T10:00:00Z' } });
  const text = existing.map((f) => `${JSON.stringify(f)}\n`).join('');
  const bytes = Buffer.from(text);
  scope
    .get(`${base}/contents/${encodeURIComponent(trailPath(FLOW, trail))}`)
    .query({ ref: TIP })
    .reply(200, { type: 'file', encoding: 'base64', content: bytes.toString('base64'), sha: 'b'.repeat(40), size: bytes.length });
  scope.post(`${base}/git/trees`, (body: TreeBody) => {
    for (const entry of body.tree) written.set(entry.path, entry.content ?? '');
    return body.base_tree === FACTS_TREE;
  }).reply(201, { sha: NEW_TREE });
  scope.post(`${base}/git/commits`, (body: CommitBody) => body.tree === NEW_TREE && body.parents.join() === TIP).reply(201, async (request) => {
    const c = (await request.json()) as CommitBody;
    const payload = commitPayload({ tree: c.tree, parents: c.parents, author: c.author, committer: c.committer, time: new Date(c.committer.date), message: c.message });
    return { sha: hashObject('commit', Buffer.from(addSignatureToCommit(payload, c.signature), 'utf8')) };
  });
  scope.patch(`${base}/git/refs/heads%2Ffactstore`, (body: { force: boolean }) => !body.force).reply(200, {});
}
