import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { FactstoreError } from '../../errors.js';
import { BatchObjectParser, type GitObject } from './batch-object-parser.js';

export type { GitObject } from './batch-object-parser.js';

/**
 * Reads many objects through one `git cat-file --batch` process, pipelined: requests are written
 * ahead of the answers, and answers reach their callbacks in request order as they stream in.
 * Nothing is kept once its callback returns, so a whole store is read in bounded memory.
 */
export interface CatFileBatch {
  /** Queues a read of `oid`; `onObject` gets the object (type `missing` when it is not there). */
  request(oid: string, onObject: (object: GitObject) => void): void;
  /** Answers requested and not yet delivered. */
  readonly pending: number;
  /** `listener` runs after each delivered answer (to resume a paused producer). */
  onDelivered(listener: () => void): void;
  /** Settles when git has exited: resolved after `end()` once every answer was delivered, rejected on any failure. */
  readonly done: Promise<void>;
  /** No more requests: returns `done`. */
  end(): Promise<void>;
  /** Stops git at once; pending callbacks are never called. */
  abort(): void;
}

export interface CatFileOptions {
  gitdir: string;
  /** the git executable (default `git`) */
  git?: string;
}

type Callback = (object: GitObject) => void;

/**
 * Starts `git cat-file --batch --buffer`: git holds its answers until its output buffer fills or
 * `end()` closes its input, which is what makes bulk reads fast. Reads that must be answered one
 * at a time belong to another reader (ObjectReader).
 */
export function openCatFileBatch(options: CatFileOptions): CatFileBatch {
  return new CatFileProcess(options);
}

class CatFileProcess implements CatFileBatch {
  pending = 0;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly parser: BatchObjectParser;
  readonly done: Promise<void>;
  private callbacks: (Callback | undefined)[] = [];
  private head = 0;
  private requests: string[] = [];
  private failure: Error | undefined;
  private stderr = '';
  private delivered: (() => void) | undefined;

  constructor(options: CatFileOptions) {
    // --no-replace-objects: refs/replace must not let anyone swap the objects being read.
    this.child = spawn(options.git ?? 'git', ['--no-replace-objects', '--git-dir', options.gitdir, 'cat-file', '--batch', '--buffer'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.parser = new BatchObjectParser((object) => this.deliver(object));
    this.done = this.watch();
    // A caller that gives up (abort) must not leave an unhandled rejection behind.
    this.done.catch(() => undefined);
  }

  request(oid: string, onObject: Callback): void {
    if (this.failure !== undefined) throw this.failure;
    this.callbacks.push(onObject);
    this.pending++;
    this.requests.push(oid);
    // One pipe write per few hundred requests, not one per object.
    if (this.requests.length >= 512) this.flushRequests();
  }

  onDelivered(listener: () => void): void {
    this.delivered = listener;
  }

  end(): Promise<void> {
    this.flushRequests();
    this.child.stdin.end();
    return this.done;
  }

  abort(): void {
    this.failure ??= new FactstoreError('INTERNAL', 'git cat-file was stopped before it answered every request.');
    this.child.kill();
  }

  private flushRequests(): void {
    if (this.requests.length === 0 || this.failure !== undefined) return;
    this.child.stdin.write(`${this.requests.join('\n')}\n`);
    this.requests = [];
  }

  private deliver(object: GitObject): void {
    const callback = this.callbacks[this.head];
    if (callback === undefined) throw new Error(`git cat-file answered ${object.oid}, which nobody asked for`);
    this.callbacks[this.head++] = undefined;
    // Forget answered callbacks now and then, so the queue does not grow with the whole walk.
    if (this.head > 65_536 && this.head * 2 > this.callbacks.length) {
      this.callbacks = this.callbacks.slice(this.head);
      this.head = 0;
    }
    this.pending--;
    callback(object);
    this.delivered?.();
  }

  private watch(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const fail = (e: Error): void => {
        this.failure ??= e;
        this.child.kill();
        reject(this.failure);
      };
      this.child.stdout.on('data', (chunk: Buffer) => {
        if (this.failure !== undefined) return;
        try {
          this.parser.push(chunk);
        } catch (e) {
          fail(e instanceof Error ? e : new Error(String(e)));
        }
      });
      this.child.stderr.on('data', (chunk: Buffer) => {
        if (this.stderr.length < 4096) this.stderr += chunk.toString('utf8');
      });
      // A broken pipe is reported by 'close' below, with git's own message.
      this.child.stdin.on('error', () => undefined);
      this.child.on('error', (e) =>
        fail(new FactstoreError('INTERNAL', `cannot run git (${e.message}): reading a whole store needs native git on the PATH; install git.`, { cause: e })),
      );
      this.child.on('close', (code) => {
        if (this.failure !== undefined) return reject(this.failure);
        if (code !== 0) return fail(new FactstoreError('INTERNAL', `git cat-file exited with ${code}: ${this.stderr.trim() || 'no message'}`));
        if (this.pending !== 0 || !this.parser.idle) {
          return fail(new FactstoreError('INTERNAL', `git cat-file stopped with ${this.pending} answers missing.`));
        }
        resolve();
      });
    });
  }
}
