/**
 * Check runs (GitHub Docs: "REST API endpoints for check runs"): create, update, and list for a
 * git reference filtered by `check_name`. Writing needs the "Checks: write" permission (403
 * "Resource not accessible by integration"); a `head_sha` that is not a commit of the repository,
 * a status or conclusion GitHub does not take, `completed` without a conclusion, or an output
 * over 65 535 characters is a 422.
 */
import { checkRunsOf, newCheckRunId, type CheckRunRecord } from './check-runs.js';
import { ApiError, invalid, json, notFound, objectBody, stringField, type Reply } from './http-kit.js';
import type { Route, RouteContext } from './route.js';
import { nodeId, repoUrl } from './shapes.js';

const DOC = 'https://docs.github.com/rest/checks/runs';
const STATUSES = ['queued', 'in_progress', 'completed'];
const CONCLUSIONS = ['action_required', 'cancelled', 'failure', 'neutral', 'success', 'skipped', 'timed_out'];
const TEXT_LIMIT = 65_535;

function requireChecksWrite(ctx: RouteContext): void {
  if (ctx.account === undefined) throw new ApiError(401, 'Requires authentication');
  if (ctx.account.checks !== 'write') throw new ApiError(403, 'Resource not accessible by integration', `${DOC}#create-a-check-run`);
}

/** Applies the fields of a create or update body to the run, as GitHub validates them. */
function apply(ctx: RouteContext, run: CheckRunRecord, body: Record<string, unknown>): void {
  const status = body.status;
  const conclusion = body.conclusion;
  if (status !== undefined && (typeof status !== 'string' || !STATUSES.includes(status))) throw invalid(`Invalid request.\n\n${JSON.stringify(status)} is not a member of ${JSON.stringify(STATUSES)}.`, DOC);
  if (conclusion !== undefined && (typeof conclusion !== 'string' || !CONCLUSIONS.includes(conclusion))) throw invalid(`Invalid request.\n\n${JSON.stringify(conclusion)} is not a member of ${JSON.stringify(CONCLUSIONS)}.`, DOC);
  if (status === 'completed' && conclusion === undefined) throw invalid('Invalid request.\n\nNo subschema in "anyOf" matched.\n"conclusion" wasn\'t supplied.', DOC);
  if (typeof body.name === 'string') run.name = body.name;
  if (typeof body.external_id === 'string') run.external_id = body.external_id;
  if (typeof body.details_url === 'string') run.details_url = body.details_url;
  if (typeof conclusion === 'string') {
    // GitHub: providing a conclusion sets the status to completed
    run.status = 'completed';
    run.conclusion = conclusion;
    run.completed_at = ctx.now().toISOString().replace(/\.\d+Z$/, 'Z');
  } else if (typeof status === 'string') {
    run.status = status;
    if (status !== 'completed') {
      run.conclusion = null;
      run.completed_at = null;
    }
  }
  if (body.output !== undefined) {
    const output = objectBody(body.output);
    const title = stringField(output, 'title');
    const summary = stringField(output, 'summary');
    const text = output.text === undefined ? null : stringField(output, 'text');
    if (summary.length > TEXT_LIMIT || (text !== null && text.length > TEXT_LIMIT)) throw invalid('Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.', DOC);
    run.output = { title, summary, text };
  }
}

function runJson(ctx: RouteContext, run: CheckRunRecord): Record<string, unknown> {
  const url = `${repoUrl(ctx.shapes)}/check-runs/${run.id}`;
  return {
    id: run.id,
    node_id: nodeId('CheckRun', String(run.id)),
    head_sha: run.head_sha,
    external_id: run.external_id,
    url,
    html_url: `https://github.com/${ctx.repo.fullName}/runs/${run.id}`,
    details_url: run.details_url,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: { ...run.output, annotations_count: 0, annotations_url: `${url}/annotations` },
    name: run.name,
    check_suite: { id: 1 },
    app: null,
    pull_requests: [],
  };
}

function createRun(ctx: RouteContext): Reply {
  requireChecksWrite(ctx);
  const body = objectBody(ctx.body);
  const name = stringField(body, 'name');
  const headSha = stringField(body, 'head_sha');
  const commit = /^[0-9a-f]{40}$/.test(headSha) ? ctx.repo.commit(headSha) : undefined;
  if (commit === undefined) throw invalid(`No commit found for SHA: ${headSha}`, DOC);
  const run: CheckRunRecord = {
    id: newCheckRunId(),
    name,
    head_sha: headSha,
    status: 'queued',
    conclusion: null,
    external_id: '',
    details_url: null,
    started_at: ctx.now().toISOString().replace(/\.\d+Z$/, 'Z'),
    completed_at: null,
    output: { title: null, summary: null, text: null },
  };
  apply(ctx, run, body);
  checkRunsOf(ctx.repo).push(run);
  return json(runJson(ctx, run), 201);
}

function updateRun(ctx: RouteContext, [id = '']: string[]): Reply {
  requireChecksWrite(ctx);
  const run = checkRunsOf(ctx.repo).find((r) => String(r.id) === id);
  if (run === undefined) throw notFound();
  apply(ctx, run, objectBody(ctx.body));
  return json(runJson(ctx, run));
}

function listForRef(ctx: RouteContext, [ref = '']: string[]): Reply {
  const sha = ctx.repo.resolveCommit(ref);
  if (sha === undefined) throw invalid(`No commit found for SHA: ${ref}`, DOC);
  const name = ctx.query.get('check_name');
  const runs = checkRunsOf(ctx.repo)
    .filter((r) => r.head_sha === sha && (name === null || r.name === name))
    .sort((a, b) => b.id - a.id);
  return json({ total_count: runs.length, check_runs: runs.map((r) => runJson(ctx, r)) });
}

export const checkRunRoutes: Route[] = [
  { method: 'POST', pattern: /^\/check-runs$/, operation: 'checks.create', handle: createRun },
  { method: 'PATCH', pattern: /^\/check-runs\/(\d+)$/, operation: 'checks.update', handle: updateRun },
  { method: 'GET', pattern: /^\/commits\/(.+)\/check-runs$/, operation: 'checks.listForRef', gitData: true, handle: listForRef },
];
