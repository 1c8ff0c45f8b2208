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
  /**
   * The branches the commit is judged for, from the event being judged, never from a fact: a pull
   * request's base, the pushed branch, the deployment's ref, `gate --git-branch`, or every branch
   * that contains the commit. Absent: unknown, and every flow applies (the gate errs on gating).
   */
  branches?: readonly string[];
  /** the change's author from the event (a pull request's author); absent: the trail's recorded author */
  author?: string;
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
    if (!branchApplies(flow, input.branches)) continue;
    gates.push(gateFlow(flow, await readFlowTrails(store, flow, refs, read), commit, input));
  }
  const blocked = gates.filter((g) => g.decision === 'GATE_BLOCKED');
  // A commit no flow applies to is blocked unless the config says otherwise: an unscoped commit
  // must never pass by default, or a branch left out of every flow would be an open door.
  const unscopedAllowed = gates.length === 0 && input.config.gate.allowUnscoped;
  return {
    commit,
    decision: blocked.length === 0 && (gates.length > 0 || unscopedAllowed) ? 'GATE_ALLOWED' : 'GATE_BLOCKED',
    flows: gates,
    factsCommit,
    details: gates.length === 0 ? describeUnscoped(input, unscopedAllowed) : describeGate(gates, blocked),
  };
}

function describeUnscoped(input: GateCommitInput, allowed: boolean): string {
  const where = [
    input.branches === undefined ? undefined : input.branches.length === 0 ? 'on no branch' : `on ${input.branches.join(', ')}`,
    input.environment === undefined ? undefined : `deployed to ${input.environment}`,
  ].filter((w) => w !== undefined);
  const scope = where.length === 0 ? '' : ` (${where.join(', ')})`;
  return allowed
    ? `no flow applies to this commit${scope}: allowed, as gate.allow_unscoped says`
    : `no flow applies to this commit${scope}, so nothing vouches for it: blocked. Add its branch or environment to a flow, or set gate.allow_unscoped: true to let such commits through`;
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

/**
 * A flow limited to some branches applies when one of the event's branches is listed; with the
 * branches unknown it applies (the gate errs on gating). Never read from a fact: a trail's recorded
 * branch is whatever its writer said.
 */
function branchApplies(flow: FlowConfig, branches: readonly string[] | undefined): boolean {
  if (flow.branches.length === 0 || branches === undefined) return true;
  return branches.some((branch) => flow.branches.includes(branch.replace(/^refs\/heads\//, '')));
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
    ...(input.author !== undefined ? { author: input.author } : {}),
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
