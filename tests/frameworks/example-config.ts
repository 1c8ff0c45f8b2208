import { readFileSync } from 'node:fs';
import path from 'node:path';
import { testKey } from '../helpers/git.js';

/**
 * examples/factstore.yml as a user has it once the keys are in: the shipped file elides them
 * ("ssh-ed25519 AAAA... (…)"), so each elided key is replaced by a real one, nothing else.
 */
export function exampleConfigText(): string {
  const shipped = readFileSync(path.join(import.meta.dirname, '..', '..', 'examples', 'factstore.yml'), 'utf8');
  return shipped.replace(/"ssh-ed25519 AAAA\.\.\. \([^)"]*\)"/g, () => `"${testKey().publicKey}"`);
}
