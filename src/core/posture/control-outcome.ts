import type { FlowConfig } from '../config/config.js';
import type { TrailEvaluation } from '../evaluate/types.js';
import type { FrameworkControl } from '../frameworks/index.js';

/**
 * Whether one trail evidences one framework control: undefined when the trail's flow requires none
 * of the control's types (the flow does not speak to it); else passing when every one of those types
 * PASSED, the approval the control asks for was granted, and none of its policies the flow applies
 * was violated.
 */
export function controlOutcome(control: FrameworkControl, flow: FlowConfig, e: TrailEvaluation): 'passing' | 'failing' | undefined {
  const types = (control.types ?? []).filter((t) => flow.require.includes(t));
  if (types.length === 0) return undefined;
  const passed = types.every((t) => e.types.find((x) => x.type === t)?.status === 'PASSED');
  const approved = control.approval?.required !== true || (e.approval.granted >= Math.max(1, e.approval.min) && !e.approval.rejected);
  const policies = (control.policies ?? []).filter((p) => flow.policies.includes(p));
  const allowed = !e.policyViolations.some((v) => policies.includes(v.policy));
  return passed && approved && allowed ? 'passing' : 'failing';
}
