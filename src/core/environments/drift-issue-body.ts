import { countOf } from '../report/breakdown/summary-text.js';

/** GitHub's limit on an issue's body, in characters. */
export const ISSUE_BODY_LIMIT = 65_536;

const more = (n: number): string => `\n_…and ${countOf(n, 'more drifting artifact')}, not listed: an issue body holds at most ${ISSUE_BODY_LIMIT} characters._\n`;

/**
 * `head`, as many `rows` as fit, then `tail`, within GitHub's limit, saying how many rows were left
 * out. Lengths are counted in UTF-16 units, never fewer than the characters GitHub counts.
 */
export function fitIssueBody(head: string, rows: readonly string[], tail: string, limit = ISSUE_BODY_LIMIT): string {
  const budget = limit - head.length - tail.length - more(rows.length).length;
  const shown: string[] = [];
  let used = 0;
  for (const row of rows) {
    if (used + row.length + 1 > budget) break;
    shown.push(row);
    used += row.length + 1;
  }
  const left = rows.length - shown.length;
  return `${head}${shown.map((r) => `${r}\n`).join('')}${left > 0 ? more(left) : ''}${tail}`;
}
