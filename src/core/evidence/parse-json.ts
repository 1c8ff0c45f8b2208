import { isRecord, parseJsonText } from './json-text.js';
import { jsonShape } from './json-shape.js';
import type { EvidenceParser, ParsedEvidence } from './types.js';

/**
 * Any JSON document (DESIGN §5): the document itself is the summary, judged by the type's JSON Schema
 * and jq. Detection accepts any JSON object or array, so auto-detection tries it last.
 */
export const jsonParser: EvidenceParser = {
  format: 'json',
  detect(text) {
    return jsonShape(text) !== undefined;
  },
  parse(text): ParsedEvidence {
    const doc = parseJsonText(text);
    // A summary is an object; a top-level array or scalar is kept under `document`.
    const summary = isRecord(doc) ? doc : { document: doc };
    return { format: 'json', summary, defaultStatus: 'PASSED' };
  },
};
