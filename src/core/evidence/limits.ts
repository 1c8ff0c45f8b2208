import { DEFAULT_EVIDENCE_MAX_BYTES } from '../config/normalize-config.js';

/** Largest evidence file read, unless the config's `evidence.max_bytes` says otherwise (10 MiB). */
export const DEFAULT_MAX_BYTES = DEFAULT_EVIDENCE_MAX_BYTES;

/**
 * Deepest nesting accepted in XML elements or JSON arrays/objects. Real reports stay under 20;
 * the cap keeps every recursive walk (ours, canonical JSON, schema validation) far from the stack limit.
 */
export const MAX_NESTING_DEPTH = 256;

/** Findings kept per report for annotations; the counts in the summary always cover everything. */
export const MAX_FINDINGS = 50;

/** Longest finding message kept, in characters (stack traces can be megabytes). */
export const MAX_FINDING_MESSAGE = 1000;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
