/**
 * "Review custom deployment protection rules for a workflow run" (GitHub Docs, workflow runs):
 * `POST /actions/runs/{run_id}/deployment_protection_rule` with `environment_name`, `state`
 * (approved or rejected) and an optional `comment`; 204 with no body. Needs "Deployments: write"
 * (else 403). A run the test did not make wait (`gh.awaitDeploymentProtection`) is a 404; an
 * environment of the run with no request waiting (never asked, or already answered) is a 422.
 */
import { stamp } from './issues.js';
import { protectionsOf } from './deployment-reviews.js';
import { ApiError, invalid, notFound, objectBody, type Reply } from './http-kit.js';
import type { Route, RouteContext } from './route.js';

const DOC = 'https://docs.github.com/rest/actions/workflow-runs#review-custom-deployment-protection-rules-for-a-workflow-run';
const STATES = ['approved', 'rejected'];

function review(ctx: RouteContext, [run = '']: string[]): Reply {
  const account = ctx.account;
  if (account === undefined) throw new ApiError(401, 'Requires authentication');
  if (account.deployments !== 'write') throw new ApiError(403, 'Resource not accessible by integration', DOC);
  const runId = Number(run);
  const store = protectionsOf(ctx.repo);
  const waiting = store.pending.get(runId);
  if (waiting === undefined) throw notFound();
  const body = objectBody(ctx.body);
  const environment = body.environment_name;
  const state = body.state;
  const comment = body.comment;
  if (typeof environment !== 'string' || environment === '') throw invalid('Invalid request.\n\n"environment_name" wasn\'t supplied.', DOC);
  if (typeof state !== 'string' || !STATES.includes(state)) throw invalid(`Invalid request.\n\n${JSON.stringify(state ?? null)} is not a member of ${JSON.stringify(STATES)}.`, DOC);
  if (comment !== undefined && typeof comment !== 'string') throw invalid('Invalid request.\n\nFor \'properties/comment\', is not a string.', DOC);
  // GitHub compares environment names without case
  const pending = [...waiting].find((e) => e.toLowerCase() === environment.toLowerCase());
  if (pending === undefined) throw invalid(`No pending custom deployment requests in workflow run \`${runId}\` to approve or reject`, DOC);
  waiting.delete(pending);
  store.reviews.push({ runId, environment: pending, state: state as 'approved' | 'rejected', comment: comment ?? '', login: account.login, created_at: stamp(ctx.now()) });
  return { status: 204 };
}

export const deploymentReviewRoutes: Route[] = [
  { method: 'POST', pattern: /^\/actions\/runs\/(\d+)\/deployment_protection_rule$/, operation: 'actions.reviewCustomGatesForRun', handle: review },
];
