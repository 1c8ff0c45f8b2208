import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { FactstoreError } from '../../errors.js';
import { BatchObjectParser, type GitObject } from './batch-object-parser.js';
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
  private readonly parser = new BatchObjectParser((object) => this.deliver(object));
  private failure: Error | undefined;

  constructor(gitdir: string, private readonly gitBinary: string) {
    super(gitdir);
  }

  override read(oid: string): Promise<RawObject> {
    this.seen.add(oid);
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
    const child = spawn(this.gitBinary, ['--no-replace-objects', '--git-dir', this.gitdir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => this.parser.push(chunk));
    const fail = (e: Error) => {
      this.failure = new FactstoreError('INTERNAL', `git cat-file failed: ${e.message}`, { cause: e });
      for (const p of this.queue.splice(0)) p.reject(this.failure);
    };
    child.on('error', fail);
    child.on('exit', (code) => {
      // a process ended by close() exits cleanly while reads wait on the one started after it
      if (this.queue.length > 0 && (this.child === child || code !== 0)) fail(new Error(`exited with ${code}`));
    });
    // A forgotten close() must not keep the process alive once no read is pending.
    child.unref();
    for (const s of [child.stdin, child.stdout, child.stderr]) setRef(s, false);
    this.child = child;
    return child;
  }

  /** One parsed answer: it belongs to the oldest request still waiting (answers come in order). */
  private deliver(object: GitObject): void {
    const head = this.queue.shift();
    if (head === undefined) return;
    if (this.queue.length === 0 && this.child !== undefined) setRef(this.child.stdout, false);
    if (object.type === 'missing') {
      head.reject(new FactstoreError('NOT_FOUND', `git object ${head.oid} is missing from the repository: fetch the facts branch again.`));
    } else {
      head.resolve({ type: object.type, content: Buffer.from(object.content) });
    }
  }
}

function setRef(stream: unknown, on: boolean): void {
  const s = stream as { ref?: () => void; unref?: () => void };
  if (on) s.ref?.();
  else s.unref?.();
}
