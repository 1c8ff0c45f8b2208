// The jq worker thread: loads jq once, then answers one request at a time. It runs apart from the
// caller so that an expression that never ends can be stopped by terminating the thread.
import { loadJq, type Jq } from 'jq-wasm/inline';
import { workerData } from 'node:worker_threads';
import type { JqReady, JqReply, JqRequest, JqWorkerData } from '../protocol.js';

const { signal, port } = workerData as JqWorkerData;
const flag = new Int32Array(signal);

function answer(message: JqReply | JqReady): void {
  port.postMessage(message);
  Atomics.add(flag, 0, 1);
  Atomics.notify(flag, 0);
}

function evaluate(jq: Jq, request: JqRequest): JqReply {
  try {
    return { seq: request.seq, ok: true, outputs: jq.json(request.input, request.query) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof Error && e.name === 'JqError') {
      const exitCode = (e as Error & { exitCode?: number }).exitCode;
      return { seq: request.seq, ok: false, kind: exitCode === 3 ? 'compile' : 'runtime', message };
    }
    // A wasm abort (out of memory) leaves the instance unusable: the engine replaces this thread.
    return { seq: request.seq, ok: false, kind: 'fatal', message };
  }
}

async function start(): Promise<void> {
  let jq: Jq;
  try {
    jq = await loadJq();
  } catch (e) {
    answer({ ready: false, message: e instanceof Error ? e.message : String(e) });
    return;
  }
  port.on('message', (request: JqRequest) => answer(evaluate(jq, request)));
  answer({ ready: true, version: jq.version });
}

void start();
