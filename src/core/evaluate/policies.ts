import type { PolicyConfig } from '../config/config.js';
import type { TrailDocument } from './trail-document.js';
import type { PolicyViolation } from './types.js';

/** Evaluates one named policy over a trail document (jq, later CEL or Rego); synchronous. */
export interface PolicyEvaluator {
  evaluate(name: string, policy: PolicyConfig, document: TrailDocument): { allow: boolean; reasons: string[] };
}

export const NO_POLICY_ENGINE = 'no policy engine available';

/**
 * DESIGN §4 rule 4: every named policy must allow. Anything short of an explicit allow — no
 * engine, a policy missing from the config, an engine that throws — is a violation, never a pass.
 */
export function evaluatePolicies(
  names: readonly string[],
  policies: Readonly<Record<string, PolicyConfig>> | undefined,
  evaluator: PolicyEvaluator | undefined,
  document: () => TrailDocument,
): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  for (const name of new Set(names)) {
    const reasons = denyReasons(name, policies?.[name], evaluator, document);
    if (reasons !== undefined) violations.push({ policy: name, reasons });
  }
  return violations;
}

function denyReasons(
  name: string,
  policy: PolicyConfig | undefined,
  evaluator: PolicyEvaluator | undefined,
  document: () => TrailDocument,
): string[] | undefined {
  if (evaluator === undefined) return [NO_POLICY_ENGINE];
  if (policy === undefined) return [`policy ${name} is not defined: add it under \`policies:\` in the config`];
  let verdict: { allow: boolean; reasons: string[] };
  try {
    verdict = evaluator.evaluate(name, policy, document());
  } catch (e) {
    return [`policy evaluation failed: ${e instanceof Error ? e.message : String(e)}`];
  }
  if (verdict.allow) return undefined;
  return verdict.reasons.length > 0 ? [...verdict.reasons] : ['denied'];
}
