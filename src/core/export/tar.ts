import { FactstoreError } from '../errors.js';

/** One regular file of an archive. */
export interface TarEntry {
  path: string;
  bytes: Buffer;
}

const BLOCK = 512;

/**
 * A POSIX ustar archive of regular files, byte for byte the same for the same entries: sorted by
 * path, mode 0644, owner 0:0, time 0, no user names. A path over ustar's 100 bytes gets a pax
 * `path` record before it, as tar implementations read.
 */
export function writeTar(entries: readonly TarEntry[]): Buffer {
  const out: Buffer[] = [];
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const e of sorted) {
    const name = Buffer.from(e.path, 'utf8');
    if (name.length > 100) {
      const record = paxRecord('path', e.path);
      out.push(header(`PaxHeaders/${name.subarray(0, 80).toString('latin1').replace(/[^\x20-\x7e]/g, '_')}`, record.length, 'x'), pad(record));
    }
    out.push(header(name.length > 100 ? name.subarray(0, 100).toString('latin1') : e.path, e.bytes.length, '0'), pad(e.bytes));
  }
  out.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(out);
}

function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return Buffer.from(`${length}${body}`, 'utf8');
}

function header(name: string, size: number, type: '0' | 'x'): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, name === Buffer.from(name, 'utf8').toString('latin1') ? 'latin1' : 'utf8');
  h.write('0000644\0', 100, 'latin1');
  h.write('0000000\0', 108, 'latin1');
  h.write('0000000\0', 116, 'latin1');
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  h.write('00000000000\0', 136, 'latin1');
  h.write('        ', 148, 'latin1');
  h.write(type, 156, 'latin1');
  h.write('ustar\0', 257, 'latin1');
  h.write('00', 263, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return h;
}

function pad(bytes: Buffer): Buffer {
  const rest = bytes.length % BLOCK;
  return rest === 0 ? bytes : Buffer.concat([bytes, Buffer.alloc(BLOCK - rest)]);
}

/**
 * The regular files of a ustar archive (pax `path` records honoured, folder entries skipped). Anything
 * else in it — links, devices, a bad checksum, a truncated block — is refused: the archive is
 * not one `writeTar` made. Nothing is written anywhere: the entries stay in memory.
 */
export function readTar(archive: Buffer, what: string): TarEntry[] {
  const out: TarEntry[] = [];
  let pos = 0;
  let paxPath: string | undefined;
  const bad = (why: string) => new FactstoreError('INTEGRITY', `${what} is not a bundle archive: ${why}; export it again, or ask for the original.`);
  while (pos + BLOCK <= archive.length) {
    const h = archive.subarray(pos, pos + BLOCK);
    if (h.every((b) => b === 0)) return out;
    const stored = Number.parseInt(h.subarray(148, 156).toString('latin1').replace(/\0.*$/s, '').trim(), 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (h[i] ?? 0);
    if (stored !== sum) throw bad(`the header at byte ${pos} has a wrong checksum`);
    const size = Number.parseInt(h.subarray(124, 136).toString('latin1').replace(/\0.*$/s, '').trim() || '0', 8);
    const type = String.fromCharCode(h[156] ?? 0);
    if (!Number.isSafeInteger(size) || size < 0 || pos + BLOCK + size > archive.length) throw bad(`the entry at byte ${pos} runs past the end`);
    const body = archive.subarray(pos + BLOCK, pos + BLOCK + size);
    pos += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
      continue;
    }
    // folders (another tar's way of packing the same files) hold nothing to check
    if (type === '5') {
      paxPath = undefined;
      continue;
    }
    if (type !== '0' && type !== '\0') throw bad(`it holds an entry of type ${JSON.stringify(type)} (only files are expected)`);
    const name = paxPath ?? h.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    paxPath = undefined;
    out.push({ path: name, bytes: Buffer.from(body) });
  }
  throw bad('it ends without the two empty blocks that close an archive');
}
