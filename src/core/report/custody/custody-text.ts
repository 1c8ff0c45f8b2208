import { byteSize } from '../evidence/byte-size.js';
import { overrideText } from '../breakdown/override-text.js';
import { summaryText } from '../breakdown/summary-text.js';
import type { CustodyReport, FlowCustody, Recorded, TrailCustody } from './custody-report.js';

/** The report for a person: per flow and trail, every fact in recorded order with its facts commit. */
export function custodyText(report: CustodyReport): string {
  const head = [
    `${report.status}  ${report.sha256Digest}`,
    `  chain of custody read at facts commit ${short(report.factsCommit)}`,
    `  ${report.details}`,
  ];
  return [...head, ...report.flows.flatMap(flowText)].join('\n');
}

function flowText(flow: FlowCustody): string[] {
  const decided = flow.assert !== null && flow.assert.trail !== null ? `decided by trail ${flow.assert.trail}; ` : '';
  return [
    '',
    `flow ${flow.flow}  ${flow.status}  (${decided}${flow.trails.length} trail(s) recorded this digest)`,
    `  ${flow.details}`,
    ...flow.trails.flatMap(trailText),
  ];
}

interface Line {
  at: Recorded;
  event: string;
  what: string;
  /** lines shown under the event (the evidence files of an attestation) */
  more: string[];
}

function trailText(trail: TrailCustody): string[] {
  const where = [trail.commit !== undefined ? `commit ${short(trail.commit)}` : 'no commit', trail.gitBranch !== undefined ? `on ${trail.gitBranch}` : '', trail.author !== undefined ? `by ${trail.author}` : '']
    .filter((s) => s !== '')
    .join(' ');
  const lines = eventsOf(trail).sort((a, b) => a.at.recordedAt.localeCompare(b.at.recordedAt) || Date.parse(a.at.ts) - Date.parse(b.at.ts));
  const rows = lines.map((l) => [l.at.ts, short(l.at.recordedIn), l.event, l.at.actor, l.what]);
  const table = alignRows([['RECORDED', 'FACTS COMMIT', 'EVENT', 'ACTOR', 'WHAT'], ...rows]);
  const body = table.flatMap((text, i) => (i === 0 ? [text] : [text, ...(lines[i - 1]?.more ?? [])]));
  return ['', `  trail ${trail.trail}  ${where}`, ...body.map((l) => `    ${l}`)];
}

function eventsOf(trail: TrailCustody): Line[] {
  const out: Line[] = [];
  if (trail.started !== null) out.push({ at: trail.started, event: 'TRAIL_STARTED', what: trail.commit !== undefined ? `commit ${short(trail.commit)}` : '', more: [] });
  for (const a of trail.artifacts) {
    out.push({ at: a, event: 'ARTIFACT_REPORTED', what: `${a.name}${a.tag !== undefined ? `:${a.tag}` : ''}${a.registry !== undefined ? ` (${a.registry})` : ''}`, more: [] });
  }
  for (const a of trail.attestations) {
    const more = a.evidence.map((e) => `  evidence ${e.name}  ${e.sha256}  ${byteSize(e.size)}  ${e.format}  ${summaryText(e.format, e.summary)}`.trimEnd());
    if (a.override !== undefined) more.push(`  ${overrideText(a.override)}`);
    const overridden = a.override !== undefined ? ` (overridden: the evidence said ${a.override.verdict})` : '';
    out.push({ at: a, event: 'ATTESTATION_RECORDED', what: `${a.type} ${a.status}${overridden}${a.artifact !== undefined ? ' (for this artifact only)' : ''}`, more });
  }
  for (const a of trail.approvals) {
    out.push({ at: a, event: a.decision === 'APPROVED' ? 'APPROVAL_GRANTED' : 'APPROVAL_REJECTED', what: a.comment ?? '', more: [] });
  }
  for (const d of trail.decisions) {
    const scope = d.trail === null ? ', no trail then' : '';
    out.push({ at: d, event: d.event, what: `taken on facts ${short(d.factsCommit)}${scope}${d.details !== undefined ? `: ${d.details}` : ''}`, more: [] });
  }
  return out;
}

function alignRows(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd());
}

function short(sha: string | null | undefined): string {
  return sha === null || sha === undefined ? '-' : sha.slice(0, 12);
}
