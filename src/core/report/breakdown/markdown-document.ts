import type { Breakdown, BreakdownStatus } from './breakdown.js';
import { codeSpan, escapeMarkdown, link } from './markdown-escape.js';
import { flowIcon, renderFlow } from './markdown-flow.js';
import { Omitted, type MarkdownLimits } from './markdown-limits.js';
import { countOf, groupThousands } from './summary-text.js';

const STATUS_ORDER: readonly BreakdownStatus[] = ['COMPLIANT', 'GATE_ALLOWED', 'NON_COMPLIANT', 'GATE_BLOCKED'];

/** The whole Markdown at the given limits, and what those limits left out. */
export function renderDocument(b: Breakdown, limits: MarkdownLimits, title: string, maxLength: number): { text: string; omitted: Omitted } {
  const omitted = new Omitted();
  const sections = [header(b, title), ...trustBlock(b)];
  const shown = b.flows.slice(0, limits.flows);
  omitted.flows = b.flows.length - shown.length;
  for (const flow of shown) sections.push(renderFlow(flow, limits, omitted).join('\n'));
  if (omitted.flows > 0) sections.push(`_… ${countOf(omitted.flows, 'more flow')} not shown: ${leftOutFlows(b, shown.length)}._`);
  if (omitted.any) {
    sections.push(`_Left out to stay within ${groupThousands(maxLength)} characters: ${omitted.describe()}. The JSON breakdown has all of it._`);
  }
  return { text: `${sections.join('\n\n')}\n`, omitted };
}

/** What the decision did not count (never silent), its notes, and which config decided. */
function trustBlock(b: Breakdown): string[] {
  const t = b.trust;
  if (t === undefined) return [];
  const lines = [
    ...t.ignored.slice(0, 20).map((l) => `> ⚠️ **Not counted:** ${escapeMarkdown(l)}`),
    ...(t.ignored.length > 20 ? [`> … and ${groupThousands(t.ignored.length - 20)} more groups of facts not counted`] : []),
    ...t.notes.map((n) => `> ℹ️ ${escapeMarkdown(n)}`),
    ...(t.config !== undefined ? [`> Decided by the config ${escapeMarkdown(t.config)}`] : []),
  ];
  return lines.length === 0 ? [] : [lines.join('\n>\n')];
}

/** The names of the flows left out, at most 20 of them. */
function leftOutFlows(b: Breakdown, from: number): string {
  const rest = b.flows.slice(from).map((f) => escapeMarkdown(f.flow));
  return rest.length > 20 ? `${rest.slice(0, 20).join(', ')} and ${groupThousands(rest.length - 20)} more` : rest.join(', ');
}

function overallIcon(b: Breakdown): string {
  if (b.flows.some((f) => flowIcon(f) === '❌')) return '❌';
  if (b.flows.some((f) => flowIcon(f) === '⏳')) return '⏳';
  if (b.status === 'NON_COMPLIANT' || b.status === 'GATE_BLOCKED') return '❌';
  return b.flows.some((f) => f.bypass !== undefined) ? '⚠️' : '✅';
}

function header(b: Breakdown, title: string): string {
  const facts: string[] = [];
  if (b.commit !== undefined) facts.push(`commit ${codeSpan(b.commit.slice(0, 7))}`);
  if (b.factsCommit !== undefined) {
    const label = b.factsCommit === null ? 'none (empty store)' : b.factsCommit.slice(0, 7);
    facts.push(`facts ${b.factsCommit !== null && b.factsCommitLink !== undefined ? link(label, b.factsCommitLink) : codeSpan(label)}`);
  }
  facts.push(flowCounts(b));
  return `## ${overallIcon(b)} ${escapeMarkdown(title)}: ${b.status}\n\n${facts.join(' · ')}`;
}

/** "2 flows: 1 GATE_ALLOWED, 1 GATE_BLOCKED" */
function flowCounts(b: Breakdown): string {
  if (b.flows.length === 0) return 'no flow applies';
  const counts = STATUS_ORDER.map((s) => [s, b.flows.filter((f) => f.status === s).length] as const).filter(([, n]) => n > 0);
  return `${countOf(b.flows.length, 'flow')}: ${counts.map(([s, n]) => `${groupThousands(n)} ${s}`).join(', ')}`;
}
