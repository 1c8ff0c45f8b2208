import { createHash } from 'node:crypto';

const sha256 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const LEAF = Buffer.from([0x00]);
const NODE = Buffer.from([0x01]);

/** RFC 9162 §2.1.1 leaf hash: SHA-256(0x00 || leaf). */
export function leafHash(leaf: Buffer): Buffer {
  return sha256(LEAF, leaf);
}

/**
 * The Merkle Tree Hash of RFC 9162 §2.1.1 over `leaves` in order (hex): the empty tree hashes the
 * empty string; a node is SHA-256(0x01 || left || right), split at the largest power of two below n.
 */
export function merkleRoot(leaves: readonly Buffer[]): string {
  return mth(leaves.map(leafHash)).toString('hex');
}

function mth(hashes: readonly Buffer[]): Buffer {
  if (hashes.length === 0) return sha256();
  if (hashes.length === 1) return hashes[0] ?? sha256();
  let k = 1;
  while (k * 2 < hashes.length) k *= 2;
  return sha256(NODE, mth(hashes.slice(0, k)), mth(hashes.slice(k)));
}
