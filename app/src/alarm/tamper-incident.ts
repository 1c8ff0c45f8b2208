import type { UntrustedCommit } from '../push/pushed-commit-trust.js';

/** Something that happened to the facts branch that Factstore did not sign for. */
export type TamperIncident = { kind: 'forced' } | { kind: 'deleted' } | { kind: 'untrusted'; commit: UntrustedCommit };

/** One push's incidents and where they happened, as the alarm issue tells them. */
export interface TamperReport {
  owner: string;
  repo: string;
  branch: string;
  before: string;
  after: string;
  pusher: string;
  incidents: TamperIncident[];
}

/** A force-push or a deletion rewrites the append-only log; an untrusted commit adds facts nobody vouches for. */
export function tamperIncidents(push: { forced?: boolean; deleted?: boolean }, untrusted: readonly UntrustedCommit[]): TamperIncident[] {
  return [
    ...(push.deleted === true ? [{ kind: 'deleted' as const }] : push.forced === true ? [{ kind: 'forced' as const }] : []),
    ...untrusted.map((commit) => ({ kind: 'untrusted' as const, commit })),
  ];
}

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

/** The issue's text (or the comment's, on an alarm already open): what happened, then what to do. */
export function alarmBody(report: TamperReport): string {
  const { branch, before } = report;
  const checkpoint = report.incidents.some((i) => i.kind !== 'untrusted') ? ` --checkpoint ${before}` : '';
  return [
    `### ${alarmTitle(report)}`,
    '',
    `In ${code(`${report.owner}/${report.repo}`)}, branch ${code(branch)}:`,
    ...report.incidents.map((i) => line(report, i)),
    '',
    'While an issue labelled `factstore-tamper` is open, every Factstore gate of the repository reports GATE_BLOCKED and names it.',
    '',
    '**What to do**',
    `1. On a clone, run ${code(`git fetch origin ${branch} && factstore verify --branch ${branch}${checkpoint}`)}: it names every commit and fact that fails.`,
    `2. Restore ${code(branch)} from a trusted copy (a clone or backup whose tip \`factstore verify\` accepts), or remove the untrusted commits; that push is reported here too.`,
    '3. Close this issue once the branch is cleared: the gates are evaluated again on their next event. While an untrusted commit named here is still on the branch, the gates stay blocked even with the issue closed.',
  ].join('\n');
}

/** The untrusted commits of a report: the alarm issue keeps them in a hidden marker. */
export function untrustedShas(report: TamperReport): string[] {
  return report.incidents.flatMap((i) => (i.kind === 'untrusted' ? [i.commit.sha] : []));
}
