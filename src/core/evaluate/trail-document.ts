import type { FlowConfig } from '../config/config.js';
import type { AttestationFact, AttestationOverride, Fact } from '../model/fact.js';
import { combinedSummary } from './combined-summary.js';

/**
 * The JSON document a policy sees for one trail (optionally scoped to one artifact). Plain
 * JSON only: no `undefined` values, so every policy engine sees the same thing.
 */
export interface TrailDocument {
  flow: {
    name: string;
    description?: string;
    require: string[];
    approval?: { required: boolean; approvers: string[]; min: number };
    policies: string[];
    branches: string[];
    environments: string[];
    retries: 'sticky' | 'latest';
  };
  trail: { name: string; commit?: string; gitBranch?: string; author?: string };
  attestations: TrailDocumentAttestation[];
  artifacts: { artifact: string; name: string; tag?: string }[];
  approvals: { actor: string; decision: 'APPROVED' | 'REJECTED'; team?: string; comment?: string; ts: string }[];
}

export interface TrailDocumentAttestation {
  type: string;
  status: 'PASSED' | 'FAILED' | 'PENDING';
  artifact?: string;
  details?: string;
  evidence: { name: string; sha256: string; format: string; summary?: Record<string, unknown> }[];
  /**
   * The evidence summary, for policies that need not care how many files there were: the single
   * file's summary, or the numeric counts added up over files of one format (DESIGN §3's example
   * reads `.attestations[].summary.critical`). Absent when there is nothing to combine.
   */
  summary?: Record<string, unknown>;
  /**
   * Present when the status was given by hand against the evidence's own verdict: the reason and
   * the verdict overridden. A policy can deny it: `[.attestations[] | select(.override)] | length == 0`.
   */
  override?: AttestationOverride;
  actor: string;
  ts: string;
}

export interface TrailDocumentInput {
  flow: FlowConfig;
  trail: string;
  /** the trail's facts, in recorded order */
  facts: readonly Fact[];
  /** evaluate for this digest: attestations and artifacts of other digests are left out */
  artifact?: string;
}

/** Attestations that count for `artifact` (DESIGN §4 rule 2); all of them when none is given. */
export function countingAttestations(facts: readonly Fact[], artifact?: string): AttestationFact[] {
  return facts.filter(
    (f): f is AttestationFact =>
      f.kind === 'attestation' && (artifact === undefined || f.artifact === undefined || f.artifact === artifact),
  );
}

export function buildTrailDocument(input: TrailDocumentInput): TrailDocument {
  const { flow, facts, artifact } = input;
  const trailFact = facts.find((f) => f.kind === 'trail');
  return {
    flow: definedOnly({
      name: flow.name,
      description: flow.description,
      require: [...flow.require],
      approval: flow.approval && {
        required: flow.approval.required,
        approvers: [...flow.approval.approvers],
        min: flow.approval.min,
      },
      policies: [...flow.policies],
      branches: [...flow.branches],
      environments: [...flow.environments],
      retries: flow.retries,
    }),
    trail: definedOnly({
      name: input.trail,
      commit: trailFact?.commit,
      gitBranch: trailFact?.gitBranch,
      author: trailFact?.author,
    }),
    attestations: countingAttestations(facts, artifact).map((a) =>
      definedOnly({
        type: a.type,
        status: a.status,
        artifact: a.artifact,
        details: a.details,
        evidence: a.evidence.map((e) =>
          definedOnly({ name: e.name, sha256: e.sha256, format: e.format, summary: e.summary }),
        ),
        summary: combinedSummary(a.evidence),
        override: a.override && { reason: a.override.reason, verdict: a.override.verdict },
        actor: a.actor,
        ts: a.ts,
      }),
    ),
    artifacts: facts.flatMap((f) =>
      f.kind === 'artifact' && (artifact === undefined || f.artifact === artifact)
        ? [definedOnly({ artifact: f.artifact, name: f.name, tag: f.tag })]
        : [],
    ),
    approvals: facts.flatMap((f) =>
      f.kind === 'approval'
        ? [definedOnly({ actor: f.actor, decision: f.decision, team: f.team, comment: f.comment, ts: f.ts })]
        : [],
    ),
  };
}

/** Drops keys whose value is `undefined` (optional fields stay absent, as in JSON). */
function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
