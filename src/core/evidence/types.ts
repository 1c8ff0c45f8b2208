/** The evidence formats Factstore understands (DESIGN §5), in the order auto-detection tries them. */
export const EVIDENCE_FORMATS = ['junit', 'sarif', 'cyclonedx', 'spdx', 'snyk', 'trivy', 'json'] as const;

export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];

/** One problem a report names, kept for annotations (a parser keeps at most MAX_FINDINGS). */
export interface Finding {
  level: 'error' | 'warning' | 'note' | 'failure';
  message: string;
  file?: string;
  line?: number;
  name?: string;
}

export interface ParsedEvidence {
  format: EvidenceFormat;
  /** What the parser counted, recorded in the fact; the attestation type's schema and jq judge it. */
  summary: Record<string, unknown>;
  /** `json` only: the whole document, which the type's schema and jq judge instead of the summary. */
  document?: unknown;
  /** The status when the attestation type has no jq of its own. */
  defaultStatus: 'PASSED' | 'FAILED';
  findings?: Finding[];
}

/** One report format: recognise it, then count it. `parse` throws FactstoreError('BAD_INPUT') on bad content. */
export interface EvidenceParser {
  format: EvidenceFormat;
  detect(text: string, name: string): boolean;
  parse(text: string): ParsedEvidence;
}

export function isEvidenceFormat(value: string): value is EvidenceFormat {
  return (EVIDENCE_FORMATS as readonly string[]).includes(value);
}
