import type { GateResult } from '../../../src/core/evaluate/types.js';
import { describeIgnored } from '../../../src/core/trust/ignored.js';

/** GitHub keeps at most this much of a deployment review comment. */
export const COMMENT_LIMIT = 1024;

/** The answer's comment: the verdict, what it did not count (never silent), then one line per gated flow with its details. */
export function decisionComment(result: GateResult, environment: string): string {
  const ignored = describeIgnored(result.trust?.ignored ?? []);
  const notCounted = ignored.length === 0 ? '' : `\nNot counted: ${cut(ignored.slice(0, 2).join('; '), 300)}${ignored.length > 2 ? ` (and ${ignored.length - 2} more)` : ''}.`;
  const head = `Factstore: ${result.decision} for ${environment} at ${result.commit.slice(0, 7)}.${notCounted}`;
  const lines = result.flows.map((g) => `${g.flow}: ${g.decision}: ${g.details}`);
  const more = (n: number): string => `… ${n} more flow(s): run \`factstore gate --commit ${result.commit}\` for the whole decision.`;
  return fitComment(head, lines, more);
}

/**
 * `head` and as many whole `lines` as fit in COMMENT_LIMIT, then what was left out (`more(n)`).
 * A line that cannot fit whole is cut at a character with "…", only when it is the first one.
 */
export function fitComment(head: string, lines: readonly string[], more: (left: number) => string = (n) => `… ${n} more line(s).`, limit = COMMENT_LIMIT): string {
  let text = cut(head, limit);
  for (const [i, line] of lines.entries()) {
    const left = lines.length - i - 1;
    const tail = left > 0 ? `\n${more(left)}` : '';
    if (length(`${text}\n${line}${tail}`) <= limit) {
      text = `${text}\n${line}`;
      continue;
    }
    const ending = `\n${more(lines.length - i)}`;
    if (i === 0) {
      // the first flow's reason matters most: keep what fits of it rather than nothing
      const room = limit - length(text) - 1 - length(tail);
      if (room > 20) return `${text}\n${cut(line, room)}${tail}`;
    }
    return length(`${text}${ending}`) <= limit ? `${text}${ending}` : text;
  }
  return text;
}

/** Characters, not UTF-16 units: a cut never splits an emoji. */
function length(text: string): number {
  return Array.from(text).length;
}

function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
