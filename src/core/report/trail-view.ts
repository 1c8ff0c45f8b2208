import type { FactstoreConfig, FlowConfig } from '../config/config.js';
import { evaluateTrail } from '../evaluate/evaluate-trail.js';
import type { PolicyEvaluator } from '../evaluate/policies.js';
import type { TrailEvaluation } from '../evaluate/types.js';
import type { Fact } from '../model/fact.js';
import type { CountedFact } from '../trust/file-trust.js';
import type { TrustReport } from '../trust/trust-report.js';

/** `factstore trails get --json` (schemas/cli/trails-get.schema.json): a trail's facts that count, its evaluation, who signed each, what did not count. */
export interface TrailView {
  flow: string;
  trail: string;
  facts: Fact[];
  evaluation: TrailEvaluation;
  signedBy: { id: string; commit: string; signer: string }[];
  trust: TrustReport;
}

/** The one way a trail is shown: the CLI's `trails get` and the compliance site's trail page. */
export function trailView(input: { flow: FlowConfig; trail: string; counted: readonly CountedFact[]; trust: TrustReport; config: FactstoreConfig; policyEvaluator?: PolicyEvaluator }): TrailView {
  const facts = input.counted.map((c) => c.fact);
  const evaluation = evaluateTrail({ flow: input.flow, trail: input.trail, facts, policies: input.config.policies, ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}) });
  const signedBy = input.counted.map((c) => ({ id: c.fact.id, commit: c.commit, signer: c.signer }));
  return { flow: input.flow.name, trail: input.trail, facts, evaluation, signedBy, trust: input.trust };
}
