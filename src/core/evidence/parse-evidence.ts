import { FactstoreError, badInput } from '../errors.js';
import { detectFormat } from './detect-format.js';
import { parseJsonText } from './json-text.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './limits.js';
import { EVIDENCE_PARSERS } from './parsers.js';
import { readText } from './read-text.js';
import { EVIDENCE_FORMATS, type EvidenceFormat, type ParsedEvidence } from './types.js';
import { parseXml } from './xml-tree.js';

export interface ParseEvidenceOptions {
  /** the file name, used in messages (e.g. `junit.xml`) */
  name: string;
  /** the format the user asked for; auto-detected when absent */
  format?: EvidenceFormat;
  /** refuse larger files before reading them (default 10 MiB) */
  maxBytes?: number;
  /**
   * Who asked for `format`, named when the file is in another one: `--format` (the default) or
   * the attestation type's `format:` in the config, where the advice differs.
   */
  formatFrom?: { input: string } | { type: string };
}

/**
 * Reads one evidence file: size limit, UTF-8, format (given or detected), then the format's parser.
 * Every problem is a FactstoreError('BAD_INPUT') naming the file and saying what to do.
 */
export function parseEvidence(bytes: Uint8Array, options: ParseEvidenceOptions): ParsedEvidence {
  const { name } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) {
    throw badInput(
      `evidence ${name} is ${formatBytes(bytes.byteLength)}, over the limit of ${formatBytes(maxBytes)}: ` +
        'attach a smaller report, or raise `evidence.max_bytes` in the config if this size is expected.',
    );
  }
  const text = readText(bytes, name);
  if (text.trim() === '') {
    throw badInput(`evidence ${name} is empty: attach the report the tool wrote (was it written before the step ran?).`);
  }
  return withName(name, () => {
    const format = options.format ?? detected(text, name);
    const parser = EVIDENCE_PARSERS[format];
    if (options.format !== undefined && !parser.detect(text, name)) refuseFormat(text, name, options.format, options.formatFrom ?? { input: '--format' });
    return parser.parse(text);
  });
}

function detected(text: string, name: string): EvidenceFormat {
  const format = detectFormat(text, name);
  if (format !== undefined) return format;
  rejectUnreadable(text);
  throw badInput(
    `evidence ${name} is not in a known format (${EVIDENCE_FORMATS.join(', ')}): ` +
      'pass --format with one of them, or attach a report such a tool wrote.',
  );
}

function refuseFormat(text: string, name: string, wanted: EvidenceFormat, from: { input: string } | { type: string }): never {
  const format = detectFormat(text, name);
  if (format !== undefined) {
    if ('type' in from) {
      throw badInput(
        `evidence ${name} looks like ${format}, not ${wanted}, the format of type ${from.type} (types.${from.type}.format in the config): attach the ${wanted} report, or record this file under a type whose format is ${format}`,
      );
    }
    throw badInput(`evidence ${name} looks like ${format}, not ${wanted}: drop ${from.input} or pass ${from.input} ${format}`);
  }
  rejectUnreadable(text);
  throw badInput(
    `evidence ${name} does not look like ${wanted} (nor like any known format: ${EVIDENCE_FORMATS.join(', ')}): ` +
      'check that you attached the right file.',
  );
}

/**
 * When nothing recognises the text, a broken or hostile file deserves its own reason
 * (truncated JSON, entity declarations, bad nesting) rather than "unknown format": parsing it says why.
 */
function rejectUnreadable(text: string): void {
  const first = text.trimStart().charAt(0);
  if (first === '{' || first === '[') parseJsonText(text);
  else if (first === '<') parseXml(text);
}

/** Prefixes the file name to parser errors; anything unexpected while parsing is still bad input, not a crash. */
function withName<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof FactstoreError) {
      const message = error.message.startsWith('evidence ') ? error.message : `evidence ${name}: ${error.message}`;
      throw new FactstoreError(error.code, message, { cause: error });
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw badInput(`evidence ${name} could not be read (${reason}): attach the report exactly as the tool wrote it.`, error);
  }
}
