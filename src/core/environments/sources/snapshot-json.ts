import { badInput, isFactstoreError } from '../../errors.js';
import { formatBytes } from '../../evidence/limits.js';
import { parseJsonText } from '../../evidence/json-text.js';
import { MAX_SNAPSHOT_INPUT_BYTES } from './limits.js';

/**
 * Parses a tool's JSON output, refusing it with the tool named (`tool` is the command the user
 * should have run) when it is too large, empty, malformed or hostile.
 */
export function parseSnapshotJson(text: string, tool: string): unknown {
  // a UTF-16 code unit is never more than its UTF-8 bytes, so the cheap length check comes first
  if (text.length > MAX_SNAPSHOT_INPUT_BYTES || Buffer.byteLength(text, 'utf8') > MAX_SNAPSHOT_INPUT_BYTES) {
    throw badInput(
      `the output of ${tool} is larger than ${formatBytes(MAX_SNAPSHOT_INPUT_BYTES)}, the limit for one snapshot: ` +
        'split the environment (one namespace, cluster or folder at a time).',
    );
  }
  try {
    return parseJsonText(text);
  } catch (e) {
    if (isFactstoreError(e)) throw badInput(`not the output of ${tool}: ${e.message}`, e);
    throw e;
  }
}
