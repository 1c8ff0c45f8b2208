import { badInput } from '../errors.js';
import { MAX_NESTING_DEPTH } from './limits.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * Deepest array/object nesting of a JSON text, stopping as soon as it passes `limit`.
 * One pass without allocation: V8's JSON.parse copes with 100k levels, but every recursive walk
 * of the result afterwards (canonical JSON, schema validation) would overflow the stack.
 */
export function jsonNestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = endOfString(text, i);
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return deepest;
}

/** Index of the quote closing the string that opens at `start` (or the end of the text). */
function endOfString(text: string, start: number): number {
  let i = start;
  for (;;) {
    i = text.indexOf('"', i + 1);
    if (i < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(i - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
}

/** Parses a JSON report, refusing empty, malformed and too deeply nested text with a clear BAD_INPUT. */
export function parseJsonText(text: string): unknown {
  if (text.trim() === '') {
    throw badInput('the file is empty: attach the report the tool wrote (was it written before the step ran?).');
  }
  if (jsonNestingDepth(text, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) {
    throw badInput(
      `JSON nests arrays/objects deeper than ${MAX_NESTING_DEPTH} levels, which no report format needs: ` +
        'refused as hostile input; attach the report the tool wrote.',
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw badInput(`not valid JSON (${reason}): check that the file was written completely (a truncated file?).`, cause);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The array at `value[key]`, or [] when absent; anything else there is a format error. */
export function arrayAt(value: Record<string, unknown>, key: string, where: string): unknown[] {
  const found = value[key];
  if (found === undefined || found === null) return [];
  if (!Array.isArray(found)) throw badInput(`${where}.${key} is ${typeName(found)}, not an array: is the file from the tool?`);
  return found;
}

export function typeName(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
