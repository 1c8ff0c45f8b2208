import type { FlowConfig, PolicyConfig } from '../../config/config.js';
import type { TeamMembership } from '../../evaluate/actor-match.js';
import { assertArtifact } from '../../evaluate/assert-artifact.js';
import type { PolicyEvaluator } from '../../evaluate/policies.js';
import type { DecisionFact } from '../../model/fact.js';
import { normalizeDigest } from '../../model/names.js';
import type { FactStore, ReadOptions, TrailRef } from '../../store/fact-store.js';
import type { CustodyReport, FlowCustody, TrailCustody } from './custody-report.js';
import { custodyDetails } from './custody-details.js';
import { indexHistory } from './recorded.js';
import { trailCustody } from './trail-custody.js';

export type CustodyStore = Pick<FactStore, 'tip' | 'trailsForArtifact' | 'readTrail' | 'trailHistory' | 'readLoose' | 'looseHistory'>;

export interface CustodyInput {
  store: CustodyStore;
  /** `sha256:<hex>` (bare or uppercase hex is normalised) */
  digest: string;
  /** the flows of the config: a flow that recorded the digest and is not here cannot be evaluated */
  flows: Readonly<Record<string, FlowConfig>>;
  policies?: Record<string, PolicyConfig>;
  policyEvaluator?: PolicyEvaluator;
  isTeamMember?: TeamMembership;
}

/**
 * The chain-of-custody report of one artifact. Every read is made at the same facts commit (the
 * tip when it starts), so the report and the compliance it states describe one state of the store.
 */
export async function buildCustodyReport(input: CustodyInput): Promise<CustodyReport> {
  const digest = normalizeDigest(input.digest);
  const tip = await input.store.tip();
  if (tip === undefined) return finish(digest, null, []);
  const at: ReadOptions = { at: tip };
  const refs = await input.store.trailsForArtifact(digest, at);
  const byFlow = new Map<string, string[]>();
  for (const ref of refs) byFlow.set(ref.flow, [...(byFlow.get(ref.flow) ?? []), ref.trail]);
  const flows = await Promise.all([...byFlow].map(([flow, trails]) => flowCustody(input, digest, at, flow, trails)));
  return finish(digest, tip, flows);
}

async function flowCustody(input: CustodyInput, digest: string, at: ReadOptions, flow: string, trails: string[]): Promise<FlowCustody> {
  const { store } = input;
  const config = Object.hasOwn(input.flows, flow) ? input.flows[flow] : undefined;
  const looseDecisions = (await store.readLoose('decision', flow, at)).filter((f): f is DecisionFact => f.kind === 'decision' && f.trail === undefined);
  const custody = await Promise.all(trails.map((trail) => oneTrail(store, at, { flow, trail }, digest, looseDecisions)));
  if (config === undefined) {
    const details = `flow ${flow} recorded this artifact but is not in the config, so it cannot be evaluated: add the flow back to the config.`;
    return { flow, status: 'NON_COMPLIANT', assert: null, trails: custody, details };
  }
  const assert = await assertArtifact({
    store: { trailsForArtifact: (d) => store.trailsForArtifact(d, at), readTrail: (f, t) => store.readTrail(f, t, at) },
    flow: config,
    digest,
    ...(input.policies !== undefined ? { policies: input.policies } : {}),
    ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}),
    ...(input.isTeamMember !== undefined ? { isTeamMember: input.isTeamMember } : {}),
  });
  return { flow, status: assert.status, assert, trails: custody, details: assert.details };
}

async function oneTrail(store: CustodyStore, at: ReadOptions, ref: TrailRef, digest: string, loose: readonly DecisionFact[]): Promise<TrailCustody> {
  const history = await store.trailHistory(ref.flow, ref.trail, at);
  const facts = history.flatMap((h) => h.facts);
  const index = indexHistory(history);
  const start = facts.find((f) => f.kind === 'trail');
  // a gate that found no trail for the commit recorded its decision as a loose fact
  const looseDecisions = start?.commit === undefined ? [] : loose.filter((d) => d.commit === start.commit);
  if (looseDecisions.length > 0) indexHistory(await store.looseHistory('decision', ref.flow, at), index);
  return trailCustody({ trail: ref.trail, digest, facts, looseDecisions, index });
}

function finish(digest: string, factsCommit: string | null, flows: FlowCustody[]): CustodyReport {
  const status = flows.length > 0 && flows.every((f) => f.status === 'COMPLIANT') ? 'COMPLIANT' : 'NON_COMPLIANT';
  return { sha256Digest: digest, status, factsCommit, flows, details: custodyDetails(digest, flows) };
}
