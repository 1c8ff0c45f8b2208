import type { GitHubRequest } from '../store/github/github-request.js';
import type { DriftIssuePlan } from './drift-issue.js';
import { findDriftIssue } from './find-drift-issue.js';

/** What was done: the issue's number and address when there is one. */
export interface DriftIssueResult {
  action: 'created' | 'updated' | 'unchanged' | 'closed' | 'none';
  number?: number;
  url?: string;
}

/**
 * Applies a drift issue plan in `owner/repo`: finds the environment's open issue by its label and
 * marker (never opening a second one), then creates it, updates it only when its body changed, or
 * closes it with a comment. GitHub's errors are thrown as the request threw them (a token without
 * `issues: write` gets a 403).
 */
export async function applyDriftIssue(request: GitHubRequest, where: { owner: string; repo: string }, plan: DriftIssuePlan): Promise<DriftIssueResult> {
  if (plan.action === 'leave') return { action: 'none' };
  const { owner, repo } = where;
  const issue = await findDriftIssue(request, { owner, repo, label: plan.label, marker: plan.marker });
  if (plan.action === 'close') {
    if (issue === undefined) return { action: 'none' };
    await request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issue.number, body: plan.comment });
    await request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: issue.number, url: issue.html_url };
  }
  if (issue === undefined) {
    const created = (await request('POST /repos/{owner}/{repo}/issues', { owner, repo, title: plan.title, body: plan.body, labels: [plan.label] })).data as { number: number; html_url: string };
    return { action: 'created', number: created.number, url: created.html_url };
  }
  if ((issue.body ?? '').replace(/\r\n/g, '\n') === plan.body) return { action: 'unchanged', number: issue.number, url: issue.html_url };
  await request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: issue.number, body: plan.body });
  return { action: 'updated', number: issue.number, url: issue.html_url };
}
