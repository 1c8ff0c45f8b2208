import type { FactstoreConfig } from '../config/config.js';
import { driftsOf, snapshotsOf } from '../environments/environment-history.js';
import { environmentStatus } from '../environments/environment-status.js';
import { openDrifts } from '../environments/plan-drift.js';
import { evaluateTrail } from '../evaluate/evaluate-trail.js';
import type { PolicyEvaluator } from '../evaluate/policies.js';
import type { TrailEvaluation } from '../evaluate/types.js';
import type { Framework } from '../frameworks/index.js';
import type { FactStore } from '../store/fact-store.js';
import { controlOutcome } from './control-outcome.js';
import { postureLevel, type PostureLevel } from './posture-level.js';
import { trailOutcome } from './trail-outcome.js';

export interface PostureReport {
  /** trails started since then are counted; null: every trail */
  since: string | null;
  flows: { flow: string; trails: number; compliant: number; nonCompliant: number; pending: number; percent: number | null; level: PostureLevel }[];
  environments: { environment: string; type: string; status: 'COMPLIANT' | 'NON_COMPLIANT' | 'NO_SNAPSHOT'; running: number; drifting: number; openDrifts: number; snapshot: string | null }[];
  frameworks: {
    framework: string;
    title: string;
    controls: { id: string; title: string; passing: number; failing: number; percent: number | null; level: PostureLevel }[];
  }[];
}

export interface PostureInput {
  config: FactstoreConfig;
  /** the facts that count (the trust filter) */
  store: Pick<FactStore, 'listTrails' | 'readTrail' | 'readLoose' | 'trailsForArtifact'>;
  since?: Date;
  frameworks: readonly Framework[];
  policyEvaluator?: PolicyEvaluator;
}

/**
 * The compliance posture, every number counted from the facts that count: per flow, the trails
 * started in the window by outcome and the share COMPLIANT; per runtime environment, its status on
 * the newest snapshot and its drift; per framework control, the trails that evidence it, passing or
 * failing, over the flows that require its types.
 */
export async function buildPosture(input: PostureInput): Promise<PostureReport> {
  const { config } = input;
  const evaluations: { flow: string; evaluation: TrailEvaluation }[] = [];
  const flows: PostureReport['flows'] = [];
  for (const flow of Object.values(config.flows)) {
    const counts = { COMPLIANT: 0, NON_COMPLIANT: 0, PENDING: 0 };
    for (const ref of await input.store.listTrails(flow.name)) {
      const facts = await input.store.readTrail(flow.name, ref.trail);
      const started = facts.find((f) => f.kind === 'trail')?.ts ?? facts[0]?.ts;
      if (started === undefined || (input.since !== undefined && Date.parse(started) < input.since.getTime())) continue;
      const evaluation = evaluateTrail({ flow, trail: ref.trail, facts, policies: config.policies, ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}) });
      evaluations.push({ flow: flow.name, evaluation });
      counts[trailOutcome(evaluation)]++;
    }
    const trails = counts.COMPLIANT + counts.NON_COMPLIANT + counts.PENDING;
    flows.push({ flow: flow.name, trails, compliant: counts.COMPLIANT, nonCompliant: counts.NON_COMPLIANT, pending: counts.PENDING, ...postureLevel(counts.COMPLIANT, trails) });
  }
  const environments: PostureReport['environments'] = [];
  for (const [name, env] of Object.entries(config.environments)) {
    if (env.type === undefined) continue;
    const snapshot = (await snapshotsOf(input.store, name)).at(-1);
    const status = await environmentStatus({
      environment: { name, env, type: env.type },
      snapshot,
      flows: config.flows,
      store: input.store,
      policies: config.policies,
      ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}),
    });
    environments.push({
      environment: name,
      type: env.type,
      status: status.status,
      running: status.artifacts.length,
      drifting: status.artifacts.filter((a) => a.status !== 'COMPLIANT').length,
      openDrifts: openDrifts(await driftsOf(input.store, name)).size,
      snapshot: snapshot?.ts ?? null,
    });
  }
  const frameworks = input.frameworks.map((framework) => ({
    framework: framework.name,
    title: framework.title,
    controls: framework.controls.map((control) => {
      let passing = 0;
      let failing = 0;
      for (const { flow, evaluation } of evaluations) {
        const config_ = config.flows[flow];
        const outcome = config_ === undefined ? undefined : controlOutcome(control, config_, evaluation);
        if (outcome === 'passing') passing++;
        if (outcome === 'failing') failing++;
      }
      return { id: control.id, title: control.title, passing, failing, ...postureLevel(passing, passing + failing) };
    }),
  }));
  return { since: input.since?.toISOString() ?? null, flows, environments, frameworks };
}
