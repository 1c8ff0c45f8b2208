const HEX64 = /^[0-9a-f]{64}$/i;

/**
 * `sha256:<64 lowercase hex>` from a digest written `sha256:<hex>` or as bare hex, in either case;
 * undefined for anything else (another algorithm, a short id, a truncated value).
 */
export function sha256Digest(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const hex = value.toLowerCase().startsWith('sha256:') ? value.slice('sha256:'.length) : value;
  return HEX64.test(hex) ? `sha256:${hex.toLowerCase()}` : undefined;
}

/**
 * `sha256:<hex>` from the base64 form AWS uses (Lambda's CodeSha256, S3's ChecksumSHA256);
 * undefined unless it decodes to exactly 32 bytes.
 */
export function sha256FromBase64(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(value)) return undefined;
  const bytes = Buffer.from(value, 'base64');
  return bytes.length === 32 ? `sha256:${bytes.toString('hex')}` : undefined;
}
