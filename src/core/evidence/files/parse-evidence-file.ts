import { badInput } from '../../errors.js';
import type { TypeConfig } from '../../config/config.js';
import { detectFormat } from '../detect-format.js';
import { parseEvidence } from '../parse-evidence.js';
import { readText } from '../read-text.js';
import { EVIDENCE_FORMATS, isEvidenceFormat, type EvidenceFormat, type ParsedEvidence } from '../types.js';
import { CLI_INPUT_NAMES, type InputNames } from './input-names.js';

/** A format to insist on, `raw` (store as is, parse nothing), or undefined to auto-detect. */
export type RequestedFormat = EvidenceFormat | 'raw' | undefined;

export interface ParsedFile extends ParsedEvidence {
  name: string;
}

/** The format asked for if given, else the attestation type's configured format, else undefined (auto-detect). */
export function requestedFormat(given: string | undefined, type: TypeConfig | undefined, names: InputNames = CLI_INPUT_NAMES): RequestedFormat {
  if (given !== undefined) {
    if (given === 'raw' || isEvidenceFormat(given)) return given;
    throw badInput(`${names.format} ${JSON.stringify(given)} is not an evidence format: use one of ${EVIDENCE_FORMATS.join(', ')}, or raw to store the files unparsed.`);
  }
  const configured = type?.format;
  if (configured === undefined) return undefined;
  if (configured === 'raw' || isEvidenceFormat(configured)) return configured;
  throw badInput(`the type's configured format ${JSON.stringify(configured)} is not an evidence format: set it to one of ${EVIDENCE_FORMATS.join(', ')} in the config.`);
}

/**
 * Parses one file. With a requested format a file that does not parse is an error (the parser says why);
 * when auto-detecting, a file no parser recognises (a PDF, a log) is stored raw: undefined.
 */
export function parseWith(
  bytes: Uint8Array,
  name: string,
  format: RequestedFormat,
  maxBytes: number,
  formatFrom?: { input: string } | { type: string },
): ParsedEvidence | undefined {
  if (format === 'raw') return undefined;
  if (format !== undefined) return parseEvidence(bytes, { name, format, maxBytes, ...(formatFrom !== undefined ? { formatFrom } : {}) });
  let detected: EvidenceFormat | undefined;
  try {
    // no parser recognises blank text
    detected = detectFormat(readText(bytes, name), name);
  } catch {
    // not UTF-8: a binary attachment, not a report
  }
  if (detected === undefined) return undefined;
  // a file a parser recognised but cannot read is refused rather than stored as if it were fine
  return parseEvidence(bytes, { name, format: detected, maxBytes });
}
