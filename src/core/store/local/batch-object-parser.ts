/** One answer of `git cat-file --batch`; `type` is `missing` (and `content` empty) for an unknown oid. */
export interface GitObject {
  oid: string;
  type: string;
  size: number;
  /**
   * The object's bytes. Usually a view into the chunk the process wrote: copy it to keep it
   * beyond the callback that received it.
   */
  content: Buffer;
}

const NEWLINE = 0x0a;
const EMPTY = Buffer.alloc(0);

/**
 * Parses the `<oid> <type> <size>\n<content>\n` stream of `git cat-file --batch` as it arrives in
 * chunks. Objects inside one chunk are handed out as views (no copy); only an object split across
 * chunks is copied, once, so the whole stream costs O(total bytes).
 */
export class BatchObjectParser {
  private parts: Buffer[] = [];
  private partsLength = 0;
  private header: { oid: string; type: string; size: number } | undefined;

  constructor(private readonly onObject: (object: GitObject) => void) {}

  push(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.header === undefined) {
        const nl = chunk.indexOf(NEWLINE, pos);
        if (nl === -1) {
          this.keep(chunk.subarray(pos));
          return;
        }
        const line = this.take(chunk.subarray(pos, nl)).toString('latin1');
        pos = nl + 1;
        this.startObject(line);
        continue;
      }
      const need = this.header.size + 1 - this.partsLength;
      const available = chunk.length - pos;
      if (available < need) {
        this.keep(chunk.subarray(pos));
        return;
      }
      const body = this.take(chunk.subarray(pos, pos + need));
      pos += need;
      if (body[body.length - 1] !== NEWLINE) throw new Error('git cat-file --batch: an object is not followed by a newline');
      const header = this.header;
      this.header = undefined;
      this.onObject({ oid: header.oid, type: header.type, size: header.size, content: body.subarray(0, header.size) });
    }
  }

  /** Whether the stream stopped between two objects, as it must at its end. */
  get idle(): boolean {
    return this.header === undefined && this.partsLength === 0;
  }

  private startObject(line: string): void {
    const [oid = '', type = '', sizeText] = line.split(' ');
    if (sizeText === undefined) {
      // `<oid> missing` (or `ambiguous`): no content follows
      this.onObject({ oid, type: 'missing', size: 0, content: EMPTY });
      return;
    }
    const size = Number(sizeText);
    if (!Number.isSafeInteger(size) || size < 0) throw new Error(`git cat-file --batch: unreadable header ${JSON.stringify(line)}`);
    this.header = { oid, type, size };
  }

  private keep(piece: Buffer): void {
    this.parts.push(piece);
    this.partsLength += piece.length;
  }

  /** `piece` joined to what was kept from earlier chunks (a copy only when there is such a part). */
  private take(piece: Buffer): Buffer {
    if (this.parts.length === 0) return piece;
    this.parts.push(piece);
    const joined = Buffer.concat(this.parts, this.partsLength + piece.length);
    this.parts = [];
    this.partsLength = 0;
    return joined;
  }
}
