import type { FlowConfig, PolicyConfig } from '../config/config.js';
import { assertArtifact } from '../evaluate/assert-artifact.js';
import type { PolicyEvaluator } from '../evaluate/policies.js';
import type { ComplianceStatus } from '../evaluate/types.js';
import type { RunningLocation, SnapshotFact, SnapshotItem } from '../model/fact.js';
import type { FactStore } from '../store/fact-store.js';
import type { FoundEnvironment } from './find-environment.js';

export type ArtifactVerdict = 'COMPLIANT' | 'NON_COMPLIANT' | 'NO_PROVENANCE';

export interface RunningArtifactStatus {
  name: string;
  artifact: string;
  localId?: string;
  where: RunningLocation[];
  /** COMPLIANT in every flow that must vouch for it; NO_PROVENANCE when no trail recorded it */
  status: ArtifactVerdict;
  /** which id the trails recorded: the digest, or (docker) the local image id */
  matchedBy?: 'artifact' | 'localId';
  /** each flow that must vouch for it, with assert's answer there */
  flows: { flow: string; status: ComplianceStatus; trail?: string; details: string }[];
}

export interface EnvironmentStatus {
  environment: string;
  type: string;
  /** the snapshot judged; null before the first one */
  snapshot: { id: string; ts: string; actor: string } | null;
  /** COMPLIANT when every running artifact is; NO_SNAPSHOT before the first snapshot */
  status: 'COMPLIANT' | 'NON_COMPLIANT' | 'NO_SNAPSHOT';
  artifacts: RunningArtifactStatus[];
}

export interface EnvironmentStatusInput {
  environment: FoundEnvironment & { type: string };
  snapshot: SnapshotFact | undefined;
  flows: Record<string, FlowConfig>;
  /** `prefetchArtifacts`: read ahead what every running artifact's judgement reads (the trust filter does) */
  store: Pick<FactStore, 'trailsForArtifact' | 'readTrail'> & { prefetchArtifacts?(digests: readonly string[]): Promise<void> };
  policies?: Record<string, PolicyConfig>;
  policyEvaluator?: PolicyEvaluator;
}

/**
 * Is everything running in the environment allowed to be there? Each running artifact is asserted,
 * as `assert` does, in the flows the environment requires (`require_flows`), else in every flow
 * that recorded it, as `compliance artifact` decides. An artifact no trail recorded has no
 * provenance. A docker artifact is matched by its registry digest, else by its local image id.
 */
export async function environmentStatus(input: EnvironmentStatusInput): Promise<EnvironmentStatus> {
  const { environment, snapshot } = input;
  const base = { environment: environment.name, type: environment.type };
  if (snapshot === undefined) return { ...base, snapshot: null, status: 'NO_SNAPSHOT', artifacts: [] };
  await input.store.prefetchArtifacts?.(snapshot.artifacts.flatMap((a) => [a.artifact, ...(a.localId !== undefined ? [a.localId] : [])]));
  const artifacts = await Promise.all(snapshot.artifacts.map((item) => judgeRunningArtifact(input, item)));
  const status = artifacts.every((a) => a.status === 'COMPLIANT') ? 'COMPLIANT' : 'NON_COMPLIANT';
  return { ...base, snapshot: { id: snapshot.id, ts: snapshot.ts, actor: snapshot.actor }, status, artifacts };
}

/** One running artifact judged as {@link environmentStatus} judges each (also what `env diff` says of an ADDED or CHANGED one). */
export async function judgeRunningArtifact(input: Omit<EnvironmentStatusInput, 'snapshot'>, item: SnapshotItem): Promise<RunningArtifactStatus> {
  const base = { name: item.name, artifact: item.artifact, ...(item.localId !== undefined ? { localId: item.localId } : {}), where: item.where ?? [] };
  let digest = item.artifact;
  let refs = await input.store.trailsForArtifact(digest);
  let matchedBy: 'artifact' | 'localId' = 'artifact';
  if (refs.length === 0 && item.localId !== undefined) {
    digest = item.localId;
    refs = await input.store.trailsForArtifact(digest);
    matchedBy = 'localId';
  }
  if (refs.length === 0) return { ...base, status: 'NO_PROVENANCE', flows: [] };
  const required = input.environment.env.requireFlows ?? [...new Set(refs.map((r) => r.flow))].filter((f) => Object.hasOwn(input.flows, f));
  const flows = await Promise.all(
    required.map(async (name) => {
      const flow = input.flows[name];
      if (flow === undefined) return { flow: name, status: 'NON_COMPLIANT' as const, details: `flow ${name} is not in the config` };
      const result = await assertArtifact({
        store: input.store,
        flow,
        digest,
        ...(input.policies !== undefined ? { policies: input.policies } : {}),
        ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}),
      });
      return { flow: name, status: result.status, ...(result.trail !== null ? { trail: result.trail } : {}), details: result.details };
    }),
  );
  const status = flows.length > 0 && flows.every((f) => f.status === 'COMPLIANT') ? 'COMPLIANT' : 'NON_COMPLIANT';
  return { ...base, status, matchedBy, flows };
}
