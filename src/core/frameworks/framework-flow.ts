import type { RawFlow } from '../config/raw-config.js';
import type { Framework } from './framework.js';

/**
 * The flow that asks for everything the framework's controls need: the union of their types and
 * policies (in control order) and the strictest of their approval rules, with `approvers` as the
 * people who may approve. No approval rule when no control needs a person.
 */
export function frameworkFlow(framework: Framework, approvers: readonly string[]): RawFlow {
  const controls = framework.controls;
  const require = unique(controls.flatMap((c) => c.types ?? []));
  const policies = unique(controls.flatMap((c) => c.policies ?? []));
  const rules = controls.flatMap((c) => (c.approval === undefined ? [] : [c.approval]));
  const flow: RawFlow = {
    description: `${framework.title}: controls ${controls.map((c) => c.id).join(', ')}`,
    require,
  };
  if (rules.length > 0) {
    flow.approval = {
      required: rules.some((r) => r.required ?? true),
      approvers: [...approvers],
      min: Math.max(...rules.map((r) => r.min ?? 1)),
      forbid_self: rules.some((r) => r.forbid_self ?? true),
    };
  }
  if (policies.length > 0) flow.policies = policies;
  // each required type with the controls it evidences, so every breakdown can name them
  flow.controls = Object.fromEntries(require.map((type) => [type, controls.filter((c) => (c.types ?? []).includes(type)).map((c) => `${framework.name} ${c.id}`)]));
  return flow;
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}
