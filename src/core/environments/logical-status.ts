import type { FactstoreConfig } from '../config/config.js';
import type { PolicyEvaluator } from '../evaluate/policies.js';
import type { FactStore } from '../store/fact-store.js';
import { snapshotsOf } from './environment-history.js';
import { environmentStatus, type EnvironmentStatus } from './environment-status.js';
import type { FoundEnvironment } from './find-environment.js';

export interface LogicalStatus {
  environment: string;
  type: 'logical';
  /** COMPLIANT when every member is; a member with no runtime environment of its name is not observed */
  status: 'COMPLIANT' | 'NON_COMPLIANT';
  members: (EnvironmentStatus | { environment: string; type: 'unobserved'; status: 'NOT_OBSERVED' })[];
}

/**
 * A logical environment reported as one: each member judged as env status judges a runtime
 * environment, and the whole COMPLIANT only when every member is. A member that names no runtime
 * environment of the config (a GitHub environment only) has no snapshots, so nothing vouches for
 * what runs there: the logical environment is not compliant.
 */
export async function logicalStatus(input: {
  environment: FoundEnvironment;
  config: FactstoreConfig;
  store: Pick<FactStore, 'readLoose' | 'trailsForArtifact' | 'readTrail'>;
  policyEvaluator?: PolicyEvaluator;
}): Promise<LogicalStatus> {
  const { config } = input;
  const members = await Promise.all(
    input.environment.env.members.map(async (member) => {
      const found = Object.entries(config.environments).find(([name, env]) => name.toLowerCase() === member.toLowerCase() && env.type !== undefined);
      if (found === undefined) return { environment: member, type: 'unobserved' as const, status: 'NOT_OBSERVED' as const };
      const [name, env] = found;
      const type = env.type as NonNullable<typeof env.type>;
      return environmentStatus({
        environment: { name, env, type },
        snapshot: (await snapshotsOf(input.store, name)).at(-1),
        flows: config.flows,
        store: input.store,
        policies: config.policies,
        ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}),
      });
    }),
  );
  return { environment: input.environment.name, type: 'logical', status: members.every((m) => m.status === 'COMPLIANT') ? 'COMPLIANT' : 'NON_COMPLIANT', members };
}
