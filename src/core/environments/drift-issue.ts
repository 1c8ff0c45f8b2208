import { codeSpan } from '../report/breakdown/markdown-escape.js';
import { countOf } from '../report/breakdown/summary-text.js';
import { fitIssueBody } from './drift-issue-body.js';
import { driftRows, DRIFT_TABLE_HEAD } from './drift-rows.js';
import type { EnvironmentStatus } from './environment-status.js';
import type { OpenDrift } from './plan-drift.js';

/** The label of every drift issue: with the marker, how the issue of an environment is found again. */
export const DRIFT_LABEL = 'factstore-drift';

/** The hidden line that says which environment an issue is about (titles can be edited). */
export function driftMarker(environment: string): string {
  return `<!-- factstore:drift:${environment} -->`;
}

interface PlanBase {
  environment: string;
  label: string;
  marker: string;
}

/**
 * What to do with an environment's drift issue: have one open with this title and body, close the
 * open one with a comment, or leave things as they are (no snapshot judged yet).
 */
export type DriftIssuePlan =
  | (PlanBase & { action: 'open'; title: string; body: string })
  | (PlanBase & { action: 'close'; comment: string })
  | (PlanBase & { action: 'leave' });

export interface DriftIssueInput {
  status: EnvironmentStatus;
  /** the environment's open drifts, oldest first */
  open: readonly OpenDrift[];
}

/**
 * One issue per environment while anything drifts: the body lists every drifting artifact (cut to
 * fit GitHub's limit, saying how many more there are), so it changes only when the drift does.
 * When the environment is COMPLIANT again the issue is closed with a comment.
 */
export function planDriftIssue({ status, open }: DriftIssueInput): DriftIssuePlan {
  const environment = status.environment;
  const base: PlanBase = { environment, label: DRIFT_LABEL, marker: driftMarker(environment) };
  const where = codeSpan(environment);
  if (open.length > 0) {
    const head =
      `${base.marker}\n${countOf(open.length, 'artifact')} ${open.length === 1 ? 'runs' : 'run'} in ${where} (${status.type}) that ${open.length === 1 ? 'is' : 'are'} not allowed there: ` +
      'no trail recorded it, or it is not COMPLIANT in the flows that must vouch for it.\n\n' +
      DRIFT_TABLE_HEAD;
    const tail =
      `\nFactstore keeps this issue: each snapshot of ${where} updates it while the drift lasts, and closes it when every artifact running there is COMPLIANT. ` +
      `\`factstore env status ${environment}\` shows the same judgement.\n`;
    return { ...base, action: 'open', title: `Factstore: drift in ${environment}`, body: fitIssueBody(head, driftRows(open, status), tail) };
  }
  if (status.status !== 'COMPLIANT' || status.snapshot === null) return { ...base, action: 'leave' };
  return {
    ...base,
    action: 'close',
    comment:
      `The drift is over: all ${countOf(status.artifacts.length, 'artifact')} running in ${where} at snapshot ${codeSpan(status.snapshot.id.slice(0, 12))} ` +
      `(${status.snapshot.ts}) ${status.artifacts.length === 1 ? 'is' : 'are'} COMPLIANT. Closed by Factstore; a new drift opens a new issue.`,
  };
}
