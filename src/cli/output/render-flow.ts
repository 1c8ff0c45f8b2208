import type { FlowConfig } from '../../core/config/config.js';

/** A flow as `flows list/get --json` print it: the normalised config entry. */
export function flowDocument(flow: FlowConfig): Record<string, unknown> {
  return {
    name: flow.name,
    description: flow.description,
    require: flow.require,
    approval: flow.approval,
    policies: flow.policies,
    branches: flow.branches,
    environments: flow.environments,
    retries: flow.retries,
  };
}

/** `requires a, b; approval 1 of alice, @acme/rm` */
export function flowSummary(flow: FlowConfig): string {
  const parts = [flow.require.length > 0 ? `requires ${flow.require.join(', ')}` : 'requires no attestation'];
  if (flow.approval?.required === true) parts.push(`approval ${flow.approval.min} of ${flow.approval.approvers.join(', ')}`);
  if (flow.policies.length > 0) parts.push(`policies ${flow.policies.join(', ')}`);
  if (flow.branches.length > 0) parts.push(`branches ${flow.branches.join(', ')}`);
  return parts.join('; ');
}
