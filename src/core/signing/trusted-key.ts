import type { TrustedSigner } from '../config/config.js';

/** Whether `trust.signers` lists the public key. Trust compares the key itself (type and base64), never the comment. */
export function isTrustedKey(signers: readonly TrustedSigner[], publicKey: string): boolean {
  const key = (line: string): string => line.trim().split(/\s+/).slice(0, 2).join(' ');
  return signers.some((s) => key(s.key) === key(publicKey));
}
