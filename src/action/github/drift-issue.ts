import * as core from '@actions/core';
import { applyDriftIssue, type DriftIssueResult } from '../../core/environments/apply-drift-issue.js';
import { planDriftIssue } from '../../core/environments/drift-issue.js';
import type { SnapshotOutcome } from '../../core/environments/take-snapshot.js';
import { messageOf, statusOf, type GitHubRequest } from '../../core/store/github/github-request.js';
import { repoText, type RepoName } from './repo-name.js';

/**
 * Keeps the environment's drift issue in the workflow's repository. The facts are recorded by
 * then, so a token that may not write issues (403), or a repository without issues (410), is a
 * warning that says what to grant, not a failed snapshot.
 */
export async function keepDriftIssue(request: GitHubRequest, repository: RepoName, outcome: SnapshotOutcome): Promise<DriftIssueResult | undefined> {
  const plan = planDriftIssue({ status: outcome.status, open: outcome.open });
  try {
    return await applyDriftIssue(request, repository, plan);
  } catch (e) {
    const status = statusOf(e);
    if (status !== 403 && status !== 410) throw e;
    const fix = status === 403 ? 'give the job `permissions: issues: write`' : `enable Issues in the settings of ${repoText(repository)}`;
    core.warning(
      `factstore: the drift issue of ${plan.environment} was not kept in ${repoText(repository)}: GitHub answered ${status} (${messageOf(e)}). ` +
        `The snapshot and drift facts were recorded; to keep the issue, ${fix}, or set \`drift-issue: false\`.`,
    );
    return undefined;
  }
}
