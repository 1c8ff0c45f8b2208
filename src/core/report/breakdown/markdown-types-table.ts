import type { BreakdownType } from './breakdown.js';
import { clip, codeSpan, escapeMarkdown, link, safeUrl } from './markdown-escape.js';
import type { MarkdownLimits, Omitted } from './markdown-limits.js';
import { countOf, groupThousands } from './summary-text.js';

const HEADER = ['| type | status | evidence | summary | link |', '|---|---|---|---|---|'];
const NONE = '—';

/**
 * The table of required types, whole rows only: rows over the limits are left out (PASSED ones
 * first, but never one that overrode its evidence) and counted in a line after the table, never
 * cut in the middle of it.
 */
export function renderTypesTable(types: readonly BreakdownType[], limits: MarkdownLimits, omitted: Omitted): string[] {
  if (types.length === 0) return ['No attestation types are required.'];
  const candidates = limits.passedRows ? types : types.filter((t) => t.status !== 'PASSED' || t.override !== undefined);
  const shown = candidates.slice(0, limits.rows);
  const droppedPassed = types.filter((t) => t.status === 'PASSED' && !shown.includes(t)).length;
  const droppedOther = types.length - shown.length - droppedPassed;
  omitted.passedRows += droppedPassed;
  omitted.otherRows += droppedOther;

  const lines = shown.length > 0 ? [...HEADER, ...shown.map(row)] : [];
  const dropped = droppedPassed + droppedOther;
  if (dropped > 0) {
    const split = [droppedPassed > 0 ? `${groupThousands(droppedPassed)} passed` : '', droppedOther > 0 ? `${groupThousands(droppedOther)} failed or missing` : '']
      .filter((s) => s !== '')
      .join(', ');
    lines.push(...(lines.length > 0 ? [''] : []), `_… ${countOf(dropped, 'more type')} not shown (${split})._`);
  }
  return lines;
}

function row(t: BreakdownType): string {
  const evidence = t.evidence.map((e) => link(clip(e.name, 80), e.link)).join('<br>');
  const summary = [...t.evidence.map((e) => e.summaryText).filter((s) => s !== ''), ...(t.details !== undefined ? [t.details] : [])]
    .map((s) => escapeMarkdown(clip(s, 200)))
    .concat(t.override !== undefined ? [`**override reason:** ${escapeMarkdown(clip(t.override.reason, 300))}`] : [])
    .filter((s) => s.trim() !== '')
    .join('<br>');
  const url = t.evidenceUrl === undefined ? NONE : urlCell(t.evidenceUrl);
  const controls = t.controls !== undefined && t.controls.length > 0 ? `<br><sub>${escapeMarkdown(clip(t.controls.join(', '), 200))}</sub>` : '';
  const cells = [`${codeSpan(t.type, true)}${controls}`, statusCell(t), evidence || NONE, summary || NONE, url];
  return `| ${cells.join(' | ')} |`;
}

/** A link when the URL is http(s); otherwise its text, shown and never followed. */
function urlCell(url: string): string {
  return safeUrl(url) === undefined ? escapeMarkdown(clip(url, 80)) : link('link', url);
}

function statusCell(t: BreakdownType): string {
  const override = t.override === undefined ? '' : ` ⚠️ overridden (the evidence said ${t.override.verdict})`;
  if (t.status === 'MISSING') return `${t.pending ? '⏳ PENDING' : '⬜ MISSING'}${override}`;
  const base = `${t.status === 'PASSED' ? '✅ PASSED' : '❌ FAILED'}${override}`;
  if (t.superseded.length === 0) return base;
  const ids = t.superseded.slice(0, 3).map((id) => codeSpan(id.slice(0, 7), true));
  const more = t.superseded.length > 3 ? ` +${t.superseded.length - 3}` : '';
  return `${base} (superseded ${countOf(t.superseded.length, 'failure')}: ${ids.join(', ')}${more})`;
}
