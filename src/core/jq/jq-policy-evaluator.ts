import type { PolicyConfig } from '../config/config.js';
import type { PolicyEvaluator } from '../evaluate/policies.js';
import type { JqEngine } from './jq-engine.js';
import { policyVerdict } from './policy-verdict.js';

/**
 * Policies written in jq (DESIGN §3–§4), run over the trail document. The engine is asked for only
 * when a policy is evaluated, so evaluating a flow without policies loads no jq.
 */
export function jqPolicyEvaluator(engine: () => JqEngine): PolicyEvaluator {
  return {
    evaluate(name: string, policy: PolicyConfig, document: unknown) {
      return policyVerdict(name, policy, engine().run(policy.jq, document));
    },
  };
}
