/** The allowed-signers file that plain git and ssh-keygen use to check the same signatures. */
import type { TrustedSigner } from '../config/config.js';
import { badInput } from '../errors.js';
import { parsePublicKey, publicKeyLine } from './public-key.js';

// A principal is one token of the file: whitespace, commas and quotes would change its meaning.
const PRINCIPAL = /^[^\s,"]{1,256}$/;

/** One `principal namespaces="git" ssh-ed25519 AAAA…` line per signer, newline-terminated. */
export function allowedSignersFile(signers: TrustedSigner[]): string {
  return signers
    .map((s, i) => {
      if (!PRINCIPAL.test(s.principal) || s.principal.startsWith('#')) {
        throw badInput(`trust.signers[${i}].principal ${JSON.stringify(s.principal)} cannot be written to an allowed-signers file: use one word without spaces, commas or quotes (e.g. ci@acme).`);
      }
      return `${s.principal} namespaces="git" ${publicKeyLine(parsePublicKey(s.key).blob)}\n`;
    })
    .join('');
}
