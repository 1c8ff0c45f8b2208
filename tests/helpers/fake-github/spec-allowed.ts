/**
 * Requests the fake serves that GitHub's OpenAPI description does not document (or documents
 * wrongly), each with the reason it is taken without a check. Keep this list short.
 */
export interface AllowedRequest {
  method: string;
  path: RegExp;
  why: string;
}

export const allowedRequests: AllowedRequest[] = [
  // the root folder: the description has only `contents/{path}`, which Octokit sends as `contents/`
  // for an empty path; GitHub serves the root at `contents` as well, and the fake's tests ask both
  { method: 'GET', path: /^\/repos\/[^/]+\/[^/]+\/contents$/, why: 'the root folder without a trailing slash' },
];
