/**
 * Blobs, trees and commits ("REST API endpoints for Git blobs / trees / commits"). A recursive tree
 * listing stops at `treeEntryLimit` entries with `truncated: true`, as GitHub's does at 100 000.
 */
import { commitText, parseIsoDate } from './commit-object.js';
import type { Signature } from './git-objects.js';
import { invalid, json, notFound, objectBody, stringField, type Reply } from './http-kit.js';
import type { Route, RouteContext } from './route.js';
import { blobJson, gitCommitJson, repoUrl, treeEntryJson } from './shapes.js';
import { buildTree, readEdit } from './tree-edit.js';

const DOC = 'https://docs.github.com/rest/git';

export const wantsRaw = (accept: string): boolean => /application\/vnd\.github(\.v3)?\.raw/.test(accept);

function treeListing(ctx: RouteContext, sha: string, recursive: boolean, limit: number): Reply {
  const out: Record<string, unknown>[] = [];
  let truncated = false;
  const walk = (tree: string, prefix: string): void => {
    for (const e of ctx.repo.tree(tree) ?? []) {
      if (out.length >= limit) {
        truncated = true;
        return;
      }
      const path = prefix + e.name;
      out.push(treeEntryJson(ctx.shapes, e, path));
      if (recursive && e.mode === '040000') walk(e.sha, `${path}/`);
    }
  };
  walk(sha, '');
  return json({ sha, url: `${repoUrl(ctx.shapes)}/git/trees/${sha}`, tree: out, truncated });
}

function identity(ctx: RouteContext, value: unknown, field: string, fallback: Signature | undefined): Signature {
  const now = { seconds: Math.floor(ctx.now().getTime() / 1000), offset: '+0000' };
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    const a = ctx.account;
    return { name: a?.name ?? 'unknown', email: a?.email ?? 'unknown', ...now };
  }
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || typeof v.name !== 'string' || typeof v.email !== 'string') {
    throw invalid(`Invalid request.\n\nFor '${field}', name and email are required.`, `${DOC}/commits#create-a-commit`);
  }
  if (v.date === undefined) return { name: v.name, email: v.email, ...now };
  const when = typeof v.date === 'string' ? parseIsoDate(v.date) : undefined;
  if (when === undefined) throw invalid(`Invalid request.\n\n${JSON.stringify(v.date)} is not a valid date-time.`, `${DOC}/commits#create-a-commit`);
  return { name: v.name, email: v.email, ...when };
}

export function objectRoutes(treeEntryLimit: number): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/git\/blobs$/,
      operation: 'git.createBlob',
      write: true,
      gitData: true,
      handle(ctx) {
        const body = objectBody(ctx.body);
        const content = stringField(body, 'content');
        const encoding = body.encoding ?? 'utf-8';
        if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64') throw invalid(`encoding must be "utf-8" or "base64", not ${JSON.stringify(encoding)}`, `${DOC}/blobs#create-a-blob`);
        const sha = ctx.repo.write('blob', Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
        const url = `${repoUrl(ctx.shapes)}/git/blobs/${sha}`;
        return json({ url, sha }, 201, { location: url });
      },
    },
    {
      method: 'GET',
      pattern: /^\/git\/blobs\/([^/]+)$/,
      operation: 'git.getBlob',
      gitData: true,
      handle(ctx, [sha = '']) {
        const o = ctx.repo.object(sha, 'blob');
        if (o === undefined) throw notFound();
        if (wantsRaw(ctx.accept)) return { status: 200, raw: o.body, headers: { 'content-type': 'application/vnd.github.raw' } };
        return json(blobJson(ctx.shapes, sha, o.body));
      },
    },
    {
      method: 'GET',
      pattern: /^\/git\/trees\/(.+)$/,
      operation: 'git.getTree',
      gitData: true,
      handle(ctx, [name = '']) {
        // "The SHA1 value or ref (branch or tag) name of the tree": a commit or a ref names its tree
        const sha = ctx.repo.object(name, 'tree') !== undefined ? name : ctx.repo.commit(ctx.repo.resolveCommit(name) ?? '')?.tree;
        if (sha === undefined || ctx.repo.object(sha, 'tree') === undefined) throw notFound();
        return treeListing(ctx, sha, ctx.query.has('recursive'), treeEntryLimit);
      },
    },
    {
      method: 'POST',
      pattern: /^\/git\/trees$/,
      operation: 'git.createTree',
      write: true,
      gitData: true,
      handle(ctx) {
        const body = objectBody(ctx.body);
        if (!Array.isArray(body.tree)) throw invalid('Invalid request.\n\n"tree" wasn\'t supplied.', `${DOC}/trees#create-a-tree`);
        const base = body.base_tree;
        if (base !== undefined && base !== null && (typeof base !== 'string' || ctx.repo.object(base, 'tree') === undefined)) {
          throw invalid('base_tree is not a valid tree oid', `${DOC}/trees#create-a-tree`);
        }
        const edits = (body.tree as unknown[]).map((item) => readEdit(ctx.repo, item));
        const sha = buildTree(ctx.repo, typeof base === 'string' ? base : undefined, edits);
        const reply = treeListing(ctx, sha, false, Number.POSITIVE_INFINITY);
        return { ...reply, status: 201, headers: { location: `${repoUrl(ctx.shapes)}/git/trees/${sha}` } };
      },
    },
    {
      method: 'GET',
      pattern: /^\/git\/commits\/([^/]+)$/,
      operation: 'git.getCommit',
      gitData: true,
      handle: (ctx, [sha = '']) => json(gitCommitJson(ctx.shapes, sha)),
    },
    {
      method: 'POST',
      pattern: /^\/git\/commits$/,
      operation: 'git.createCommit',
      write: true,
      gitData: true,
      handle(ctx) {
        const body = objectBody(ctx.body);
        const message = stringField(body, 'message');
        const tree = stringField(body, 'tree');
        if (ctx.repo.object(tree, 'tree') === undefined) throw invalid('Tree SHA does not exist', `${DOC}/commits#create-a-commit`);
        const parents = body.parents ?? [];
        if (!Array.isArray(parents) || parents.some((p) => typeof p !== 'string' || ctx.repo.commit(p) === undefined)) {
          throw invalid('Parent SHA does not exist or is not a commit object', `${DOC}/commits#create-a-commit`);
        }
        if (body.signature !== undefined && typeof body.signature !== 'string') throw invalid('Invalid request.\n\n"signature" is not a string.', `${DOC}/commits#create-a-commit`);
        const author = identity(ctx, body.author, 'author', undefined);
        // "By default, committer will use the information set in author"
        const committer = identity(ctx, body.committer, 'committer', author);
        const text = commitText({ tree, parents: parents as string[], author, committer, message, ...(typeof body.signature === 'string' ? { signature: body.signature } : {}) });
        const sha = ctx.repo.write('commit', Buffer.from(text, 'utf8'));
        return json(gitCommitJson(ctx.shapes, sha), 201, { location: `${repoUrl(ctx.shapes)}/git/commits/${sha}` });
      },
    },
  ];
}
