/**
 * Issues and issue comments (GitHub Docs: "REST API endpoints for issues", "… for issue
 * comments"): list issues (`state`, `labels`, `per_page`, `page`; pull requests included, with a
 * `pull_request` key, as GitHub lists them), create and update an issue, list, create and update
 * the comments of an issue or pull request. Writing needs "Issues: write" (on a pull request,
 * "Pull requests: write" does too), else 403 "Resource not accessible by integration". A body over
 * 65,536 characters is refused with a 422, as GitHub refuses it.
 */
import { userJson, type Account } from './auth.js';
import { ApiError, invalid, json, notFound, objectBody, stringField, type Reply } from './http-kit.js';
import { appJson } from './integrations.js';
import { issuesOf, newId, nextNumber, stamp, type CommentRecord, type IssueRecord } from './issues.js';
import type { Route, RouteContext } from './route.js';
import { nodeId, repoUrl } from './shapes.js';
import { pageOf } from './paging.js';

const DOC = 'https://docs.github.com/rest/issues';
/** GitHub's limit on an issue's or a comment's body, in characters. */
export const BODY_LIMIT = 65_536;

/** The body, when GitHub would take it. */
function checkedBody(text: string): string {
  if (Array.from(text).length > BODY_LIMIT) throw invalid(`Validation Failed: body is too long (maximum is ${BODY_LIMIT} characters)`, DOC);
  return text;
}

function requireWrite(ctx: RouteContext, issue: IssueRecord | undefined): void {
  const a = ctx.account;
  if (a === undefined) throw new ApiError(401, 'Requires authentication');
  const allowed = a.issues === 'write' || (issue?.pull !== undefined && a.pullRequests === 'write');
  if (!allowed) throw new ApiError(403, 'Resource not accessible by integration', DOC);
}

function findIssue(ctx: RouteContext, number: string): IssueRecord {
  const issue = issuesOf(ctx.repo).issues.find((i) => String(i.number) === number);
  if (issue === undefined) throw notFound();
  return issue;
}

/** What an App's installation token writes names the App (the token acts as `<slug>[bot]`, a Bot). */
function performedVia(ctx: RouteContext, author: Account): Record<string, unknown> | null {
  return author.app === undefined ? null : appJson(author.app, ctx.shapes.api);
}

function labelJson(ctx: RouteContext, name: string): Record<string, unknown> {
  return { id: 1, node_id: nodeId('Label', name), url: `${repoUrl(ctx.shapes)}/labels/${encodeURIComponent(name)}`, name, color: 'ededed', default: false, description: null };
}

export function issueJson(ctx: RouteContext, i: IssueRecord): Record<string, unknown> {
  const url = `${repoUrl(ctx.shapes)}/issues/${i.number}`;
  const html = `https://github.com/${ctx.repo.fullName}/${i.pull === undefined ? 'issues' : 'pull'}/${i.number}`;
  return {
    id: i.id,
    node_id: nodeId('Issue', String(i.id)),
    url,
    repository_url: repoUrl(ctx.shapes),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    number: i.number,
    state: i.state,
    state_reason: i.state === 'closed' ? 'completed' : null,
    title: i.title,
    body: i.body,
    user: userJson(i.user, ctx.shapes.api),
    performed_via_github_app: performedVia(ctx, i.user),
    labels: i.labels.map((l) => labelJson(ctx, l)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    comments: issuesOf(ctx.repo).comments.filter((c) => c.issueNumber === i.number).length,
    ...(i.pull !== undefined ? { pull_request: { url: `${repoUrl(ctx.shapes)}/pulls/${i.number}`, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`, merged_at: null } } : {}),
    closed_at: i.closed_at,
    created_at: i.created_at,
    updated_at: i.updated_at,
    author_association: 'NONE',
  };
}

function commentJson(ctx: RouteContext, c: CommentRecord): Record<string, unknown> {
  const issue = issuesOf(ctx.repo).issues.find((i) => i.number === c.issueNumber);
  const html = `https://github.com/${ctx.repo.fullName}/${issue?.pull === undefined ? 'issues' : 'pull'}/${c.issueNumber}#issuecomment-${c.id}`;
  return {
    id: c.id,
    node_id: nodeId('IssueComment', String(c.id)),
    url: `${repoUrl(ctx.shapes)}/issues/comments/${c.id}`,
    html_url: html,
    issue_url: `${repoUrl(ctx.shapes)}/issues/${c.issueNumber}`,
    body: c.body,
    user: userJson(c.user, ctx.shapes.api),
    performed_via_github_app: performedVia(ctx, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: 'NONE',
  };
}

function labelsOf(body: Record<string, unknown>): string[] | undefined {
  const labels = body.labels;
  if (labels === undefined) return undefined;
  if (!Array.isArray(labels)) throw invalid('Invalid request.\n\nFor \'properties/labels\', is not an array.', DOC);
  return labels.map((l) => (typeof l === 'string' ? l : typeof l === 'object' && l !== null && typeof (l as { name?: unknown }).name === 'string' ? (l as { name: string }).name : ''));
}

function listIssues(ctx: RouteContext): Reply {
  const state = ctx.query.get('state') ?? 'open';
  const wanted = (ctx.query.get('labels') ?? '').split(',').map((l) => l.trim()).filter((l) => l !== '');
  const all = issuesOf(ctx.repo)
    .issues.filter((i) => (state === 'all' || i.state === state) && wanted.every((l) => i.labels.includes(l)))
    .sort((a, b) => b.number - a.number);
  return pageOf(ctx, all, (i) => issueJson(ctx, i));
}

function createIssue(ctx: RouteContext): Reply {
  requireWrite(ctx, undefined);
  const body = objectBody(ctx.body);
  const title = body.title;
  if (typeof title !== 'string' || title === '') throw invalid('Invalid request.\n\n"title" wasn\'t supplied.', DOC);
  const store = issuesOf(ctx.repo);
  const now = stamp(ctx.now());
  const issue: IssueRecord = {
    id: newId(),
    number: nextNumber(store),
    title,
    body: typeof body.body === 'string' ? checkedBody(body.body) : null,
    state: 'open',
    labels: labelsOf(body) ?? [],
    user: ctx.account as NonNullable<RouteContext['account']>,
    created_at: now,
    updated_at: now,
    closed_at: null,
  };
  store.issues.push(issue);
  return json(issueJson(ctx, issue), 201);
}

function updateIssue(ctx: RouteContext, [number = '']: string[]): Reply {
  const issue = findIssue(ctx, number);
  requireWrite(ctx, issue);
  const body = objectBody(ctx.body);
  if (typeof body.title === 'string') issue.title = body.title;
  if (typeof body.body === 'string') issue.body = checkedBody(body.body);
  const labels = labelsOf(body);
  if (labels !== undefined) issue.labels = labels;
  if (body.state !== undefined) {
    if (body.state !== 'open' && body.state !== 'closed') throw invalid(`Invalid request.\n\n${JSON.stringify(body.state)} is not a member of ["open","closed"].`, DOC);
    issue.closed_at = body.state === 'closed' ? (issue.state === 'closed' ? issue.closed_at : stamp(ctx.now())) : null;
    issue.state = body.state;
  }
  issue.updated_at = stamp(ctx.now());
  return json(issueJson(ctx, issue));
}

function listComments(ctx: RouteContext, [number = '']: string[]): Reply {
  const issue = findIssue(ctx, number);
  const comments = issuesOf(ctx.repo).comments.filter((c) => c.issueNumber === issue.number);
  return pageOf(ctx, comments, (c) => commentJson(ctx, c));
}

function createComment(ctx: RouteContext, [number = '']: string[]): Reply {
  const issue = findIssue(ctx, number);
  requireWrite(ctx, issue);
  const text = checkedBody(stringField(objectBody(ctx.body), 'body'));
  const now = stamp(ctx.now());
  const comment: CommentRecord = { id: newId(), issueNumber: issue.number, body: text, user: ctx.account as NonNullable<RouteContext['account']>, created_at: now, updated_at: now };
  issuesOf(ctx.repo).comments.push(comment);
  return json(commentJson(ctx, comment), 201);
}

function updateComment(ctx: RouteContext, [id = '']: string[]): Reply {
  const comment = issuesOf(ctx.repo).comments.find((c) => String(c.id) === id);
  if (comment === undefined) throw notFound();
  requireWrite(ctx, issuesOf(ctx.repo).issues.find((i) => i.number === comment.issueNumber));
  comment.body = checkedBody(stringField(objectBody(ctx.body), 'body'));
  comment.updated_at = stamp(ctx.now());
  return json(commentJson(ctx, comment));
}

export const issueRoutes: Route[] = [
  { method: 'GET', pattern: /^\/issues$/, operation: 'issues.listForRepo', handle: listIssues },
  { method: 'POST', pattern: /^\/issues$/, operation: 'issues.create', handle: createIssue },
  { method: 'PATCH', pattern: /^\/issues\/comments\/(\d+)$/, operation: 'issues.updateComment', handle: updateComment },
  { method: 'PATCH', pattern: /^\/issues\/(\d+)$/, operation: 'issues.update', handle: updateIssue },
  { method: 'GET', pattern: /^\/issues\/(\d+)\/comments$/, operation: 'issues.listComments', handle: listComments },
  { method: 'POST', pattern: /^\/issues\/(\d+)\/comments$/, operation: 'issues.createComment', handle: createComment },
];
