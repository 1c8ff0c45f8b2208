import type { AppContext } from '../app-context.js';
import type { GateAlarm } from './under-alarm.js';

/** The label of the tamper alarm issue: while one is open, every gate is blocked. */
export const ALARM_LABEL = 'factstore-tamper';

export interface AlarmIssue {
  number: number;
  html_url: string;
}

/** The open alarm of a repository, if any: one request. */
export async function findOpenAlarm(context: AppContext, { owner, repo }: { owner: string; repo: string }): Promise<AlarmIssue | undefined> {
  const r = await context.request('GET /repos/{owner}/{repo}/issues', { owner, repo, labels: ALARM_LABEL, state: 'open', per_page: 1 });
  const [issue] = r.data as AlarmIssue[];
  return issue;
}

/** What every gate says while the alarm is open. */
export function gateAlarmOf(issue: AlarmIssue): GateAlarm {
  return {
    text: `Tamper alarm open: ${issue.html_url} — the facts branch was changed in a way Factstore does not trust, so no decision stands on it. Run \`factstore verify\` on a clone, restore the branch from a trusted copy, then close the issue.`,
  };
}
