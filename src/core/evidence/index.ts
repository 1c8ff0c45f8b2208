export type { EvidenceFormat, EvidenceParser, Finding, ParsedEvidence } from './types.js';
export { EVIDENCE_FORMATS, isEvidenceFormat } from './types.js';
export type { ParseEvidenceOptions } from './parse-evidence.js';
export { parseEvidence } from './parse-evidence.js';
export { detectFormat } from './detect-format.js';
export { EVIDENCE_PARSERS } from './parsers.js';
export { DEFAULT_MAX_BYTES, MAX_FINDINGS, MAX_NESTING_DEPTH } from './limits.js';
export { readText } from './read-text.js';
