import type { AppContext } from '../app-context.js';
import type { GateAlarm } from './under-alarm.js';
import { whatToDo } from '../handle-gate.js';
import { ALARM_LABEL, findOpenAlarm, gateAlarmOf, markedUntrusted, withMarkedUntrusted, type AlarmIssue } from './alarm-issue.js';
import { alarmBody, alarmTitle, untrustedShas, type TamperReport } from './tamper-incident.js';

/**
 * Opens the alarm issue, or comments on the one already open (one issue per incident would bury
 * the first). Returns what the affected gates say. When the issue cannot be written, the gates of
 * this push still block and say what happened; the log says what to do.
 */
export async function raiseAlarm(context: AppContext, report: TamperReport): Promise<GateAlarm> {
  const where = { owner: report.owner, repo: report.repo };
  const body = alarmBody(report);
  context.log.warn(`factstore: ${alarmTitle(report)} in ${report.owner}/${report.repo}; every gate is blocked until the ${ALARM_LABEL} issue is closed.`);
  try {
    const open = await findOpenAlarm(context, where);
    const untrusted = untrustedShas(report);
    if (open !== undefined) {
      await context.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...where, issue_number: open.number, body });
      // the issue's own marker lists every untrusted commit, so closing it cannot let one count
      const marked = markedUntrusted(open.body);
      if (untrusted.some((sha) => !marked.includes(sha))) {
        await context.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...where, issue_number: open.number, body: withMarkedUntrusted(open.body, [...marked, ...untrusted]) });
      }
      context.log.info(`factstore: the tamper alarm ${open.html_url} was updated.`);
      return gateAlarmOf(open);
    }
    const r = await context.request('POST /repos/{owner}/{repo}/issues', { ...where, title: alarmTitle(report), body: withMarkedUntrusted(body, untrusted), labels: [ALARM_LABEL] });
    const opened = r.data as AlarmIssue;
    context.log.info(`factstore: the tamper alarm ${opened.html_url} was opened.`);
    return gateAlarmOf(opened);
  } catch (e) {
    context.log.error(`factstore: the tamper alarm issue could not be written in ${report.owner}/${report.repo}: ${whatToDo(e)} (the App needs \`issues: write\`).`);
    return { text: `Tamper alarm: ${alarmTitle(report)} (the alarm issue could not be opened). Run \`factstore verify\` on a clone and restore the branch from a trusted copy.` };
  }
}
