import { badInput } from '../../errors.js';
import type { SecretMarker } from '../../signing/secret-markers.js';
import { CLI_INPUT_NAMES, type InputNames } from './input-names.js';

/**
 * Refuses evidence that holds the signing key (an environment dump, a log that printed the secret):
 * stored, it would publish the key on the facts branch. The message names the kind of marker found,
 * never its bytes. Runs before any parser, whose errors may quote the file.
 */
export function refuseSecretEvidence(bytes: Uint8Array, file: string, markers: readonly SecretMarker[], names: InputNames = CLI_INPUT_NAMES): void {
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = markers.find((m) => m.bytes.length > 0 && haystack.includes(m.bytes));
  if (found === undefined) return;
  throw badInput(
    `the evidence file ${file} contains the signing key's ${found.what}: nothing was recorded, because stored evidence is readable by ` +
      `everyone who can read the facts branch. Give ${names.evidence} the report itself, not a file that captured the environment or the key ` +
      '(find the step that wrote it), and replace the key if the file was published anywhere else.',
  );
}
