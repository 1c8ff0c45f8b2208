import type { BreakdownApproval, BreakdownFlow } from './breakdown.js';
import { clip, codeSpan, escapeMarkdown, inlineWithCode } from './markdown-escape.js';
import type { MarkdownLimits, Omitted } from './markdown-limits.js';
import { renderTypesTable } from './markdown-types-table.js';
import { countOf } from './summary-text.js';
import { utcMinute } from './time-text.js';

/** ✅ passes, ⚠️ allowed by a bypass, ⏳ only waiting for PENDING attestations, ❌ anything else. */
export function flowIcon(flow: BreakdownFlow): string {
  if (flow.status === 'COMPLIANT' || flow.status === 'GATE_ALLOWED') return flow.bypass !== undefined ? '⚠️' : '✅';
  return flow.waiting ? '⏳' : '❌';
}

/** One flow: heading, trail line, types table, approval, policy violations, bypass, next steps. */
export function renderFlow(flow: BreakdownFlow, limits: MarkdownLimits, omitted: Omitted): string[] {
  const blocks: string[][] = [[`### ${flowIcon(flow)} ${escapeMarkdown(flow.flow)}: ${flow.status}`]];
  if (flow.description !== undefined && flow.description.trim() !== '') blocks.push([escapeMarkdown(clip(flow.description, 500))]);
  blocks.push([trailLine(flow)]);
  if (flow.trail === null && flow.details !== '') blocks.push([inlineWithCode(clip(flow.details, 500))]);
  blocks.push(renderTypesTable(flow.types, limits, omitted));
  const approval = approvalLine(flow.approval);
  if (approval !== undefined) blocks.push([approval]);
  if (flow.policyViolations.length > 0) blocks.push(violationsBlock(flow, limits, omitted));
  if (flow.bypass !== undefined) blocks.push([bypassLine(flow)]);
  if (flow.next.length > 0) blocks.push(nextBlock(flow.next, limits, omitted));
  return blocks.flatMap((block, i) => (i === 0 ? block : ['', ...block]));
}

function trailLine(flow: BreakdownFlow): string {
  const parts = [flow.trail === null ? 'No trail' : `Trail ${codeSpan(flow.trail)}`];
  // Said only where the gate decision and the trail disagree: a bypass let a NON_COMPLIANT trail through.
  const disagrees = (flow.status === 'GATE_ALLOWED') !== (flow.compliance === 'COMPLIANT') && flow.status.startsWith('GATE_');
  if (flow.trail !== null && disagrees) parts[0] += ` (${flow.compliance})`;
  if (flow.artifact !== undefined) parts.push(`artifact ${codeSpan(flow.artifact)}`);
  if (flow.retries === 'latest') parts.push('retries: latest (the newest attestation of a type decides)');
  return parts.join(' · ');
}

/** Long name lists are capped: the full lists are in the JSON. */
function names(list: readonly string[], max = 10): string {
  const shown = list.slice(0, max).map((n) => escapeMarkdown(clip(n, 80)));
  return list.length > max ? `${shown.join(', ')} and ${list.length - max} more` : shown.join(', ');
}

function approvalLine(a: BreakdownApproval): string | undefined {
  if (!a.required && a.approvedBy.length + a.rejectedBy.length + a.ignored.length + a.selfApproved.length === 0) return undefined;
  const parts = [a.required ? `${a.met ? '✅' : '❌'} ${a.granted} of ${a.min}` : 'not required'];
  if (a.approvedBy.length > 0) parts.push(`approved by ${names(a.approvedBy)}`);
  if (a.rejectedBy.length > 0) parts.push(`rejected by ${names(a.rejectedBy)}`);
  if (a.ignored.length > 0) parts.push(`not counted (not approvers): ${names(a.ignored)}`);
  if (a.selfApproved.length > 0) parts.push(`not counted (the change's author): ${names(a.selfApproved)}`);
  if (a.authorUnknown) parts.push('author unknown: self-approval not checked');
  if (a.required && !a.met && a.approvers.length > 0) parts.push(`approvers: ${names(a.approvers)}`);
  return `**Approval:** ${parts.join(' · ')}`;
}

function violationsBlock(flow: BreakdownFlow, limits: MarkdownLimits, omitted: Omitted): string[] {
  const shown = flow.policyViolations.slice(0, limits.items);
  const dropped = flow.policyViolations.length - shown.length;
  omitted.violations += dropped;
  const lines = shown.map((v) => {
    const reasons = v.reasons.slice(0, 10).map((r) => escapeMarkdown(clip(r, 300)));
    const more = v.reasons.length > 10 ? `; and ${v.reasons.length - 10} more` : '';
    return `- ❌ ${codeSpan(v.policy)}: ${reasons.join('; ') || 'denied'}${more}`;
  });
  if (dropped > 0) lines.push(`- … and ${countOf(dropped, 'more policy violation', 'more policy violations')}`);
  return ['**Policy violations:**', '', ...lines];
}

function bypassLine(flow: BreakdownFlow): string {
  const b = flow.bypass;
  if (b === undefined) return '';
  const left = b.expiresIn === '' ? '' : ` (${b.expiresIn})`;
  return (
    `**Bypass:** ⚠️ active, by ${escapeMarkdown(clip(b.actor, 80))} for ${codeSpan(b.reason)}, ` +
    `expires ${escapeMarkdown(utcMinute(b.expires))}${left} · fact ${codeSpan(b.id.slice(0, 7))}`
  );
}

function nextBlock(next: readonly string[], limits: MarkdownLimits, omitted: Omitted): string[] {
  const shown = next.slice(0, limits.items);
  const dropped = next.length - shown.length;
  omitted.nextSteps += dropped;
  const lines = shown.map((step) => `- ${inlineWithCode(clip(step, 1000))}`);
  if (dropped > 0) lines.push(`- … and ${countOf(dropped, 'more step')}`);
  return ['**What to do next**', '', ...lines];
}
