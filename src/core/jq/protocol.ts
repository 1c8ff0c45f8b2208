import type { MessagePort } from 'node:worker_threads';

/** Messages between the jq engine and its worker thread. */
export interface JqRequest {
  seq: number;
  query: string;
  /** the input document as JSON text (cheap to pass between threads) */
  input: string;
}

export type JqReply =
  | { seq: number; ok: true; outputs: unknown[] }
  /** `compile`: the expression itself is wrong; `runtime`: it failed on this input; `fatal`: the jq instance died (out of memory) */
  | { seq: number; ok: false; kind: 'compile' | 'runtime' | 'fatal'; message: string };

export interface JqWorkerData {
  /** one Int32 the worker bumps, then notifies, after every reply (and once when ready) */
  signal: SharedArrayBuffer;
  port: MessagePort;
}

/** The first message of a worker: jq is loaded, or could not be. */
export type JqReady = { ready: true; version: string } | { ready: false; message: string };
