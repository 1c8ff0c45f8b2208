import { type FactstoreError, badInput } from '../../errors.js';

/** The error for JSON that parsed but is not what `tool` prints. */
export function wrongShape(tool: string, problem: string): FactstoreError {
  return badInput(`not the output of ${tool}: ${problem}; run \`${tool}\` and pass what it prints.`);
}
