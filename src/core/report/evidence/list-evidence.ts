import type { AttestationFact, AttestationOverride, AttestationStatus } from '../../model/fact.js';
import type { FactStore, ReadOptions, TrailRef } from '../../store/fact-store.js';

/** One evidence file as one attestation recorded it (the same file recorded twice is listed twice). */
export interface EvidenceListEntry {
  /** `sha256:<64 hex>` of the stored bytes */
  sha256: string;
  size: number;
  format: string;
  name: string;
  flow: string;
  trail: string;
  /** the attestation type, and the attestation's status */
  type: string;
  status: AttestationStatus;
  /** the status was given by hand against the evidence's verdict, for this reason */
  override?: AttestationOverride;
  /** when the attestation was recorded, and by whom */
  ts: string;
  actor: string;
  /** id of the attestation fact */
  attestation: string;
  /** the artifact the attestation is bound to, if any */
  artifact?: string;
  summary?: Record<string, unknown>;
}

export interface ListEvidenceInput {
  store: Pick<FactStore, 'listTrails' | 'readTrail'>;
  /** only this flow's trails */
  flow?: string;
  /** only this trail (of `flow`) */
  trail?: string;
  read?: ReadOptions;
}

/** Every evidence file the attestations of the chosen trails recorded: newest attestation first, its files in recorded order. */
export async function listEvidence(input: ListEvidenceInput): Promise<EvidenceListEntry[]> {
  const { store, flow, trail, read } = input;
  const refs: TrailRef[] = flow !== undefined && trail !== undefined ? [{ flow, trail }] : await store.listTrails(flow, read);
  const facts = (await Promise.all(refs.map((ref) => store.readTrail(ref.flow, ref.trail, read)))).flat();
  const attestations = facts.filter((f): f is AttestationFact => f.kind === 'attestation');
  // the same time keeps the recorded order, reversed
  const newestFirst = attestations.map((fact, i) => ({ fact, i })).sort((a, b) => Date.parse(b.fact.ts) - Date.parse(a.fact.ts) || b.i - a.i);
  return newestFirst.flatMap(({ fact }) => entriesOf(fact));
}

function entriesOf(fact: AttestationFact): EvidenceListEntry[] {
  return fact.evidence.map((ev) => ({
    sha256: ev.sha256,
    size: ev.size,
    format: ev.format,
    name: ev.name,
    flow: fact.flow,
    trail: fact.trail,
    type: fact.type,
    status: fact.status,
    ...(fact.override !== undefined ? { override: fact.override } : {}),
    ts: fact.ts,
    actor: fact.actor,
    attestation: fact.id,
    ...(fact.artifact !== undefined ? { artifact: fact.artifact } : {}),
    ...(ev.summary !== undefined ? { summary: ev.summary } : {}),
  }));
}
