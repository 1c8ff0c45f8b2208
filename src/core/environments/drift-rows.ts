import { clip, codeSpan, escapeMarkdown } from '../report/breakdown/markdown-escape.js';
import type { EnvironmentStatus } from './environment-status.js';
import type { OpenDrift } from './plan-drift.js';

/** The header of the drift table (the issue body and the job summary). */
export const DRIFT_TABLE_HEAD = '| Artifact | Digest | Why | First seen | Expected |\n|---|---|---|---|---|\n';

/** Names, details and expected digests are cut so that one row stays small whatever a tool printed. */
const MAX_NAME = 200;
const MAX_WHY = 400;
const MAX_EXPECTED = 3;

/**
 * One Markdown table row per drifting artifact: its name, digest, why it is drift (with what the
 * flows say of it now, when it still runs), when it was first seen and what ran under its name before.
 */
export function driftRows(open: readonly OpenDrift[], status: EnvironmentStatus): string[] {
  const now = new Map(status.artifacts.map((a) => [`${a.name}\u0000${a.artifact}`, a]));
  return open.map((d) => {
    const running = now.get(`${d.name}\u0000${d.artifact}`);
    const details = running === undefined || running.status === 'NO_PROVENANCE' ? d.details : running.flows.filter((f) => f.status !== 'COMPLIANT').map((f) => `${f.flow}: ${f.details}`).join('; ');
    const why = `**${d.reason ?? 'NON_COMPLIANT'}**${details !== undefined && details !== '' ? `: ${escapeMarkdown(clip(details, MAX_WHY))}` : ''}`;
    const expected = (d.expected ?? []).slice(0, MAX_EXPECTED).map((e) => codeSpan(e, true));
    if ((d.expected?.length ?? 0) > MAX_EXPECTED) expected.push(`and ${(d.expected?.length ?? 0) - MAX_EXPECTED} more`);
    return `| ${codeSpan(clip(d.name, MAX_NAME), true)} | ${codeSpan(d.artifact, true)} | ${why} | ${escapeMarkdown(d.firstSeen)} | ${expected.join(' ') || '—'} |`;
  });
}
