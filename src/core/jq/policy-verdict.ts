import type { PolicyConfig } from '../config/config.js';
import { badInput } from '../errors.js';

export interface PolicyVerdict {
  allow: boolean;
  reasons: string[];
}

/**
 * What a policy's jq may output (one value):
 * - `true` allows, `false` denies (the reason is the policy's description, else its name);
 * - an array of strings lists violations, `[]` allows;
 * - `{ "allow": boolean, "reasons": [strings] }`.
 * Anything else is an error, which the engine counts as a violation, never as a pass.
 */
export function policyVerdict(name: string, policy: PolicyConfig, outputs: readonly unknown[]): PolicyVerdict {
  if (outputs.length !== 1) {
    throw badInput(`policy ${name} must output exactly one value, but it gave ${outputs.length}: wrap a stream in [...] or use all/any.`);
  }
  const out = outputs[0];
  if (out === true) return { allow: true, reasons: [] };
  if (out === false) return { allow: false, reasons: [policy.description ?? `policy ${name} denied the trail`] };
  if (Array.isArray(out) && out.every((r) => typeof r === 'string')) return { allow: out.length === 0, reasons: out };
  if (typeof out === 'object' && out !== null && 'allow' in out && typeof out.allow === 'boolean') {
    const reasons = 'reasons' in out ? out.reasons : [];
    if (Array.isArray(reasons) && reasons.every((r) => typeof r === 'string')) {
      return { allow: out.allow, reasons: out.allow || reasons.length > 0 ? reasons : [policy.description ?? `policy ${name} denied the trail`] };
    }
  }
  const shown = JSON.stringify(out) ?? 'null';
  throw badInput(
    `policy ${name} gave ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}: it must output true, false, ` +
      'an array of violation strings, or {"allow": bool, "reasons": [...]}.',
  );
}
