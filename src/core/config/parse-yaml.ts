import { parseDocument } from 'yaml';
import { FactstoreError } from '../errors.js';

/** A config is a few kilobytes; anything near this is a mistake or an attack. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Aliases beyond this many expanded nodes are a "billion laughs" bomb, not a config. */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses one YAML document into plain data, refusing what a config never needs: oversized text,
 * several documents, duplicate keys, unknown tags and alias expansion bombs. Every syntax problem
 * is reported with its line and column.
 */
export function parseYaml(text: string, source: string): unknown {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_CONFIG_BYTES) {
    throw new FactstoreError(
      'CONFIG',
      `factstore: the config file ${source} is ${bytes} bytes, over the ${MAX_CONFIG_BYTES}-byte limit: ` +
        'a factstore config is a few kilobytes; check that the right file is named.',
    );
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => `  - ${indentContext(e.message)}`);
  if (problems.length > 0) {
    throw new FactstoreError(
      'CONFIG',
      `factstore: the config file ${source} is not valid YAML (${plural(problems.length, 'problem')}):\n` +
        `${problems.join('\n')}\nFix the YAML at the lines shown.`,
    );
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new FactstoreError(
      'CONFIG',
      `factstore: the config file ${source} could not be read: ${reason}. ` +
        'Write the values out instead of repeating YAML aliases (*name).',
      { cause },
    );
  }
}

/** yaml's pretty errors end with the offending line and a caret; keep them under the bullet. */
function indentContext(message: string): string {
  return message.trimEnd().replace(/\n/g, '\n      ');
}

function plural(n: number, word: string): string {
  return n === 1 ? `1 ${word}` : `${n} ${word}s`;
}
