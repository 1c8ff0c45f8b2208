/**
 * The deployment protection world: the `deployment_protection_rule.requested` payload generated
 * from its webhook schema (scripts/fixtures/write-deployment-protection-fixture.js) and the review
 * callback GitHub expects the answer at.
 */
import { readFileSync } from 'node:fs';
import type nock from 'nock';
import type { RepoOf } from './world.js';

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
