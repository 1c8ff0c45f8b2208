import { statusOf, type GitHubRepo } from '../../../src/core/store/github/github-request.js';
import type { AppContext } from '../app-context.js';
import { ALARM_LABEL, gateAlarmOf, markedUntrusted, withMarkedUntrusted, type AlarmIssue } from './alarm-issue.js';
import type { GateAlarm } from './under-alarm.js';

/** How many of the newest alarm issues are looked at: open ones block; closed ones are checked. */
export const ALARM_LOOKBACK = 10;

interface ListedIssue extends AlarmIssue {
  state: 'open' | 'closed';
}

/**
 * The alarm a gate must honour, one request in the usual case. An open alarm issue blocks. A closed
 * one still blocks while an untrusted commit it names is on the facts branch: closing the issue
 * must not let that commit's facts count (DESIGN §2). Once every commit it names is gone from the
 * branch, its marker is cleared so later gates do not ask again.
 */
export async function currentAlarm(context: AppContext, facts: GitHubRepo): Promise<GateAlarm | undefined> {
  const { owner, repo } = facts;
  const r = await context.request('GET /repos/{owner}/{repo}/issues', { owner, repo, labels: ALARM_LABEL, state: 'all', per_page: ALARM_LOOKBACK });
  const issues = r.data as ListedIssue[];
  const open = issues.find((i) => i.state === 'open');
  if (open !== undefined) return gateAlarmOf(open);
  for (const issue of issues) {
    const marked = markedUntrusted(issue.body);
    if (marked.length === 0) continue;
    const remaining: string[] = [];
    for (const sha of marked) if (await onBranch(context, facts, sha)) remaining.push(sha);
    const [first] = remaining;
    if (first !== undefined) return lingering(issue, first, facts.branch);
    await context.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: issue.number, body: withMarkedUntrusted(issue.body, []) });
    context.log.info(`factstore: the untrusted commits named by ${issue.html_url} are gone from ${facts.branch}; the alarm is cleared.`);
  }
  return undefined;
}

/** Whether `sha` is in the history of the branch: the branch is ahead of it, or at it. An unknown commit is not. */
async function onBranch(context: AppContext, { owner, repo, branch }: GitHubRepo, sha: string): Promise<boolean> {
  try {
    const r = await context.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner, repo, basehead: `${sha}...${branch}`, per_page: 1 });
    const status = (r.data as { status?: unknown }).status;
    return status === 'ahead' || status === 'identical';
  } catch (e) {
    const code = statusOf(e);
    if (code === 404 || code === 422) return false;
    throw e;
  }
}

function lingering(issue: AlarmIssue, sha: string, branch: string): GateAlarm {
  return {
    text: `Tamper alarm ${issue.html_url} was closed, but the untrusted commit ${sha.slice(0, 12)} it names is still on ${branch}, so its facts cannot count. Restore ${branch} from a trusted copy without it (\`factstore verify\` on a clone names every such commit); the gates open again once it is gone.`,
  };
}
