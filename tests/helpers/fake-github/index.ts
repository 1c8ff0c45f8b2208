/**
 * A fake of GitHub's REST API for tests and the bench:
 *
 *   const gh = await startFakeGitHub();
 *   gh.createRepo('acme/app');
 *   gh.putFiles('acme/app', 'main', { '.github/factstore.yml': text });
 *   // GITHUB_API_URL=gh.url, GITHUB_TOKEN=gh.token
 *   await gh.close();
 */
import { FakeGitHub, type FakeGitHubOptions } from './fake-github.js';

export { FakeGitHub, type FakeGitHubOptions, type PullRequestOptions, type PutFilesOptions, type RepoOptions } from './fake-github.js';
export type { InstallationOptions } from './app-auth.js';
export type { CheckRunRecord } from './check-runs.js';
export type { CommentRecord, IssueRecord } from './issues.js';
export type { DeploymentReviewRecord } from './deployment-reviews.js';
export type { TokenOptions } from './auth.js';
export type { FaultOptions } from './faults.js';
export type { RecordedRequest } from './server.js';
export type { SpecViolation } from './spec-check.js';

export function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return FakeGitHub.start(options);
}
