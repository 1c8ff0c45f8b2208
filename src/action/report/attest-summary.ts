import type { AttestationFact } from '../../core/model/fact.js';
import { codeSpan, escapeMarkdown, summaryText } from '../../core/report/breakdown/index.js';

/** The line above the breakdown that says what this step recorded (or, on a re-run, found). */
export function recordedLine(fact: AttestationFact, factsCommit: string | undefined, written: boolean, commitLink?: string): string {
  const what = `${codeSpan(fact.type)} **${fact.status}** on trail ${codeSpan(fact.trail)} of flow ${codeSpan(fact.flow)}`;
  const where = factsCommit === undefined ? '' : commitLink !== undefined ? ` in facts commit [${factsCommit.slice(0, 12)}](${commitLink})` : ` in facts commit ${codeSpan(factsCommit.slice(0, 12))}`;
  const line = written ? `Recorded ${what}${where}.` : `Already recorded by an earlier run of this step: ${what}${where}. Nothing new was written.`;
  return `${line}${overrideSentence(fact)}\n\n`;
}

/** " ⚠️ The status overrides the evidence, which said FAILED; reason: …" (empty without an override). */
function overrideSentence(fact: AttestationFact): string {
  if (fact.override === undefined) return '';
  return ` ⚠️ The status overrides the evidence, which said **${fact.override.verdict}**; reason: ${escapeMarkdown(fact.override.reason)}`;
}

/** A dry run's summary: what would be recorded, from which evidence; nothing is sent. */
export function dryRunSummary(fact: AttestationFact, requiredByFlow: boolean): string {
  const lines = [
    '## Factstore (dry run)',
    '',
    `Would record ${codeSpan(fact.type)} **${fact.status}** on trail ${codeSpan(fact.trail)} of flow ${codeSpan(fact.flow)}. Nothing was sent to GitHub.${overrideSentence(fact)}`,
  ];
  if (!requiredByFlow) lines.push('', `Flow ${codeSpan(fact.flow)} does not require ${codeSpan(fact.type)}: it would not count for compliance.`);
  if (fact.evidence.length > 0) {
    lines.push('', '| Evidence | Format | Summary |', '|---|---|---|');
    for (const e of fact.evidence) lines.push(`| ${escapeMarkdown(e.name)} | ${e.format} | ${escapeMarkdown(summaryText(e.format, e.summary))} |`);
  }
  return `${lines.join('\n')}\n`;
}
