import type { FlowConfig, PolicyConfig } from '../config/config.js';
import type { PolicyEvaluator } from '../evaluate/policies.js';
import type { FactStore } from '../store/fact-store.js';
import { driftsOf, snapshotsOf } from './environment-history.js';
import { environmentStatus, type EnvironmentStatus } from './environment-status.js';
import type { FoundEnvironment } from './find-environment.js';
import { openDrifts, type OpenDrift } from './plan-drift.js';

export interface CurrentDriftInput {
  environment: FoundEnvironment & { type: string };
  store: Pick<FactStore, 'readLoose' | 'trailsForArtifact' | 'readTrail'>;
  flows: Record<string, FlowConfig>;
  policies?: Record<string, PolicyConfig>;
  policyEvaluator?: PolicyEvaluator;
}

/**
 * An environment as its recorded facts leave it: the newest snapshot judged, and the drift still
 * open (detected, not resolved), oldest first. What a drift issue is planned from when no snapshot is
 * being taken (the App, on facts pushed by a snapshot elsewhere).
 */
export async function currentDrift(input: CurrentDriftInput): Promise<{ status: EnvironmentStatus; open: OpenDrift[] }> {
  const { environment, store } = input;
  const snapshot = (await snapshotsOf(store, environment.name)).at(-1);
  const status = await environmentStatus({
    environment,
    snapshot,
    flows: input.flows,
    store,
    ...(input.policies !== undefined ? { policies: input.policies } : {}),
    ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}),
  });
  return { status, open: [...openDrifts(await driftsOf(store, environment.name)).values()] };
}
