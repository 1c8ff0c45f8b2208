import type { GitHubRequest } from '../../src/core/store/github/github-request.js';

/** What a handler uses of Probot's context: an installation's requests, its config reader and its log. */
export interface AppContext {
  request: GitHubRequest;
  /**
   * `.github/<file>` of the repository at `ref` (a commit of the default branch), with Probot's
   * lookup: the org's `.github` repository when absent, `_extends` merged. Null when there is none.
   */
  configAt: (file: string, ref: string) => Promise<unknown>;
  log: AppLog;
}

export interface AppLog {
  debug: (message: string) => void;
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
}
