import type { JqEngine } from '../../core/jq/jq-engine.js';
import { createWorkerJqEngine } from '../../core/jq/worker-jq-engine.js';

let engine: JqEngine | undefined;

/** One jq engine per process; its worker thread starts on the first evaluation, not before. */
export function sharedJqEngine(): JqEngine {
  engine ??= createWorkerJqEngine();
  return engine;
}
