/**
 * Escaping of user text (names, details, comments, reasons) for GitHub Markdown: nothing a user
 * wrote may open a table cell, an HTML tag, a link, a code span or math, nor ping anyone from a
 * PR comment. Everything here returns one line.
 */

/** Punctuation that Markdown (GFM, GitHub math) would otherwise read as syntax. */
const BACKSLASHED = /[\\`*_[\]|~$]/g;

/** Line breaks, tabs and other control characters become one space: a table row is one line. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}

/**
 * User text as inline Markdown: HTML entities for `&`, `<`, `>`, a backslash before Markdown
 * punctuation, and `@` followed by a zero-width space so `@alice` or `@org/team` never notifies.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BACKSLASHED, (c) => `\\${c}`)
    .replace(/@/g, '@&#8203;');
}

/**
 * Text as a code span, whatever backticks it holds. In a table cell `|` still splits the row
 * inside a code span, so it is escaped there (GitHub drops the backslash when rendering).
 */
export function codeSpan(text: string, inTable = false): string {
  const line = oneLine(text);
  if (line.trim() === '') return escapeMarkdown(line);
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  const body = inTable ? line.replace(/\|/g, '\\|') : line;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Text in which backticks delimit commands (next steps, the engine's details): the parts between
 * backticks become code spans, the rest is escaped. An unpaired backtick is shown as a backtick.
 */
export function inlineWithCode(text: string, inTable = false): string {
  const parts = text.split('`');
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return escapeMarkdown(part);
      if (i === parts.length - 1) return `\\\`${escapeMarkdown(part)}`;
      return part === '' ? '\\`\\`' : codeSpan(part, inTable);
    })
    .join('');
}

/** An http(s) URL safe inside `[label](url)`, or undefined for anything else (javascript:, data:, relative). */
export function safeUrl(url: string): string | undefined {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  return url.replace(/[()<>|[\]\\`"' ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[label](url)` with the label escaped, or the escaped label alone when the URL is not safe. */
export function link(label: string, url: string | undefined): string {
  const safe = url === undefined ? undefined : safeUrl(url);
  return safe === undefined ? escapeMarkdown(label) : `[${escapeMarkdown(label)}](${safe})`;
}

/** At most `max` characters (whole code points), with "…" when cut: long user text stays readable. */
export function clip(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}
