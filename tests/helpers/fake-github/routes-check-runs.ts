/**
 * Check runs (GitHub Docs: "REST API endpoints for check runs"): create, update, and "List check
 * runs for a Git reference" (`check_name`, `status`, `filter`, `app_id`, `per_page`, `page`).
 * Writing needs the "Checks: write" permission (403 "Resource not accessible by integration"); a
 * `head_sha` that is not a commit of the repository, a status or conclusion GitHub does not take,
 * `completed` without a conclusion, or an output over 65 535 characters is a 422. Each run names
 * the App that created it. A completed run cannot be moved back to `queued` or `in_progress`
 * (GitHub refuses it), and here its conclusion cannot be changed and another App cannot update it
 * (the fake's rules: they prove a client never does either).
 */
import { checkRunsOf, newCheckRunId, type CheckRunRecord } from './check-runs.js';
import { ApiError, invalid, json, notFound, objectBody, stringField, type Reply } from './http-kit.js';
import { appJson, GITHUB_ACTIONS_APP } from './integrations.js';
import { linkHeader, positive } from './paging.js';
import type { Route, RouteContext } from './route.js';
import { nodeId, repoUrl } from './shapes.js';

const DOC = 'https://docs.github.com/rest/checks/runs';
export const STATUSES = ['queued', 'in_progress', 'completed'];
export const CONCLUSIONS = ['action_required', 'cancelled', 'failure', 'neutral', 'success', 'skipped', 'timed_out'];
export const FILTERS = ['latest', 'all'];
const TEXT_LIMIT = 65_535;

function requireChecksWrite(ctx: RouteContext): void {
  if (ctx.account === undefined) throw new ApiError(401, 'Requires authentication');
  if (ctx.account.checks !== 'write') throw new ApiError(403, 'Resource not accessible by integration', `${DOC}#create-a-check-run`);
}

const appOf = (ctx: RouteContext) => ctx.account?.app ?? GITHUB_ACTIONS_APP;

/** A completed run stays completed, with the conclusion it was given. */
function refuseRewind(run: CheckRunRecord, body: Record<string, unknown>): void {
  if (run.status !== 'completed') return;
  const { status, conclusion } = body;
  if (conclusion === undefined && (status === 'queued' || status === 'in_progress')) {
    throw invalid(`Invalid request.\n\nA completed check run cannot be moved back to ${JSON.stringify(status)}.`, `${DOC}#update-a-check-run`);
  }
  if (typeof conclusion === 'string' && conclusion !== run.conclusion) {
    throw invalid(`Invalid request.\n\nThe conclusion of a completed check run cannot be changed from ${JSON.stringify(run.conclusion)} to ${JSON.stringify(conclusion)}.`, `${DOC}#update-a-check-run`);
  }
}

/** Applies the fields of a create or update body to the run, as GitHub validates them. */
function apply(ctx: RouteContext, run: CheckRunRecord, body: Record<string, unknown>): void {
  const status = body.status;
  const conclusion = body.conclusion;
  if (status !== undefined && (typeof status !== 'string' || !STATUSES.includes(status))) throw invalid(`Invalid request.\n\n${JSON.stringify(status)} is not a member of ${JSON.stringify(STATUSES)}.`, DOC);
  if (conclusion !== undefined && (typeof conclusion !== 'string' || !CONCLUSIONS.includes(conclusion))) throw invalid(`Invalid request.\n\n${JSON.stringify(conclusion)} is not a member of ${JSON.stringify(CONCLUSIONS)}.`, DOC);
  if (status === 'completed' && conclusion === undefined && run.conclusion === null) throw invalid('Invalid request.\n\nNo subschema in "anyOf" matched.\n"conclusion" wasn\'t supplied.', DOC);
  refuseRewind(run, body);
  let output = run.output;
  if (body.output !== undefined) {
    const given = objectBody(body.output);
    const title = stringField(given, 'title');
    const summary = stringField(given, 'summary');
    const text = given.text === undefined ? null : stringField(given, 'text');
    if (summary.length > TEXT_LIMIT || (text !== null && text.length > TEXT_LIMIT)) throw invalid('Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.', DOC);
    output = { title, summary, text };
  }
  // every check passed: the run changes now, not half-way
  run.output = output;
  if (typeof body.name === 'string') run.name = body.name;
  if (typeof body.external_id === 'string') run.external_id = body.external_id;
  if (typeof body.details_url === 'string') run.details_url = body.details_url;
  if (typeof conclusion === 'string') {
    // GitHub: providing a conclusion sets the status to completed
    if (run.status !== 'completed') run.completed_at = ctx.now().toISOString().replace(/\.\d+Z$/, 'Z');
    run.status = 'completed';
    run.conclusion = conclusion;
  } else if (typeof status === 'string' && run.status !== 'completed') {
    run.status = status;
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
    app: appJson(run.app, ctx.shapes.api),
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
    app: appOf(ctx),
  };
  apply(ctx, run, body);
  checkRunsOf(ctx.repo).push(run);
  return json(runJson(ctx, run), 201);
}

function updateRun(ctx: RouteContext, [id = '']: string[]): Reply {
  requireChecksWrite(ctx);
  const run = checkRunsOf(ctx.repo).find((r) => String(r.id) === id);
  if (run === undefined) throw notFound();
  if (run.app.id !== appOf(ctx).id) throw new ApiError(403, 'Resource not accessible by integration', `${DOC}#update-a-check-run`);
  apply(ctx, run, objectBody(ctx.body));
  return json(runJson(ctx, run));
}

/** A query parameter that must be one of `allowed` (GitHub answers 422 otherwise). */
function oneOf(ctx: RouteContext, name: string, allowed: readonly string[]): string | null {
  const value = ctx.query.get(name);
  if (value !== null && !allowed.includes(value)) throw invalid(`Invalid request.\n\n${JSON.stringify(value)} is not a member of ${JSON.stringify(allowed)}.`, `${DOC}#list-check-runs-for-a-git-reference`);
  return value;
}

/** `filter=latest` (the default): the newest run of each name and App. */
function newestOfEach(runs: readonly CheckRunRecord[]): CheckRunRecord[] {
  const seen = new Set<string>();
  return runs.filter((r) => {
    const key = `${r.app.id}\u0000${r.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function listForRef(ctx: RouteContext, [ref = '']: string[]): Reply {
  const sha = ctx.repo.resolveCommit(ref);
  if (sha === undefined) throw invalid(`No commit found for SHA: ${ref}`, DOC);
  const name = ctx.query.get('check_name');
  const status = oneOf(ctx, 'status', STATUSES);
  const filter = oneOf(ctx, 'filter', FILTERS) ?? 'latest';
  const appIdText = ctx.query.get('app_id');
  if (appIdText !== null && !/^\d+$/.test(appIdText)) throw invalid(`Invalid request.\n\nFor 'app_id', ${JSON.stringify(appIdText)} is not an integer.`, `${DOC}#list-check-runs-for-a-git-reference`);
  const newestFirst = checkRunsOf(ctx.repo)
    .filter((r) => r.head_sha === sha && (name === null || r.name === name) && (appIdText === null || r.app.id === Number(appIdText)))
    .sort((a, b) => b.id - a.id);
  const runs = (filter === 'latest' ? newestOfEach(newestFirst) : newestFirst).filter((r) => status === null || r.status === status);
  const perPage = positive(ctx.query.get('per_page'), 30, 100);
  const page = positive(ctx.query.get('page'), 1, Number.MAX_SAFE_INTEGER);
  const link = linkHeader(ctx, page, Math.max(1, Math.ceil(runs.length / perPage)));
  const shown = runs.slice((page - 1) * perPage, page * perPage).map((r) => runJson(ctx, r));
  return json({ total_count: runs.length, check_runs: shown }, 200, link === '' ? {} : { link });
}

export const checkRunRoutes: Route[] = [
  { method: 'POST', pattern: /^\/check-runs$/, operation: 'checks.create', handle: createRun },
  { method: 'PATCH', pattern: /^\/check-runs\/(\d+)$/, operation: 'checks.update', handle: updateRun },
  { method: 'GET', pattern: /^\/commits\/(.+)\/check-runs$/, operation: 'checks.listForRef', gitData: true, handle: listForRef },
];
