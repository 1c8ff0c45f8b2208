import type { AppContext } from '../app-context.js';

/** The label of the issue that tells people about the tamper alarm (the gates never read it). */
export const ALARM_LABEL = 'factstore-tamper';

export interface AlarmIssue {
  number: number;
  html_url: string;
}

/**
 * Tells people in the facts repository: a comment on the open `factstore-tamper` issue, or a new
 * one (one issue per incident would bury the first). The issue informs; the alarm itself is kept
 * where only the App writes, so editing or closing the issue changes nothing.
 */
export async function tellAlarmIssue(context: AppContext, { owner, repo }: { owner: string; repo: string }, title: string, body: string): Promise<AlarmIssue> {
  const where = { owner, repo };
  const r = await context.request('GET /repos/{owner}/{repo}/issues', { ...where, labels: ALARM_LABEL, state: 'open', per_page: 1 });
  const [open] = r.data as AlarmIssue[];
  if (open !== undefined) {
    await context.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...where, issue_number: open.number, body });
    return open;
  }
  return (await context.request('POST /repos/{owner}/{repo}/issues', { ...where, title, body, labels: [ALARM_LABEL] })).data as AlarmIssue;
}
