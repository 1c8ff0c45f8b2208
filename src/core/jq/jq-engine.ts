/** Runs jq expressions; synchronous so that the evaluation engine stays synchronous. */
export interface JqEngine {
  /**
   * Every output of `query` over `input`. Throws FactstoreError: CONFIG for an expression that
   * does not compile, BAD_INPUT when it fails on this input, runs past the time limit or out of memory.
   */
  run(query: string, input: unknown): unknown[];
  /** whether jq has been loaded (it is loaded on the first `run`) */
  readonly loaded: boolean;
  /** stops the worker; a later `run` starts a new one */
  close(): void;
}

/** Default time one evaluation may take before it is stopped. */
export const JQ_TIMEOUT_MS = 2000;
