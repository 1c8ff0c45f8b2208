import { clip, codeSpan, escapeMarkdown } from '../report/breakdown/markdown-escape.js';
import type { EnvironmentStatus } from './environment-status.js';

/** Rows past this are counted, not shown: a job summary or comment stays readable. */
const MAX_ROWS = 500;

/** Every running artifact of a judged environment as a Markdown table: its verdict and what each flow says. */
export function statusTable(status: EnvironmentStatus, maxRows = MAX_ROWS): string {
  if (status.snapshot === null) return `No snapshot of ${codeSpan(status.environment)} yet.`;
  const rows = status.artifacts.slice(0, maxRows).map((a) => {
    const why = a.status === 'NO_PROVENANCE' ? 'recorded by no trail' : a.flows.map((f) => `${f.flow} ${f.status}${f.trail !== undefined ? ` (trail ${f.trail})` : ''}`).join(', ');
    const by = a.matchedBy === 'localId' ? ' (by local image id)' : '';
    return `| ${a.status === 'COMPLIANT' ? '✅' : '❌'} | ${codeSpan(clip(a.name, 200), true)} | ${codeSpan(a.artifact, true)}${by} | ${a.status} | ${escapeMarkdown(clip(why, 400))} |`;
  });
  const more = status.artifacts.length > maxRows ? `\n\n…and ${status.artifacts.length - maxRows} more running artifacts.` : '';
  return `| | Artifact | Digest | Status | Flows |\n|---|---|---|---|---|\n${rows.join('\n')}${more}`;
}
