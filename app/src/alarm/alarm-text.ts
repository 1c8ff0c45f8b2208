import { blocking, type TamperIncident, type TamperReport } from './tamper-incident.js';

/** GitHub refuses issue and comment bodies over 65,536 characters; this leaves room to spare. */
export const BODY_LIMIT = 60_000;

export function alarmTitle(report: TamperReport): string {
  const first = report.incidents[0];
  const branch = `the facts branch ${report.branch}`;
  if (first?.kind === 'deleted') return `Factstore: ${branch} was deleted`;
  if (first?.kind === 'forced') return `Factstore: ${branch} was force-pushed`;
  return `Factstore: ${branch} has commits not signed by a trusted key`;
}

/** Backticks in names cannot close the code span they are shown in. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function line(report: TamperReport, incident: TamperIncident): string {
  const by = `by ${code(report.pusher)}`;
  switch (incident.kind) {
    case 'deleted':
      return `- The branch was **deleted** ${by}; its tip was ${code(report.before)}.`;
    case 'forced':
      return `- The branch was **force-pushed** ${by} from ${code(report.before)} to ${code(report.after)}: the append-only log was rewritten.`;
    case 'untrusted': {
      const { sha, trust } = incident.commit;
      return `- Commit ${code(sha)} (pushed ${by}) is **${trust.status}**: ${trust.detail ?? 'its signature is not from a key under trust.signers'}`;
    }
  }
}

/**
 * The issue's text (or the comment's, on an issue already open): what happened, what it does to
 * the gates, then what to do. Incidents that do not fit GitHub's limit are counted, not listed.
 * `alarmId`: the TAMPER_ALARM_RAISED fact, when one was recorded.
 */
export function alarmBody(report: TamperReport, alarmId?: string, limit = BODY_LIMIT): string {
  const { branch, before } = report;
  const raised = blocking(report);
  const checkpoint = raised ? ` --checkpoint ${before}` : '';
  const head = [`### ${alarmTitle(report)}`, '', `In ${code(`${report.owner}/${report.repo}`)}, branch ${code(branch)}:`];
  const effect = raised
    ? [
        `The **tamper alarm** is open${alarmId !== undefined ? ` (fact ${code(alarmId.slice(0, 12))})` : ''}: every Factstore gate of the repository reports GATE_BLOCKED and names it until an admin clears it. It is kept in the App's **Factstore tamper alarm** check run on the facts branch's first commit, not in this issue: closing the issue changes nothing.`,
      ]
    : [
        'The facts these commits added **do not count**: every gate, report and `factstore verify` leaves them out and names them. They do not block the gates.',
      ];
  const steps = raised
    ? [
        '**What to do**',
        `1. On a clone, run ${code(`git fetch origin ${branch} && factstore verify --branch ${branch}${checkpoint}`)}: it names every commit and fact that fails.`,
        `2. Restore ${code(branch)} from a trusted copy (a clone or backup whose tip \`factstore verify\` accepts); that push is reported here too. Protect the branch against force pushes and deletion.`,
        '3. An admin listed under `trust.admins` of `.github/factstore.yml` comments `/factstore clear-alarm <why the branch can be trusted again>` here or on a pull request: the App records the clearing, signed with its key, and the gates decide again at their next event.',
      ]
    : [
        '**What to do**',
        `1. On a clone, run ${code(`git fetch origin ${branch} && factstore verify --branch ${branch}`)}: it names every commit and fact that does not count.`,
        '2. Find out who pushed them, and protect the branch so that only the writers whose keys `trust.signers` lists can push to it.',
      ];
  const tail = ['', ...effect, '', ...steps];
  const lines = report.incidents.map((i) => line(report, i));
  const fixed = [...head, ...tail].join('\n').length + 200;
  const shown: string[] = [];
  let used = fixed;
  for (const l of lines) {
    if (used + l.length + 1 > limit) break;
    shown.push(l);
    used += l.length + 1;
  }
  const left = lines.length - shown.length;
  const more = left > 0 ? [`- … and ${left} more incident${left === 1 ? '' : 's'}, not listed here to stay within GitHub's limit: \`factstore verify\` lists them all.`] : [];
  return [...head, ...shown, ...more, ...tail].join('\n');
}
