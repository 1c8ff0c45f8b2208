import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { FactstoreError } from '../../errors.js';
import { ObjectReader, type RawObject } from './object-reader.js';

interface Pending {
  oid: string;
  resolve: (o: RawObject) => void;
  reject: (e: Error) => void;
}

/**
 * Reads objects through one long-lived `git cat-file --batch`. Native git binary-searches the
 * pack index in place; isomorphic-git parses the whole index first (~0.6 s for 600k objects),
 * which a short-lived CLI process cannot afford on a large packed store.
 */
export class NativeObjectReader extends ObjectReader {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly queue: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private failure: Error | undefined;

  constructor(gitdir: string, private readonly gitBinary: string) {
    super(gitdir);
  }

  override read(oid: string): Promise<RawObject> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const child = this.start();
    return new Promise<RawObject>((resolve, reject) => {
      // Hold the process open only while an answer is awaited.
      if (this.queue.length === 0) setRef(child.stdout, true);
      this.queue.push({ oid, resolve, reject });
      child.stdin.write(`${oid}\n`);
    });
  }

  override close(): void {
    this.child?.stdin.end();
    this.child = undefined;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child !== undefined) return this.child;
    const child = spawn(this.gitBinary, ['--git-dir', this.gitdir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    const fail = (e: Error) => {
      this.failure = new FactstoreError('INTERNAL', `git cat-file failed: ${e.message}`, { cause: e });
      for (const p of this.queue.splice(0)) p.reject(this.failure);
    };
    child.on('error', fail);
    child.on('exit', (code) => {
      if (this.queue.length > 0) fail(new Error(`exited with ${code}`));
    });
    // A forgotten close() must not keep the process alive once no read is pending.
    child.unref();
    for (const s of [child.stdin, child.stdout, child.stderr]) setRef(s, false);
    this.child = child;
    return child;
  }

  private drain(): void {
    for (;;) {
      const head = this.queue[0];
      if (head === undefined) {
        if (this.child !== undefined) setRef(this.child.stdout, false);
        return;
      }
      const nl = this.buffer.indexOf(0x0a);
      if (nl === -1) return;
      const header = this.buffer.toString('latin1', 0, nl);
      if (header.endsWith(' missing')) {
        this.queue.shift();
        this.buffer = this.buffer.subarray(nl + 1);
        head.reject(new FactstoreError('NOT_FOUND', `git object ${head.oid} is missing from the repository: fetch the facts branch again.`));
        continue;
      }
      const [, type = '', sizeText = '0'] = header.split(' ');
      const size = Number(sizeText);
      if (this.buffer.length < nl + 1 + size + 1) return;
      const content = Buffer.from(this.buffer.subarray(nl + 1, nl + 1 + size));
      this.buffer = this.buffer.subarray(nl + 1 + size + 1);
      this.queue.shift();
      head.resolve({ type, content });
    }
  }
}

function setRef(stream: unknown, on: boolean): void {
  const s = stream as { ref?: () => void; unref?: () => void };
  if (on) s.ref?.();
  else s.unref?.();
}
