import { FactstoreError } from '../../errors.js';
import type { Breakdown } from './breakdown.js';
import { renderDocument } from './markdown-document.js';
import { FULL, type MarkdownLimits } from './markdown-limits.js';

export interface MarkdownOptions {
  /**
   * Longest output, in UTF-16 code units (never fewer than the characters GitHub counts).
   * Default 65 000: GitHub's check-run summary and comment limit is 65 535. Infinity: no limit.
   */
  maxLength?: number;
  /** first heading, default "Factstore" */
  title?: string;
}

export const DEFAULT_MAX_LENGTH = 65_000;
const MIN_MAX_LENGTH = 1_000;

/**
 * The breakdown as GitHub Markdown, rendered from the JSON alone. Over `maxLength`, detail is
 * dropped in a fixed order (PASSED rows, then rows, violations and next steps per flow, then
 * whole flows), each step as little as needed, and a last line says what was left out.
 */
export function renderBreakdownMarkdown(b: Breakdown, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (!(maxLength >= MIN_MAX_LENGTH)) {
    throw new FactstoreError('BAD_INPUT', `factstore: maxLength ${maxLength} is too small for a breakdown: give at least ${MIN_MAX_LENGTH} characters.`);
  }
  const title = options.title ?? 'Factstore';
  const render = (limits: MarkdownLimits) => renderDocument(b, limits, title, maxLength).text;
  const fits = (limits: MarkdownLimits) => render(limits).length <= maxLength;

  if (fits(FULL)) return render(FULL);
  const noPassed: MarkdownLimits = { ...FULL, passedRows: false };
  if (fits(noPassed)) return render(noPassed);

  const perFlow = Math.max(0, ...b.flows.map((f) => Math.max(f.types.length, f.next.length, f.policyViolations.length)));
  const detail = largest(perFlow, (n) => fits({ ...noPassed, rows: n, items: n }));
  if (detail !== undefined) return render({ ...noPassed, rows: detail, items: detail });

  const bare: MarkdownLimits = { passedRows: false, rows: 0, items: 0, flows: Infinity };
  const flows = largest(b.flows.length, (n) => fits({ ...bare, flows: n })) ?? 0;
  const text = render({ ...bare, flows });
  // Only a title or flow list longer than maxLength gets here; whole lines are kept, never half a table.
  return text.length <= maxLength ? text : cutAtLine(text, maxLength);
}

/** The largest n in [0, max] with ok(n), for ok monotone (true up to some n, then false); undefined if ok(0) fails. */
function largest(max: number, ok: (n: number) => boolean): number | undefined {
  if (!ok(0)) return undefined;
  let low = 0;
  let high = max;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ok(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

function cutAtLine(text: string, maxLength: number): string {
  const note = '\n\n_Left out: the rest of the breakdown did not fit. The JSON breakdown has all of it._\n';
  const room = text.slice(0, maxLength - note.length);
  return `${room.slice(0, Math.max(0, room.lastIndexOf('\n')))}${note}`;
}
