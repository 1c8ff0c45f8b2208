/** GitHub's page-numbered lists: `per_page` (default 30, at most 100), `page`, and a `Link` header. */
import { json, type Reply } from './http-kit.js';
import type { RouteContext } from './route.js';

/** A positive whole number query parameter, capped, or the fallback. */
export function positive(text: string | null, fallback: number, max: number): number {
  const n = text === null ? fallback : Number.parseInt(text, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback;
}

export function linkHeader(ctx: RouteContext, page: number, last: number): string {
  const link = (p: number, rel: string): string => `<${ctx.urlWith({ page: String(p) })}>; rel="${rel}"`;
  const parts: string[] = [];
  if (page > 1) parts.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) parts.push(link(1, 'first'));
  return parts.join(', ');
}

/** One page of `all`, shaped by `shape`, with its Link header. */
export function pageOf<T>(ctx: RouteContext, all: readonly T[], shape: (item: T) => unknown, maxPerPage = 100): Reply {
  const perPage = positive(ctx.query.get('per_page'), 30, maxPerPage);
  const page = positive(ctx.query.get('page'), 1, Number.MAX_SAFE_INTEGER);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const link = linkHeader(ctx, page, last);
  return json(all.slice((page - 1) * perPage, page * perPage).map(shape), 200, link === '' ? {} : { link });
}
