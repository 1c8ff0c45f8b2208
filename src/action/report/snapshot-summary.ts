import type { DriftIssueResult } from '../../core/environments/apply-drift-issue.js';
import { driftRows, DRIFT_TABLE_HEAD } from '../../core/environments/drift-rows.js';
import { statusTable } from '../../core/environments/status-table.js';
import type { SnapshotOutcome } from '../../core/environments/take-snapshot.js';
import type { Skipped } from '../../core/environments/sources/index.js';
import type { DriftFact } from '../../core/model/fact.js';
import { codeSpan, escapeMarkdown } from '../../core/report/breakdown/index.js';

export interface SnapshotSummaryInput {
  outcome: SnapshotOutcome;
  skipped: readonly Skipped[];
  /** the facts commit written; undefined when nothing was */
  factsCommit: string | undefined;
  commitLink: string | undefined;
  dryRun: boolean;
  issue: DriftIssueResult | undefined;
}

/** Drift lists in the summary stop here: the job summary is for reading, the issue for the full list. */
const MAX_DRIFT_ROWS = 200;
const MAX_SKIPPED = 20;

/** The job summary of a snapshot: the verdict, what was recorded, every running artifact judged, the drift. */
export function snapshotSummary({ outcome, skipped, factsCommit, commitLink, dryRun, issue }: SnapshotSummaryInput): string {
  const { status } = outcome;
  const env = codeSpan(status.environment);
  const lines = [status.status === 'COMPLIANT' ? `## ✅ Factstore: ${env} is COMPLIANT` : `## ❌ Factstore: drift in ${env}`, '', recordedLine(outcome, factsCommit, commitLink, dryRun), ''];
  lines.push(statusTable(status), '');
  const events = outcome.facts.filter((f): f is DriftFact => f.kind === 'drift');
  if (events.length > 0) {
    lines.push(`**${dryRun ? 'Would record' : 'Recorded'}:** ${events.map((d) => `${d.event} ${codeSpan(d.name)} ${codeSpan(d.artifact.slice(0, 19))} (${d.reason ?? d.resolution ?? ''})`).join('; ')}`, '');
  }
  if (outcome.open.length > 0) {
    const rows = driftRows(outcome.open.slice(0, MAX_DRIFT_ROWS), status);
    lines.push(`### Drift (${outcome.open.length})`, '', DRIFT_TABLE_HEAD + rows.join('\n'));
    if (outcome.open.length > MAX_DRIFT_ROWS) lines.push('', `…and ${outcome.open.length - MAX_DRIFT_ROWS} more: see the drift issue.`);
    lines.push('');
  }
  const issueLine = issueText(issue);
  if (issueLine !== undefined) lines.push(issueLine, '');
  if (skipped.length > 0) {
    lines.push(`Left out of the snapshot (${skipped.length}): ${skipped.slice(0, MAX_SKIPPED).map((s) => `${escapeMarkdown(s.what)}: ${escapeMarkdown(s.why)}`).join('; ')}${skipped.length > MAX_SKIPPED ? '; …' : ''}`, '');
  }
  return `${lines.join('\n')}\n`;
}

function recordedLine(outcome: SnapshotOutcome, factsCommit: string | undefined, commitLink: string | undefined, dryRun: boolean): string {
  const { snapshot } = outcome;
  const count = `${snapshot.artifacts.length} artifact${snapshot.artifacts.length === 1 ? '' : 's'}`;
  const id = codeSpan(snapshot.id.slice(0, 12));
  const commit = factsCommit === undefined ? '' : commitLink !== undefined ? ` in facts commit [${factsCommit.slice(0, 12)}](${commitLink})` : ` in facts commit ${codeSpan(factsCommit.slice(0, 12))}`;
  if (dryRun) return `Dry run: ${outcome.facts.length} fact(s) would be recorded; nothing was written (no facts, no issue).`;
  if (outcome.unchanged) return `Nothing new recorded: the same ${count} run as at snapshot ${id} (${snapshot.ts})${outcome.facts.length > 0 ? `; the drift facts below were recorded${commit}` : ''}.`;
  return `Recorded snapshot ${id}: ${count} running${commit}.`;
}

function issueText(issue: DriftIssueResult | undefined): string | undefined {
  if (issue === undefined || issue.action === 'none' || issue.number === undefined) return undefined;
  const ref = issue.url !== undefined ? `[#${issue.number}](${issue.url})` : `#${issue.number}`;
  const verb = { created: 'opened', updated: 'updated', unchanged: 'open, unchanged', closed: 'closed' }[issue.action];
  return `Drift issue ${ref}: ${verb}.`;
}
