/**
 * Pull requests as the test registers them (`gh.openPullRequest`): "Get a pull request" and
 * "List pull requests associated with a commit" (here: the open pull requests whose head is the
 * commit, or contains it). Never merged; `mergeable` is unknown (null), as GitHub first says.
 */
import { userJson } from './auth.js';
import { invalid, json, notFound, type Reply } from './http-kit.js';
import { issuesOf, type IssueRecord } from './issues.js';
import type { Route, RouteContext } from './route.js';
import { nodeId, repoUrl } from './shapes.js';

const DOC = 'https://docs.github.com/rest/pulls/pulls';

function side(ctx: RouteContext, ref: string, sha: string): Record<string, unknown> {
  const owner = { login: ctx.repo.settings.owner, type: 'Organization', url: `${ctx.shapes.api}/users/${ctx.repo.settings.owner}` };
  return {
    label: `${ctx.repo.settings.owner}:${ref}`,
    ref,
    sha,
    user: owner,
    repo: { id: ctx.repo.settings.id, name: ctx.repo.settings.name, full_name: ctx.repo.fullName, private: ctx.repo.settings.private, owner, default_branch: ctx.repo.settings.defaultBranch, url: repoUrl(ctx.shapes) },
  };
}

export function pullJson(ctx: RouteContext, i: IssueRecord): Record<string, unknown> {
  const pull = i.pull as NonNullable<IssueRecord['pull']>;
  const url = `${repoUrl(ctx.shapes)}/pulls/${i.number}`;
  const html = `https://github.com/${ctx.repo.fullName}/pull/${i.number}`;
  return {
    url,
    id: i.id,
    node_id: nodeId('PullRequest', String(i.id)),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoUrl(ctx.shapes)}/issues/${i.number}`,
    commits_url: `${url}/commits`,
    comments_url: `${repoUrl(ctx.shapes)}/issues/${i.number}/comments`,
    statuses_url: `${repoUrl(ctx.shapes)}/statuses/${pull.headSha}`,
    number: i.number,
    state: i.state,
    locked: false,
    title: i.title,
    user: userJson(i.user, ctx.shapes.api),
    body: i.body,
    labels: [],
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    merged_at: null,
    merge_commit_sha: null,
    draft: false,
    head: side(ctx, pull.headRef, pull.headSha),
    base: side(ctx, pull.baseRef, ctx.repo.refs.get(`refs/heads/${pull.baseRef}`) ?? ''),
    author_association: 'NONE',
    merged: false,
    mergeable: null,
    mergeable_state: 'unknown',
    comments: issuesOf(ctx.repo).comments.filter((c) => c.issueNumber === i.number).length,
  };
}

function getPull(ctx: RouteContext, [number = '']: string[]): Reply {
  const issue = issuesOf(ctx.repo).issues.find((i) => String(i.number) === number && i.pull !== undefined);
  if (issue === undefined) throw notFound();
  return json(pullJson(ctx, issue));
}

/** The commit is the head, or one of the commits the pull request adds to its base. */
function contains(ctx: RouteContext, pull: NonNullable<IssueRecord['pull']>, sha: string): boolean {
  if (pull.headSha === sha) return true;
  const base = ctx.repo.refs.get(`refs/heads/${pull.baseRef}`);
  return ctx.repo.isAncestor(sha, pull.headSha) && (base === undefined || !ctx.repo.isAncestor(sha, base));
}

function pullsOfCommit(ctx: RouteContext, [ref = '']: string[]): Reply {
  const sha = ctx.repo.resolveCommit(ref);
  if (sha === undefined) throw invalid(`No commit found for SHA: ${ref}`, `${DOC}#list-pull-requests-associated-with-a-commit`);
  const pulls = issuesOf(ctx.repo).issues.filter((i) => i.pull !== undefined && i.state === 'open' && contains(ctx, i.pull, sha));
  return json(pulls.sort((a, b) => b.number - a.number).map((i) => pullJson(ctx, i)));
}

export const pullRoutes: Route[] = [
  { method: 'GET', pattern: /^\/pulls\/(\d+)$/, operation: 'pulls.get', handle: getPull },
  { method: 'GET', pattern: /^\/commits\/([^/]+)\/pulls$/, operation: 'repos.listPullRequestsAssociatedWithCommit', gitData: true, handle: pullsOfCommit },
];
