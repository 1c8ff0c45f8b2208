import type { FlowConfig, PolicyConfig } from '../config/config.js';
import { normalizeDigest } from '../model/names.js';
import type { FactStore } from '../store/fact-store.js';
import type { TeamMembership } from './actor-match.js';
import { pickBest } from './best-trail.js';
import { evaluateTrail } from './evaluate-trail.js';
import type { PolicyEvaluator } from './policies.js';
import type { AssertResult, TrailEvaluation } from './types.js';

export interface AssertArtifactInput {
  store: Pick<FactStore, 'trailsForArtifact' | 'readTrail'>;
  flow: FlowConfig;
  /** `sha256:<hex>` (bare or uppercase hex is normalised) */
  digest: string;
  policies?: Record<string, PolicyConfig>;
  policyEvaluator?: PolicyEvaluator;
  isTeamMember?: TeamMembership;
}

/**
 * DESIGN §4 `assert(digest, flow)`: every trail of the flow that recorded the digest is
 * evaluated for that digest; COMPLIANT if any is, otherwise the breakdown of the best trail.
 */
export async function assertArtifact(input: AssertArtifactInput): Promise<AssertResult> {
  const { store, flow } = input;
  const digest = normalizeDigest(input.digest);
  const refs = (await store.trailsForArtifact(digest)).filter((ref) => ref.flow === flow.name);
  const trails = [...new Set(refs.map((ref) => ref.trail))];
  const evaluations = await Promise.all(
    trails.map(async (trail) =>
      evaluateTrail({
        flow,
        trail,
        facts: await store.readTrail(flow.name, trail),
        artifact: digest,
        ...optional(input),
      }),
    ),
  );
  const best = pickBest(evaluations);
  return best === undefined ? unknownDigest(flow, digest) : toAssertResult(digest, best, trails.length);
}

function optional(input: AssertArtifactInput): Pick<AssertArtifactInput, 'policies' | 'policyEvaluator' | 'isTeamMember'> {
  const { policies, policyEvaluator, isTeamMember } = input;
  return {
    ...(policies !== undefined ? { policies } : {}),
    ...(policyEvaluator !== undefined ? { policyEvaluator } : {}),
    ...(isTeamMember !== undefined ? { isTeamMember } : {}),
  };
}

function toAssertResult(digest: string, evaluation: TrailEvaluation, trailsConsidered: number): AssertResult {
  const { approval } = evaluation;
  return {
    sha256Digest: digest,
    flow: evaluation.flow,
    status: evaluation.status,
    trail: evaluation.trail,
    missingAttestationTypes: [...evaluation.missing],
    failedAttestationTypes: [...evaluation.failed],
    approval: { required: approval.required, granted: approval.granted, min: approval.min },
    policyViolations: evaluation.policyViolations.map((v) => `${v.policy}: ${v.reasons.join('; ')}`),
    details: evaluation.details,
    trailsConsidered,
    evaluation,
  };
}

function unknownDigest(flow: FlowConfig, digest: string): AssertResult {
  return {
    sha256Digest: digest,
    flow: flow.name,
    status: 'NON_COMPLIANT',
    trail: null,
    missingAttestationTypes: [...new Set(flow.require)],
    failedAttestationTypes: [],
    approval: { required: flow.approval?.required ?? false, granted: 0, min: flow.approval?.min ?? 0 },
    policyViolations: [],
    details: `artifact ${digest} not found in flow ${flow.name}: record it with \`factstore artifacts create\``,
    trailsConsidered: 0,
  };
}
