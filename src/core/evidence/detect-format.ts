import { PARSERS_IN_DETECTION_ORDER } from './parsers.js';
import type { EvidenceFormat } from './types.js';

/** The first format whose parser recognises the text (`json` only when nothing more specific does). */
export function detectFormat(text: string, name: string): EvidenceFormat | undefined {
  return PARSERS_IN_DETECTION_ORDER.find((parser) => parser.detect(text, name))?.format;
}
