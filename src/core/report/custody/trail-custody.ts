import { countingAttestations } from '../../evaluate/trail-document.js';
import type { ApprovalFact, ArtifactFact, DecisionFact, Fact, TrailFact } from '../../model/fact.js';
import type { ApprovalRecord, ArtifactRecord, AttestationRecord, DecisionRecord, TrailCustody } from './custody-report.js';
import { recorded, type RecordedIndex } from './recorded.js';

export interface TrailCustodyInput {
  trail: string;
  digest: string;
  /** the trail's facts, in recorded order */
  facts: readonly Fact[];
  /** decisions bound to no trail, already chosen for this trail's commit */
  looseDecisions: readonly DecisionFact[];
  index: RecordedIndex;
}

/** One trail's part of the chain of custody: its facts about the artifact, each with its facts commit. */
export function trailCustody(input: TrailCustodyInput): TrailCustody {
  const { trail, digest, facts, index } = input;
  const start = facts.find((f): f is TrailFact => f.kind === 'trail');
  const decisions = [...input.looseDecisions, ...facts.filter((f): f is DecisionFact => f.kind === 'decision')];
  return {
    trail,
    ...(start?.commit !== undefined ? { commit: start.commit } : {}),
    ...(start?.gitBranch !== undefined ? { gitBranch: start.gitBranch } : {}),
    ...(start?.author !== undefined ? { author: start.author } : {}),
    started: start === undefined ? null : recorded(start, index),
    artifacts: facts.filter((f): f is ArtifactFact => f.kind === 'artifact' && f.artifact === digest).map((f) => artifactRecord(f, index)),
    attestations: countingAttestations(facts, digest).map(
      (f): AttestationRecord => ({
        ...recorded(f, index),
        type: f.type,
        status: f.status,
        ...(f.override !== undefined ? { override: f.override } : {}),
        ...optional({ artifact: f.artifact, details: f.details, evidenceUrl: f.evidenceUrl }),
        evidence: f.evidence,
      }),
    ),
    approvals: facts.filter((f): f is ApprovalFact => f.kind === 'approval').map((f): ApprovalRecord => ({
      ...recorded(f, index),
      decision: f.decision,
      ...optional({ comment: f.comment, team: f.team }),
    })),
    decisions: decisions.map((f) => decisionRecord(f, index)).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || Date.parse(a.ts) - Date.parse(b.ts)),
  };
}

function artifactRecord(f: ArtifactFact, index: RecordedIndex): ArtifactRecord {
  return { ...recorded(f, index), name: f.name, ...optional({ tag: f.tag, registry: f.registry }) };
}

function decisionRecord(f: DecisionFact, index: RecordedIndex): DecisionRecord {
  const details = f.result.details;
  return {
    ...recorded(f, index),
    event: f.event,
    trail: f.trail ?? null,
    factsCommit: f.factsCommit,
    ...optional({ commit: f.commit, configCommit: f.configCommit, bypass: f.bypass, details: typeof details === 'string' ? details : undefined }),
  };
}

/** The fields that have a value: the records leave absent ones out rather than print `undefined`. */
function optional<T extends Record<string, string | undefined>>(fields: T): Partial<Record<keyof T, string>> {
  const out: Partial<Record<keyof T, string>> = {};
  for (const [k, v] of Object.entries(fields) as [keyof T, string | undefined][]) if (v !== undefined) out[k] = v;
  return out;
}
