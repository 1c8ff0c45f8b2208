import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** One Ed25519 verification: the raw 32-byte public key, the signed bytes and the 64-byte signature. */
export interface Ed25519Job {
  publicKey: Buffer;
  data: Buffer;
  signature: Buffer;
}

/**
 * Runs in each worker. Plain node:crypto only, so it needs no file of its own: the same source
 * works from TypeScript under test, from dist/ and from any bundle.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createPublicKey, verify } = require('node:crypto');
const SPKI = Buffer.from('302a300506032b6570032100', 'hex');
const keys = new Map();
parentPort.on('message', ({ id, jobs }) => {
  const results = new Uint8Array(jobs.length);
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i];
    const name = Buffer.from(job.publicKey).toString('hex');
    let key = keys.get(name);
    if (key === undefined) {
      key = createPublicKey({ key: Buffer.concat([SPKI, job.publicKey]), format: 'der', type: 'spki' });
      keys.set(name, key);
    }
    try { results[i] = verify(null, job.data, key, job.signature) ? 1 : 0; } catch { results[i] = 0; }
  }
  parentPort.postMessage({ id, results });
});
`;

const BATCH = 64;

/**
 * Ed25519 verifications on worker threads, in batches. A history holds one signature per commit,
 * ~0.1 ms each with OpenSSL: on a worker they run beside git and the main thread instead of
 * in front of them. One worker per spare core (at least one, at most four).
 */
export class Ed25519Workers {
  private readonly workers: Worker[];
  private readonly callbacks = new Map<number, ((valid: boolean) => void)[]>();
  private batch: Ed25519Job[] = [];
  private batchCallbacks: ((valid: boolean) => void)[] = [];
  private nextId = 0;
  private flushScheduled = false;
  private failure: Error | undefined;

  constructor(private readonly onFailure: (error: Error) => void) {
    const count = Math.max(1, Math.min(4, availableParallelism() - 1));
    this.workers = Array.from({ length: count }, () => this.start());
  }

  verify(job: Ed25519Job, done: (valid: boolean) => void): void {
    if (this.failure !== undefined) throw this.failure;
    this.batch.push(job);
    this.batchCallbacks.push(done);
    if (this.batch.length >= BATCH) this.flush();
    else if (!this.flushScheduled) {
      // a partial batch goes out once the current burst of work is over
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Stops the workers (pending verifications are dropped). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private start(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', ({ id, results }: { id: number; results: Uint8Array }) => {
      const callbacks = this.callbacks.get(id) ?? [];
      this.callbacks.delete(id);
      callbacks.forEach((done, i) => done(results[i] === 1));
    });
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', (code) => {
      if (this.callbacks.size > 0) this.fail(new Error(`a signature worker exited with code ${code}`));
    });
    return worker;
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.batch.length === 0 || this.failure !== undefined) return;
    const id = this.nextId++;
    this.callbacks.set(id, this.batchCallbacks);
    this.workers[id % this.workers.length]?.postMessage({ id, jobs: this.batch });
    this.batch = [];
    this.batchCallbacks = [];
  }

  private fail(e: Error): void {
    if (this.failure !== undefined) return;
    this.failure = e;
    this.callbacks.clear();
    this.onFailure(e);
  }
}
