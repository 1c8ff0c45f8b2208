import { isRecord, jsonNestingDepth } from './json-text.js';
import { MAX_NESTING_DEPTH } from './limits.js';

/** What detection looks at in a JSON report: the top-level object, or the first object of a top-level array. */
export interface JsonShape {
  root: 'object' | 'array';
  /** The top-level object, or the top-level array's first item when it is an object. */
  head: Record<string, unknown> | undefined;
}

// Every JSON parser's detect() asks for the shape of the same text in turn: parse it once, keep only
// the last text's answer. Strings are immutable, so the entry can never go stale.
let cached: { text: string; shape: JsonShape | undefined } | undefined;

/** The shape of a JSON text, or undefined when the text is not a JSON object or array. Never throws. */
export function jsonShape(text: string): JsonShape | undefined {
  if (cached?.text === text) return cached.shape;
  const shape = computeShape(text);
  cached = { text, shape };
  return shape;
}

function computeShape(text: string): JsonShape | undefined {
  const first = text.trimStart().charAt(0);
  if (first !== '{' && first !== '[') return undefined;
  if (jsonNestingDepth(text, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  // Keep only the head object, shallowly copied, so the cache holds no large arrays alive.
  if (Array.isArray(doc)) return { root: 'array', head: isRecord(doc[0]) ? shallowHead(doc[0]) : undefined };
  return isRecord(doc) ? { root: 'object', head: shallowHead(doc) } : undefined;
}

function shallowHead(value: Record<string, unknown>): Record<string, unknown> {
  const head: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) head[key] = typeof v === 'object' && v !== null ? (Array.isArray(v) ? [] : {}) : v;
  return head;
}

/** True when `head[key]` is an array (detection never needs its items). */
export function hasArray(head: Record<string, unknown> | undefined, key: string): boolean {
  return head !== undefined && Array.isArray(head[key]);
}
