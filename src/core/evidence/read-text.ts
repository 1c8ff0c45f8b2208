import { badInput } from '../errors.js';

const UTF8_BOM = 0xfeff;

/**
 * Decodes evidence bytes as UTF-8 and strips a leading BOM (dotnet's JUnit logger writes one).
 * Invalid UTF-8 is refused rather than replaced with U+FFFD, so a fact never records mangled text.
 */
export function readText(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw badInput(
      `evidence ${name} is not valid UTF-8 text: re-export the report as UTF-8 (binary files are not evidence reports).`,
      cause,
    );
  }
  return text.charCodeAt(0) === UTF8_BOM ? text.slice(1) : text;
}
