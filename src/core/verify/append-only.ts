import { createHash } from 'node:crypto';

/**
 * Whether `content` is the blob `old` with bytes appended, without the old bytes at hand: a blob's
 * id is sha1("blob <size>\0" + bytes), so hashing the first `old.size` bytes of the new version
 * must give the old id back. An old version that did not end with a newline may not grow:
 * appending would change its last line.
 */
export function isAppendOf(old: { oid: string; size: number }, content: Buffer): boolean {
  if (content.length < old.size) return false;
  if (old.size > 0 && content[old.size - 1] !== 0x0a) return false;
  const prefix = createHash('sha1').update(`blob ${old.size}\0`).update(content.subarray(0, old.size)).digest('hex');
  return prefix === old.oid;
}

/** 1-based number of the first line where two versions of a file differ. */
export function firstChangedLine(before: Buffer, after: Buffer): number {
  const n = Math.min(before.length, after.length);
  let line = 1;
  for (let i = 0; i < n; i++) {
    if (before[i] !== after[i]) return line;
    if (before[i] === 0x0a) line++;
  }
  return line;
}
