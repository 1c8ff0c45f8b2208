import type { GitHubRequest } from '../../src/core/store/github/github-request.js';

/** What a handler uses of Probot's context: an installation's requests, its config reader and its log. */
export interface AppContext {
  request: GitHubRequest;
  /** Probot's `context.config`: `.github/<file>` of the repository (with `_extends`), null when absent */
  config: (file: string) => Promise<unknown>;
  log: AppLog;
}

export interface AppLog {
  debug: (message: string) => void;
  info: (message: string) => void;
  error: (message: string) => void;
}
