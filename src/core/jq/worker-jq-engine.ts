import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { badInput, FactstoreError } from '../errors.js';
import { JQ_TIMEOUT_MS, type JqEngine } from './jq-engine.js';
import { locateJqWorker } from './locate-worker.js';
import type { JqReady, JqReply, JqRequest, JqWorkerData } from './protocol.js';

export interface WorkerJqEngineOptions {
  /** time one evaluation may take (default 2 s) */
  timeoutMs?: number;
  /** time the worker may take to load jq (default 10 s) */
  startTimeoutMs?: number;
  /** the bundled worker script (default: found next to the bundle or under dist/) */
  workerPath?: string;
}

interface Thread {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
}

/**
 * jq in a worker thread, called synchronously: the caller blocks on a shared counter until the
 * worker answers or the time limit passes, and a thread that runs over is terminated. That bounds
 * time (the limit) and memory (jq's wasm heap cannot grow past 256 MiB; the thread's JS heap is
 * capped). The thread starts on the first `run`, so commands that evaluate no jq never load it.
 */
export function createWorkerJqEngine(options: WorkerJqEngineOptions = {}): JqEngine {
  const timeoutMs = options.timeoutMs ?? JQ_TIMEOUT_MS;
  let thread: Thread | undefined;
  let seq = 0;

  const stop = (): void => {
    if (thread === undefined) return;
    thread.port.close();
    void thread.worker.terminate();
    thread = undefined;
  };

  return {
    get loaded() {
      return thread !== undefined;
    },
    close: stop,
    run(query, input) {
      const text = JSON.stringify(input) as string | undefined;
      if (text === undefined) throw badInput('jq input must be a JSON value.');
      thread ??= startThread(options.workerPath ?? locateJqWorker(), options.startTimeoutMs ?? 10_000);
      const request: JqRequest = { seq: ++seq, query, input: text };
      const reply = exchange(thread, request, timeoutMs) as JqReply | undefined;
      if (reply === undefined) {
        stop();
        throw badInput(
          `jq expression ${quote(query)} did not finish within ${timeoutMs / 1000} s and was stopped: ` +
            'make it terminate (no unbounded recursion or range), or simplify it.',
        );
      }
      if (reply.ok) return reply.outputs;
      if (reply.kind === 'fatal') {
        stop();
        throw badInput(`jq expression ${quote(query)} ran out of memory and was stopped (${reply.message}): make it build smaller values.`);
      }
      if (reply.kind === 'compile') {
        throw new FactstoreError('CONFIG', `jq expression ${quote(query)} does not compile: ${jqMessage(reply.message)}. Fix the expression in the config.`);
      }
      throw badInput(`jq expression ${quote(query)} failed: ${jqMessage(reply.message)}.`);
    },
  };
}

function startThread(workerPath: string, startTimeoutMs: number): Thread {
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  const data: JqWorkerData = { signal, port: port2 };
  const worker = new Worker(workerPath, {
    workerData: data,
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: 512 },
    stdout: true,
    stderr: true,
  });
  // The worker never keeps the process alive: a CLI command ends when its work is done.
  worker.unref();
  const thread: Thread = { worker, port: port1, flag };
  const ready = waitForMessage(thread, 0, startTimeoutMs) as JqReady | undefined;
  if (ready?.ready !== true) {
    port1.close();
    void worker.terminate();
    const why = ready === undefined ? `it did not start within ${startTimeoutMs / 1000} s` : ready.message;
    throw new FactstoreError('INTERNAL', `factstore: the jq engine could not be loaded: ${why}. Reinstall the package or rebuild with npm run build.`);
  }
  return thread;
}

function exchange(thread: Thread, request: JqRequest, timeoutMs: number): unknown {
  const before = Atomics.load(thread.flag, 0);
  thread.port.postMessage(request);
  return waitForMessage(thread, before, timeoutMs);
}

/** Blocks until the worker has bumped the counter past `before` and its message is there, or time is up. */
function waitForMessage(thread: Thread, before: number, timeoutMs: number): unknown {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const message = receiveMessageOnPort(thread.port);
    if (message !== undefined) return message.message;
    const left = deadline - performance.now();
    if (left <= 0) return undefined;
    Atomics.wait(thread.flag, 0, before, left);
    before = Atomics.load(thread.flag, 0);
  }
}

function quote(query: string): string {
  const oneLine = query.replace(/\s+/g, ' ').trim();
  return JSON.stringify(oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine);
}

/** jq's own message without its `jq: error...:` prefix and compile-error trailer. */
function jqMessage(message: string): string {
  return message
    .split('\n')
    .filter((line) => !/^jq: \d+ compile errors?$/.test(line))
    .join(' ')
    .replace(/jq: error( \(at [^)]*\))?: /g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
