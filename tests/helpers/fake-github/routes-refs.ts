/**
 * References ("REST API endpoints for Git references"): get (404 when missing), list matching,
 * create (201; 422 "Reference already exists"), update (422 "Update is not a fast forward" unless
 * `force`, 422 "Reference does not exist"), delete (204). A ref update is a check-and-set done
 * synchronously inside one request, so concurrent updates cannot both win.
 */
import { ApiError, invalid, json, notFound, objectBody, stringField, type Reply } from './http-kit.js';
import type { Route, RouteContext } from './route.js';
import { refJson } from './shapes.js';

const DOC = 'https://docs.github.com/rest/git/refs';

function existing(ctx: RouteContext, ref: string): { full: string; sha: string } {
  const full = `refs/${ref}`;
  const sha = ctx.repo.refs.get(full);
  if (sha === undefined) throw invalid('Reference does not exist', `${DOC}#update-a-reference`);
  return { full, sha };
}

function target(ctx: RouteContext, sha: string, full: string): void {
  const o = ctx.repo.object(sha);
  // GitHub itself answers 500 for an id it does not hold; a 422 says more to a test
  if (o === undefined) throw invalid('Object does not exist', DOC);
  if (full.startsWith('refs/heads/') && o.type !== 'commit') throw invalid(`Object is not a commit: ${sha}`, DOC);
}

function refused(ctx: RouteContext, full: string): void {
  const message = ctx.repo.protection(full);
  if (message !== undefined) throw new ApiError(422, message, 'https://docs.github.com/articles/about-protected-branches');
}

function matching(ctx: RouteContext, prefix: string): Reply {
  const refs = [...ctx.repo.refs].filter(([name]) => name.startsWith(`refs/${prefix}`)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return json(refs.map(([name, sha]) => refJson(ctx.shapes, name, sha)));
}

export const refRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/git\/ref\/(.+)$/,
    operation: 'git.getRef',
    gitData: true,
    handle(ctx, [ref = '']) {
      const sha = ctx.repo.refs.get(`refs/${ref}`);
      if (sha === undefined) throw notFound();
      return json(refJson(ctx.shapes, `refs/${ref}`, sha));
    },
  },
  {
    method: 'GET',
    pattern: /^\/git\/matching-refs(?:\/(.*))?$/,
    operation: 'git.listMatchingRefs',
    gitData: true,
    handle: (ctx, [ref = '']) => matching(ctx, ref),
  },
  {
    // the older form: one ref when the name is exact, else the refs under it
    method: 'GET',
    pattern: /^\/git\/refs(?:\/(.*))?$/,
    operation: 'git.getRefs',
    gitData: true,
    handle(ctx, [ref = '']) {
      const sha = ctx.repo.refs.get(`refs/${ref}`);
      if (sha !== undefined) return json(refJson(ctx.shapes, `refs/${ref}`, sha));
      const listed = matching(ctx, ref);
      if (ref !== '' && (listed.body as unknown[]).length === 0) throw notFound();
      return listed;
    },
  },
  {
    method: 'POST',
    pattern: /^\/git\/refs$/,
    operation: 'git.createRef',
    write: true,
    gitData: true,
    handle(ctx) {
      const body = objectBody(ctx.body);
      const ref = stringField(body, 'ref');
      const sha = stringField(body, 'sha');
      if (!ref.startsWith('refs/') || ref.split('/').length < 3) throw invalid('Reference name is invalid', `${DOC}#create-a-reference`);
      if (ctx.repo.refs.has(ref)) throw invalid('Reference already exists', `${DOC}#create-a-reference`);
      target(ctx, sha, ref);
      if (ctx.repo.protection(ref) !== undefined) throw invalid('Reference update failed', `${DOC}#create-a-reference`);
      ctx.repo.refs.set(ref, sha);
      return json(refJson(ctx.shapes, ref, sha), 201, { location: `${ctx.shapes.api}/repos/${ctx.repo.fullName}/git/${ref}` });
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/git\/refs\/(.+)$/,
    operation: 'git.updateRef',
    write: true,
    gitData: true,
    handle(ctx, [ref = '']) {
      const body = objectBody(ctx.body);
      const sha = stringField(body, 'sha');
      const { full, sha: current } = existing(ctx, ref);
      target(ctx, sha, full);
      refused(ctx, full);
      const fastForward = current === sha || !full.startsWith('refs/heads/') || ctx.repo.isAncestor(current, sha);
      if (body.force !== true && !fastForward) throw invalid('Update is not a fast forward', `${DOC}#update-a-reference`);
      ctx.repo.refs.set(full, sha);
      return json(refJson(ctx.shapes, full, sha));
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/git\/refs\/(.+)$/,
    operation: 'git.deleteRef',
    write: true,
    gitData: true,
    handle(ctx, [ref = '']) {
      const { full } = existing(ctx, ref);
      if (full === `refs/heads/${ctx.repo.settings.defaultBranch}`) throw invalid('Cannot delete the default branch', `${DOC}#delete-a-reference`);
      refused(ctx, full);
      ctx.repo.refs.delete(full);
      return { status: 204 };
    },
  },
];
