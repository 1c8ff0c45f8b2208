import { cyclonedxParser } from './parse-cyclonedx.js';
import { jsonParser } from './parse-json.js';
import { junitParser } from './parse-junit.js';
import { sarifParser } from './parse-sarif.js';
import { snykParser } from './parse-snyk.js';
import { spdxParser } from './parse-spdx.js';
import { trivyParser } from './parse-trivy.js';
import { EVIDENCE_FORMATS, type EvidenceFormat, type EvidenceParser } from './types.js';

/** Every parser, by format. */
export const EVIDENCE_PARSERS: Readonly<Record<EvidenceFormat, EvidenceParser>> = {
  junit: junitParser,
  sarif: sarifParser,
  cyclonedx: cyclonedxParser,
  spdx: spdxParser,
  snyk: snykParser,
  trivy: trivyParser,
  json: jsonParser,
};

/** The parsers in detection order: specific formats first, plain `json` (any document) last. */
export const PARSERS_IN_DETECTION_ORDER: readonly EvidenceParser[] = EVIDENCE_FORMATS.map((f) => EVIDENCE_PARSERS[f]);
