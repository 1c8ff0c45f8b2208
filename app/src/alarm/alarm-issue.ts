import type { AppContext } from '../app-context.js';
import type { GateAlarm } from './under-alarm.js';

/** The label of the tamper alarm issue: while one is open, every gate is blocked. */
export const ALARM_LABEL = 'factstore-tamper';

export interface AlarmIssue {
  number: number;
  html_url: string;
  body?: string | null;
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

const MARKER = /<!-- factstore:untrusted ([0-9a-f ]*) -->/;

/** The untrusted commits an alarm issue names in its hidden marker (none once cleared). */
export function markedUntrusted(body: string | null | undefined): string[] {
  const found = MARKER.exec(body ?? '')?.[1] ?? '';
  return [...new Set(found.split(' ').filter((sha) => /^[0-9a-f]{40}$/.test(sha)))];
}

/** The body with `shas` in its marker: added to those already there, or the marker dropped when none are left. */
export function withMarkedUntrusted(body: string | null | undefined, shas: readonly string[]): string {
  const text = body ?? '';
  const marker = shas.length === 0 ? '' : `<!-- factstore:untrusted ${[...new Set(shas)].join(' ')} -->`;
  if (MARKER.test(text)) return marker === '' ? text.replace(MARKER, '').trimEnd() : text.replace(MARKER, marker);
  return marker === '' ? text : `${text}\n\n${marker}`;
}
