import { canonicalJson, sha256Hex } from '../../core/model/fact-id.js';
import type { RunnerEnv } from '../env/runner-env.js';

export interface StepFactContent {
  flow: string;
  trail: string;
  /** the attestation type, or the kind of fact (artifact) */
  what: string;
  /** what the fact says, digested into the key */
  content: Record<string, unknown>;
}

/**
 * The key that makes a re-run of the same step in the same run attempt record nothing new: the
 * run, its attempt, the job, the flow, trail and type, plus a digest of what is recorded. The
 * digest tells apart the legs of a matrix job, which share the run, attempt and job id but attest
 * their own evidence. Undefined outside a workflow run (every run then records its fact).
 */
export function stepKey(env: RunnerEnv, fact: StepFactContent): string | undefined {
  if (env.runId === undefined || env.job === undefined) return undefined;
  const digest = sha256Hex(canonicalJson(fact.content)).slice(0, 16);
  const attempt = env.runAttempt ?? '1';
  return `github-actions:${env.repository ?? ''}:run/${env.runId}/attempt/${attempt}/job/${env.job}/${fact.flow}/${fact.trail}/${fact.what}/${digest}`.slice(0, 1024);
}

/** One key per trail: steps that start the same trail at once write one trail fact, not one each. */
export function trailKey(flow: string, trail: string): string {
  return `trail-started:${flow}/${trail}`;
}
