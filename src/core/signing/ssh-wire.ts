/**
 * The SSH wire encoding (RFC 4251 §5): big-endian uint32 and length-prefixed strings.
 * Every format in this folder (keys, SSHSIG) is built from these two.
 */

/** Thrown by the reader; callers turn it into a message about *their* format. */
export class SshWireTruncated extends Error {
  override readonly name = 'SshWireTruncated';
}

export function sshUint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

export function sshString(value: Uint8Array | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value);
  return Buffer.concat([sshUint32(bytes.length), bytes]);
}

export class SshWireReader {
  private pos = 0;

  constructor(private readonly buf: Buffer) {}

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  /** Reads `n` raw bytes (no length prefix). */
  bytes(n: number): Buffer {
    if (n > this.remaining) throw new SshWireTruncated(`needed ${n} bytes, ${this.remaining} left`);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  uint32(): number {
    return this.bytes(4).readUInt32BE(0);
  }

  string(): Buffer {
    return this.bytes(this.uint32());
  }

  /** A string that must be printable text (key types, namespaces, algorithm names). */
  text(): string {
    return this.string().toString('utf8');
  }

  rest(): Buffer {
    return this.bytes(this.remaining);
  }
}
