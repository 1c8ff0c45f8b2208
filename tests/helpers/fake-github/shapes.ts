/** The JSON GitHub answers for refs, git commits, trees, blobs and repository commits. */
import { isoDate } from './commit-object.js';
import type { ParsedCommit, Signature, TreeEntry } from './git-objects.js';
import { notFound, wrappedBase64 } from './http-kit.js';
import type { Repository } from './repository.js';

export interface ShapeContext {
  /** the fake's base URL, where GitHub says https://api.github.com */
  api: string;
  repo: Repository;
  /** the GitHub account a commit email belongs to, if any */
  userByEmail: (email: string) => Record<string, unknown> | null;
}

const HTML = 'https://github.com';

export const nodeId = (kind: string, key: string): string => Buffer.from(`${kind}:${key}`).toString('base64');

export const repoUrl = (ctx: ShapeContext): string => `${ctx.api}/repos/${ctx.repo.fullName}`;

export function refJson(ctx: ShapeContext, fullRef: string, sha: string): Record<string, unknown> {
  const type = ctx.repo.object(sha)?.type ?? 'commit';
  return {
    ref: fullRef,
    node_id: nodeId('Ref', `${ctx.repo.fullName}:${fullRef}`),
    url: `${repoUrl(ctx)}/git/${fullRef}`,
    object: { type, sha, url: `${repoUrl(ctx)}/git/${type}s/${sha}` },
  };
}

function person(s: Signature): Record<string, string> {
  return { name: s.name, email: s.email, date: isoDate(s.seconds) };
}

/** The fake checks no signature: a signed commit is reported as signed by a key GitHub does not know. */
export function verification(c: ParsedCommit): Record<string, unknown> {
  if (c.gpgsig === undefined) return { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
  return { verified: false, reason: 'unknown_key', signature: c.gpgsig, payload: c.payload, verified_at: null };
}

/** GitHub shows a message without the newline git ends it with. */
const shownMessage = (m: string): string => (m.endsWith('\n') ? m.slice(0, -1) : m);

export function gitCommitJson(ctx: ShapeContext, sha: string): Record<string, unknown> {
  const c = ctx.repo.commit(sha);
  if (c === undefined) throw notFound();
  const base = repoUrl(ctx);
  return {
    sha,
    node_id: nodeId('Commit', sha),
    url: `${base}/git/commits/${sha}`,
    html_url: `${HTML}/${ctx.repo.fullName}/commit/${sha}`,
    author: person(c.author),
    committer: person(c.committer),
    tree: { sha: c.tree, url: `${base}/git/trees/${c.tree}` },
    message: shownMessage(c.message),
    parents: c.parents.map((p) => ({ sha: p, url: `${base}/git/commits/${p}`, html_url: `${HTML}/${ctx.repo.fullName}/commit/${p}` })),
    verification: verification(c),
  };
}

/** A commit as "List commits" and "Get a commit" answer it (without files and stats). */
export function repoCommitJson(ctx: ShapeContext, sha: string): Record<string, unknown> {
  const c = ctx.repo.commit(sha);
  if (c === undefined) throw notFound();
  const base = repoUrl(ctx);
  return {
    sha,
    node_id: nodeId('Commit', sha),
    commit: {
      author: person(c.author),
      committer: person(c.committer),
      message: shownMessage(c.message),
      tree: { sha: c.tree, url: `${base}/git/trees/${c.tree}` },
      url: `${base}/git/commits/${sha}`,
      comment_count: 0,
      verification: verification(c),
    },
    url: `${base}/commits/${sha}`,
    html_url: `${HTML}/${ctx.repo.fullName}/commit/${sha}`,
    comments_url: `${base}/commits/${sha}/comments`,
    author: ctx.userByEmail(c.author.email),
    committer: ctx.userByEmail(c.committer.email),
    parents: c.parents.map((p) => ({ sha: p, url: `${base}/commits/${p}`, html_url: `${HTML}/${ctx.repo.fullName}/commit/${p}` })),
  };
}

export function treeEntryJson(ctx: ShapeContext, e: TreeEntry, path: string): Record<string, unknown> {
  const type = e.mode === '040000' ? 'tree' : e.mode === '160000' ? 'commit' : 'blob';
  const out: Record<string, unknown> = { path, mode: e.mode, type, sha: e.sha };
  if (type === 'blob') out.size = ctx.repo.object(e.sha)?.body.length ?? 0;
  if (type !== 'commit') out.url = `${repoUrl(ctx)}/git/${type}s/${e.sha}`;
  return out;
}

export function blobJson(ctx: ShapeContext, sha: string, body: Buffer): Record<string, unknown> {
  return { sha, node_id: nodeId('Blob', sha), size: body.length, url: `${repoUrl(ctx)}/git/blobs/${sha}`, content: wrappedBase64(body), encoding: 'base64' };
}
