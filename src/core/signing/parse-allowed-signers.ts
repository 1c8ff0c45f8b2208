import type { TrustedSigner } from '../config/config.js';
import { badInput } from '../errors.js';
import { parsePublicKey } from './public-key.js';

const KEY_TYPE = /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com)$/;

/**
 * The keys of an allowed-signers file (`principal [options] keytype base64 [comment]`, as git and
 * ssh-keygen read it): each line one signer. Options (`namespaces="git"`, `valid-before=…`) are
 * not interpreted; a line whose key does not parse is refused with its number.
 */
export function parseAllowedSigners(text: string, where: string): TrustedSigner[] {
  const out: TrustedSigner[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const tokens = line.match(/(?:[^\s"]+|"[^"]*")+/g) ?? [];
    const at = tokens.findIndex((t, j) => j > 0 && KEY_TYPE.test(t));
    const principal = tokens[0];
    const type = at === -1 ? undefined : tokens[at];
    const blob = at === -1 ? undefined : tokens[at + 1];
    if (principal === undefined || type === undefined || blob === undefined) {
      throw badInput(`${where}:${i + 1} is not an allowed-signers line (principal, options, key type, key): ${JSON.stringify(line.slice(0, 80))}.`);
    }
    const key = `${type} ${blob}`;
    try {
      parsePublicKey(key);
    } catch (e) {
      throw badInput(`${where}:${i + 1}: the key of ${principal} does not parse: ${e instanceof Error ? e.message : String(e)}`, e);
    }
    for (const p of principal.replace(/^"|"$/g, '').split(',')) out.push({ principal: p, key });
  });
  if (out.length === 0) throw badInput(`${where} lists no key: an allowed-signers file has one line per trusted key (factstore keygen prints it).`);
  return out;
}
