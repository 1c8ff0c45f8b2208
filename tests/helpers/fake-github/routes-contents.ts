/**
 * "Get repository content" and "Create or update file contents". A file comes base64 encoded
 * (content "" and encoding "none" past 1 MB), a folder as an array of its entries (at most 1 000),
 * the raw bytes with `application/vnd.github.raw`; a repository without branches answers 404 "This
 * repository is empty." — and takes its first commit through PUT, as GitHub's does.
 */
import { commitText, parseIsoDate } from './commit-object.js';
import type { Signature, TreeEntry } from './git-objects.js';
import { ApiError, invalid, json, notFound, objectBody, stringField, wrappedBase64, type Reply } from './http-kit.js';
import type { Route, RouteContext } from './route.js';
import { wantsRaw } from './routes-objects.js';
import { gitCommitJson, repoUrl } from './shapes.js';
import { buildTree } from './tree-edit.js';

const DOC = 'https://docs.github.com/rest/repos/contents';
const INLINE_LIMIT = 1024 * 1024;
const FOLDER_LIMIT = 1000;

const cleanPath = (p: string | undefined): string => (p ?? '').replace(/^\/+|\/+$/g, '');

function kindOf(e: TreeEntry): string {
  if (e.mode === '040000') return 'dir';
  if (e.mode === '120000') return 'symlink';
  if (e.mode === '160000') return 'submodule';
  return 'file';
}

function entryJson(ctx: RouteContext, e: TreeEntry, path: string, ref: string, listed: boolean): Record<string, unknown> {
  const base = repoUrl(ctx.shapes);
  const kind = kindOf(e);
  const url = `${base}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const git = kind === 'submodule' ? null : `${base}/git/${kind === 'dir' ? 'trees' : 'blobs'}/${e.sha}`;
  const html = `https://github.com/${ctx.repo.fullName}/${kind === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`;
  const size = kind === 'dir' || kind === 'submodule' ? 0 : (ctx.repo.object(e.sha)?.body.length ?? 0);
  return {
    // "submodules have their type specified as file" in a folder's listing
    type: listed && kind === 'submodule' ? 'file' : kind,
    size,
    name: e.name,
    path,
    sha: e.sha,
    url,
    git_url: git,
    html_url: html,
    download_url: kind === 'file' ? `https://raw.githubusercontent.com/${ctx.repo.fullName}/${ref}/${path}` : null,
    _links: { self: url, git, html },
  };
}

function fileJson(ctx: RouteContext, e: TreeEntry, path: string, ref: string): Record<string, unknown> {
  const out = entryJson(ctx, e, path, ref, false);
  const body = ctx.repo.object(e.sha)?.body ?? Buffer.alloc(0);
  if (e.mode === '120000') return { ...out, target: body.toString('utf8') };
  if (e.mode === '160000') return { ...out, submodule_git_url: null };
  const inline = body.length <= INLINE_LIMIT;
  return { ...out, encoding: inline ? 'base64' : 'none', content: inline ? wrappedBase64(body) : '' };
}

function getContent(ctx: RouteContext, [raw]: string[]): Reply {
  if (ctx.repo.isEmpty) throw notFound('This repository is empty.');
  const ref = ctx.query.get('ref') ?? ctx.repo.settings.defaultBranch;
  const commit = ctx.repo.resolveCommit(ref);
  if (commit === undefined) throw notFound(`No commit found for the ref ${ref}`);
  const path = cleanPath(raw);
  const entry = ctx.repo.entryAt(ctx.repo.commit(commit)?.tree ?? '', path);
  if (entry === undefined) throw notFound();
  if (entry.mode !== '040000') {
    // GitHub says charset=utf-8, which is also what makes Octokit hand the body back as text (Probot's config reader parses it)
    if (wantsRaw(ctx.accept) && entry.mode !== '160000') return { status: 200, raw: ctx.repo.object(entry.sha)?.body ?? Buffer.alloc(0), headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } };
    return json(fileJson(ctx, { ...entry, name: path.split('/').pop() ?? '' }, path, ref));
  }
  const listed = (ctx.repo.tree(entry.sha) ?? []).slice(0, FOLDER_LIMIT).map((e) => entryJson(ctx, e, path === '' ? e.name : `${path}/${e.name}`, ref, true));
  if (/application\/vnd\.github(\.v3)?\.object/.test(ctx.accept)) {
    return json({ ...entryJson(ctx, { ...entry, name: path.split('/').pop() ?? '' }, path, ref, false), entries: listed });
  }
  return json(listed);
}

function person(ctx: RouteContext, value: unknown, fallback: Signature | undefined): Signature {
  const now = { seconds: Math.floor(ctx.now().getTime() / 1000), offset: '+0000' };
  const v = value as { name?: unknown; email?: unknown; date?: unknown } | undefined;
  if (v === undefined || v === null) return fallback ?? { name: ctx.account?.name ?? 'unknown', email: ctx.account?.email ?? 'unknown', ...now };
  if (typeof v.name !== 'string' || typeof v.email !== 'string') throw invalid('Invalid request.\n\nname and email are required.', DOC);
  const when = typeof v.date === 'string' ? parseIsoDate(v.date) : undefined;
  return { name: v.name, email: v.email, ...(when ?? now) };
}

function putContent(ctx: RouteContext, [raw]: string[]): Reply {
  const body = objectBody(ctx.body);
  const path = cleanPath(raw);
  const message = stringField(body, 'message');
  const content = Buffer.from(stringField(body, 'content'), 'base64');
  const branch = typeof body.branch === 'string' ? body.branch : ctx.repo.settings.defaultBranch;
  const full = `refs/heads/${branch}`;
  const tip = ctx.repo.refs.get(full);
  if (tip === undefined && !ctx.repo.isEmpty) throw notFound(`Branch ${branch} not found`);
  const protection = ctx.repo.protection(full);
  if (protection !== undefined) throw new ApiError(409, `Could not create file: ${protection}`, DOC);
  const baseTree = tip === undefined ? undefined : ctx.repo.commit(tip)?.tree;
  const existing = baseTree === undefined ? undefined : ctx.repo.entryAt(baseTree, path);
  if (existing !== undefined && body.sha === undefined) throw invalid('Invalid request.\n\n"sha" wasn\'t supplied.', DOC);
  if (existing !== undefined && body.sha !== existing.sha) throw new ApiError(409, `${path} does not match ${String(body.sha)}`, DOC);
  const blob = ctx.repo.write('blob', content);
  const tree = buildTree(ctx.repo, baseTree, [{ path, mode: '100644', sha: blob }]);
  const committer = person(ctx, body.committer, undefined);
  const author = person(ctx, body.author, committer);
  const text = commitText({ tree, parents: tip === undefined ? [] : [tip], author, committer, message });
  const sha = ctx.repo.write('commit', Buffer.from(text, 'utf8'));
  ctx.repo.refs.set(full, sha);
  const entry: TreeEntry = { mode: '100644', name: path.split('/').pop() ?? path, sha: blob };
  return json({ content: entryJson(ctx, entry, path, branch, false), commit: gitCommitJson(ctx.shapes, sha) }, existing === undefined ? 201 : 200);
}

export const contentRoutes: Route[] = [
  { method: 'GET', pattern: /^\/contents(?:\/(.*))?$/, operation: 'repos.getContent', handle: getContent },
  { method: 'PUT', pattern: /^\/contents\/(.+)$/, operation: 'repos.createOrUpdateFileContents', write: true, handle: putContent },
];
