import { FactstoreError } from '../../core/errors.js';
import { renderErrors, validate } from '../../core/schema/index.js';
import type { CliIo } from '../io.js';

/**
 * Prints one JSON document after checking it against `schemas/<schema>.schema.json`. A mismatch
 * is a bug in factstore, not in the user's input: nothing is printed and INTERNAL is thrown.
 */
export function emitDocument(io: CliIo, schema: string, document: unknown): void {
  // the round trip drops `undefined` fields exactly as printing would, so what is checked is what is printed
  const plain = JSON.parse(JSON.stringify(document)) as unknown;
  const result = validate(schema, plain);
  if (!result.ok) {
    throw new FactstoreError(
      'INTERNAL',
      `the --json output does not match schemas/${schema}.schema.json (a factstore bug; please report it):\n${renderErrors(result.errors)}`,
    );
  }
  io.stdout(`${JSON.stringify(plain, null, 2)}\n`);
}
