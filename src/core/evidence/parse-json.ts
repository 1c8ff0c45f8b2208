import { isRecord, parseJsonText } from './json-text.js';
import { jsonShape } from './json-shape.js';
import type { EvidenceParser, ParsedEvidence } from './types.js';

/** Documents up to this size are recorded whole as the summary; larger ones by their outline. */
export const JSON_SUMMARY_MAX_CHARS = 16 * 1024;

/**
 * Any JSON document (DESIGN §5): the type's JSON Schema and jq judge the document itself. The
 * recorded summary is the document when it is a small object (an array or scalar sits under
 * `document`); a large one is recorded by its outline, so a fact line stays small.
 */
export const jsonParser: EvidenceParser = {
  format: 'json',
  detect(text) {
    return jsonShape(text) !== undefined;
  },
  parse(text): ParsedEvidence {
    const doc = parseJsonText(text);
    return { format: 'json', summary: summaryOf(doc, text.length), document: doc, defaultStatus: 'PASSED' };
  },
};

function summaryOf(doc: unknown, chars: number): Record<string, unknown> {
  if (chars <= JSON_SUMMARY_MAX_CHARS) return isRecord(doc) ? doc : { document: doc };
  const outline: Record<string, unknown> = { truncated: true, chars };
  if (isRecord(doc)) outline.keys = Object.keys(doc).slice(0, 100);
  else if (Array.isArray(doc)) outline.items = doc.length;
  return outline;
}
