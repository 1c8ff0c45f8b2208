/**
 * Reads the `<oid> <type> <size>\n<content>\n` stream of `git cat-file --batch` chunk by chunk.
 * An object inside one chunk is handed out as a view of it (no copy), one split across chunks is
 * joined once: hundreds of thousands of objects stream in O(total bytes).
 */

export interface BatchedObject {
  oid: string;
  type: string;
  content: Buffer;
}

export class CatFileStream {
  private pending: Buffer[] = [];
  private pendingLength = 0;
  private header: { oid: string; type: string; size: number } | undefined;

  constructor(private readonly onObject: (o: BatchedObject) => void) {}

  push(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.header === undefined) {
        const nl = chunk.indexOf(0x0a, pos);
        if (nl < 0) return this.keep(chunk.subarray(pos));
        const line = this.join(chunk.subarray(pos, nl)).toString('latin1');
        pos = nl + 1;
        const [oid = '', type = '', size] = line.split(' ');
        if (size === undefined) throw new Error(`fake-github: git cat-file could not read ${oid} (${type})`);
        this.header = { oid, type, size: Number(size) };
        continue;
      }
      const need = this.header.size + 1 - this.pendingLength;
      if (chunk.length - pos < need) return this.keep(chunk.subarray(pos));
      const body = this.join(chunk.subarray(pos, pos + need));
      pos += need;
      const { oid, type, size } = this.header;
      this.header = undefined;
      this.onObject({ oid, type, content: body.subarray(0, size) });
    }
  }

  get idle(): boolean {
    return this.header === undefined && this.pendingLength === 0;
  }

  private keep(piece: Buffer): void {
    this.pending.push(piece);
    this.pendingLength += piece.length;
  }

  private join(piece: Buffer): Buffer {
    if (this.pending.length === 0) return piece;
    const joined = Buffer.concat([...this.pending, piece]);
    this.pending = [];
    this.pendingLength = 0;
    return joined;
  }
}
