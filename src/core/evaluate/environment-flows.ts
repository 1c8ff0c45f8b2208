import type { FactstoreConfig, FlowConfig } from '../config/config.js';

/**
 * DESIGN §3: whether a flow gates deployments to the GitHub environment `environment`: its
 * `environments` list is empty (every environment), names it, or names a logical environment of
 * `environments:` whose `members` include it. Logical environments group GitHub environments one
 * level deep: a member is a GitHub environment name, never another group.
 *
 * Names compare case-insensitively, as GitHub compares environment names (`Production` and
 * `production` are one environment there); it also errs on the side of gating.
 */
export function flowGatesEnvironment(flow: FlowConfig, environment: string, groups: FactstoreConfig['environments']): boolean {
  if (flow.environments.length === 0) return true;
  return flow.environments.some((listed) => sameEnvironment(listed, environment) || membersOf(groups, listed).some((m) => sameEnvironment(m, environment)));
}

/** The flows of the config that gate deployments to `environment`, in config order. */
export function flowsForEnvironment(config: Pick<FactstoreConfig, 'flows' | 'environments'>, environment: string): FlowConfig[] {
  return Object.values(config.flows).filter((flow) => flowGatesEnvironment(flow, environment, config.environments));
}

export function sameEnvironment(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function membersOf(groups: FactstoreConfig['environments'], name: string): string[] {
  return Object.entries(groups).flatMap(([group, { members }]) => (sameEnvironment(group, name) ? members : []));
}
