import type { FactstoreConfig, FlowConfig } from '../../core/config/config.js';
import { evaluateTrail } from '../../core/evaluate/index.js';
import type { PolicyEvaluator } from '../../core/evaluate/policies.js';
import type { TrailEvaluation } from '../../core/evaluate/types.js';
import type { Fact } from '../../core/model/fact.js';
import { buildBreakdown, renderBreakdownMarkdown, type BreakdownLinks } from '../../core/report/breakdown/index.js';

export interface TrailSummaryInput {
  config: FactstoreConfig;
  flow: FlowConfig;
  trail: string;
  facts: Fact[];
  policyEvaluator: PolicyEvaluator;
  links?: BreakdownLinks;
  now: Date;
}

/** The trail's compliance breakdown as the job summary shows it (worded for GitHub). */
export function trailSummary(input: TrailSummaryInput): { evaluation: TrailEvaluation; markdown: string } {
  const { config, flow, trail, facts } = input;
  const evaluation = evaluateTrail({ flow, trail, facts, policies: config.policies, policyEvaluator: input.policyEvaluator });
  const breakdown = buildBreakdown({
    flows: [{ flow, evaluation, details: evaluation.details }],
    audience: 'github',
    types: config.types,
    now: input.now,
    ...(input.links !== undefined ? { links: input.links } : {}),
  });
  return { evaluation, markdown: renderBreakdownMarkdown(breakdown) };
}
