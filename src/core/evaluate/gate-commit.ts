import type { FactstoreConfig, FlowConfig } from '../config/config.js';
import { FactstoreError } from '../errors.js';
import type { Fact } from '../model/fact.js';
import { checkCommit } from '../model/names.js';
import type { FactStore, ReadOptions, TrailRef } from '../store/fact-store.js';
import type { TeamMembership } from './actor-match.js';
import { pickBest, pickWorst } from './best-trail.js';
import { findActiveBypass, type ActiveBypass } from './bypass.js';
import { flowGatesEnvironment } from './environment-flows.js';
import { evaluateTrail } from './evaluate-trail.js';
import type { PolicyEvaluator } from './policies.js';
import type { FlowGate, GateResult, TrailEvaluation } from './types.js';

export interface GateCommitInput {
  store: Pick<FactStore, 'trailsForCommit' | 'readTrail' | 'tip'>;
  config: FactstoreConfig;
  /** 40 hex */
  commit: string;
  /** gate only this flow; absent: every flow of the config */
  flow?: string;
  /** the commit's branch; absent: taken from the flow's trail fact */
  gitBranch?: string;
  /** a deployment's GitHub environment: only the flows that gate it (DESIGN §3); absent: every flow */
  environment?: string;
  now: Date;
  policyEvaluator?: PolicyEvaluator;
  isTeamMember?: TeamMembership;
}

interface TrailFacts {
  trail: string;
  facts: Fact[];
}

/**
 * DESIGN §4 `gate(commit)`: the decision of every flow that applies to the commit, all read at
 * one facts commit (the tip at the start) so the decision can be replayed.
 */
export async function gateCommit(input: GateCommitInput): Promise<GateResult> {
  const { store, config } = input;
  const commit = checkCommit(input.commit);
  const factsCommit = (await store.tip()) ?? null;
  const read: ReadOptions = factsCommit === null ? {} : { at: factsCommit };
  const environment = input.environment;
  const flows = selectFlows(config, input.flow).filter((f) => environment === undefined || flowGatesEnvironment(f, environment, config.environments));
  const refs = await store.trailsForCommit(commit, read);

  const gates: FlowGate[] = [];
  for (const flow of flows) {
    const trails = await readFlowTrails(store, flow, refs, read);
    if (!branchApplies(flow, trails, commit, input.gitBranch)) continue;
    gates.push(gateFlow(flow, trails, commit, input));
  }
  const blocked = gates.filter((g) => g.decision === 'GATE_BLOCKED');
  return {
    commit,
    decision: blocked.length === 0 ? 'GATE_ALLOWED' : 'GATE_BLOCKED',
    flows: gates,
    factsCommit,
    details: describeGate(gates, blocked),
  };
}

function selectFlows(config: FactstoreConfig, name: string | undefined): FlowConfig[] {
  const all = Object.values(config.flows);
  if (name === undefined) return all;
  const flow = Object.hasOwn(config.flows, name) ? config.flows[name] : undefined;
  if (flow === undefined) {
    const known = Object.keys(config.flows);
    throw new FactstoreError(
      'NOT_FOUND',
      `flow ${name} is not in the config; known flows: ${known.length > 0 ? known.join(', ') : 'none (add one under `flows:`)'}`,
    );
  }
  return [flow];
}

async function readFlowTrails(
  store: GateCommitInput['store'],
  flow: FlowConfig,
  refs: readonly TrailRef[],
  read: ReadOptions,
): Promise<TrailFacts[]> {
  const names = [...new Set(refs.filter((r) => r.flow === flow.name).map((r) => r.trail))];
  return Promise.all(names.map(async (trail) => ({ trail, facts: await store.readTrail(flow.name, trail, read) })));
}

/** A flow limited to some branches is skipped only when the commit's branch is known and not listed. */
function branchApplies(flow: FlowConfig, trails: readonly TrailFacts[], commit: string, given?: string): boolean {
  if (flow.branches.length === 0) return true;
  const known =
    given !== undefined
      ? [given]
      : trails.flatMap(({ facts }) =>
          facts.flatMap((f) =>
            f.kind === 'trail' && f.gitBranch !== undefined && (f.commit === undefined || f.commit === commit)
              ? [f.gitBranch]
              : [],
          ),
        );
  if (known.length === 0) return true;
  return known.some((branch) => flow.branches.includes(branch.replace(/^refs\/heads\//, '')));
}

function gateFlow(flow: FlowConfig, trails: readonly TrailFacts[], commit: string, input: GateCommitInput): FlowGate {
  const best = pickBest(trails.map((t) => evaluateForGate(flow, t, input)));
  if (best === undefined) {
    return {
      flow: flow.name,
      decision: 'GATE_BLOCKED',
      trail: null,
      details: `no trail of flow ${flow.name} for commit ${commit.slice(0, 7)}: start one with \`factstore trails begin\``,
    };
  }
  const gate: FlowGate = { flow: flow.name, decision: 'GATE_ALLOWED', trail: best.trail, evaluation: best, details: best.details };
  if (best.status === 'COMPLIANT') return gate;

  const blockedDetails = best.artifact !== undefined ? `artifact ${best.artifact}: ${best.details}` : best.details;
  // A bypass is granted for the flow and the commit, whichever of its trails holds it.
  const bypass = findActiveBypass(
    trails.flatMap((t) => t.facts),
    { bypass: input.config.bypass, commit, now: input.now, ...(input.isTeamMember ? { isTeamMember: input.isTeamMember } : {}) },
  );
  if (bypass === undefined) return { ...gate, decision: 'GATE_BLOCKED', details: blockedDetails };
  return { ...gate, bypass, details: `${describeBypass(bypass, input)} overrides: ${blockedDetails}` };
}

/** A trail with artifacts is only as good as its worst artifact; without any, as a whole. */
function evaluateForGate(flow: FlowConfig, { trail, facts }: TrailFacts, input: GateCommitInput): TrailEvaluation {
  const base = {
    flow,
    trail,
    facts,
    policies: input.config.policies,
    ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}),
    ...(input.isTeamMember !== undefined ? { isTeamMember: input.isTeamMember } : {}),
  };
  const digests = [...new Set(facts.flatMap((f) => (f.kind === 'artifact' ? [f.artifact] : [])))];
  const worst = pickWorst(digests.map((artifact) => evaluateTrail({ ...base, artifact })));
  return worst ?? evaluateTrail(base);
}

function describeBypass(bypass: ActiveBypass, input: GateCommitInput): string {
  const text = input.config.bypass?.reasons[bypass.reason];
  const reason = text !== undefined && text !== '' ? `${bypass.reason}: ${text}` : bypass.reason;
  return `bypass by ${bypass.actor} (${reason}, expires ${bypass.expires})`;
}

function describeGate(gates: readonly FlowGate[], blocked: readonly FlowGate[]): string {
  if (gates.length === 0) return 'no flow applies to this commit';
  if (blocked.length > 0) return `blocked by ${blocked.map((g) => `${g.flow} (${g.details})`).join(', ')}`;
  const allowed = gates.map((g) => (g.bypass !== undefined ? `${g.flow} (by ${g.bypass.reason} bypass of ${g.bypass.actor})` : g.flow));
  return `allowed by ${allowed.join(', ')}`;
}
