/** What a route handler gets: the repository, the caller, the request, and its JSON helpers. */
import type { Account } from './auth.js';
import type { Reply } from './http-kit.js';
import type { Repository } from './repository.js';
import type { ShapeContext } from './shapes.js';

export interface RouteContext {
  repo: Repository;
  account: Account | undefined;
  query: URLSearchParams;
  /** the request's `accept` header, lower-cased */
  accept: string;
  /** the parsed JSON body, undefined when there was none */
  body: unknown;
  shapes: ShapeContext;
  /** the fake's clock, for commits that name no date */
  now: () => Date;
  /** the URL of this request with other query parameters (for Link headers) */
  urlWith: (params: Record<string, string>) => string;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** matched against the path after `/repos/{owner}/{repo}`, decoded */
  pattern: RegExp;
  /** Octokit's name for the endpoint, recorded with each request */
  operation: string;
  /** needs the "Contents: write" permission */
  write?: boolean;
  /** answers 409 "Git Repository is empty." on a repository without branches */
  gitData?: boolean;
  handle(ctx: RouteContext, params: string[]): Reply;
}
