import type { ArtifactFact, AttestationFact, Fact } from '../../model/fact.js';
import type { CountedFact } from '../../trust/file-trust.js';

/** An in-toto Statement v1 (https://in-toto.io/Statement/v1). */
export interface InTotoStatement {
  _type: 'https://in-toto.io/Statement/v1';
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: string;
  predicate: Record<string, unknown>;
}

export const FACTSTORE_PREDICATE = 'https://factstore.dev/attestation/v1';
export const TEST_RESULT_PREDICATE = 'https://in-toto.io/attestation/test-result/v0.1';
export const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom';
export const SPDX_PREDICATE = 'https://spdx.dev/Document';

/**
 * The statements one attestation makes about the trail's artifacts (the one it names, else every
 * artifact of the trail): always Factstore's own predicate (the fact, its evidence digests and
 * summaries, who signed the facts commit that holds it); a JUnit report also as in-toto's
 * test-result; a CycloneDX or SPDX SBOM also under its own predicate type, the document itself.
 * None when the trail recorded no artifact: a statement needs a subject.
 */
export function statementsFor(counted: CountedFact, trailFacts: readonly Fact[], evidenceJson: (sha256: string) => unknown): InTotoStatement[] {
  const fact = counted.fact;
  if (fact.kind !== 'attestation') return [];
  const artifacts = trailFacts.filter((f): f is ArtifactFact => f.kind === 'artifact' && (fact.artifact === undefined || f.artifact === fact.artifact));
  const seen = new Set<string>();
  const subject = artifacts
    .filter((a) => !seen.has(a.artifact) && seen.add(a.artifact) !== undefined)
    .map((a) => ({ name: a.name, digest: { sha256: a.artifact.slice('sha256:'.length) } }));
  if (subject.length === 0) return [];
  const statement = (predicateType: string, predicate: Record<string, unknown>): InTotoStatement => ({ _type: 'https://in-toto.io/Statement/v1', subject, predicateType, predicate });
  const out = [
    statement(FACTSTORE_PREDICATE, {
      flow: fact.flow,
      trail: fact.trail,
      type: fact.type,
      status: fact.status,
      recordedAt: fact.ts,
      actor: fact.actor,
      factId: fact.id,
      factsCommit: counted.commit,
      signer: counted.signer,
      evidence: fact.evidence.map((e) => ({ name: e.name, digest: { sha256: e.sha256.slice(7) }, format: e.format, size: e.size, ...(e.summary !== undefined ? { summary: e.summary } : {}) })),
      fact,
    }),
  ];
  for (const e of fact.evidence) {
    const resource = { name: e.name, digest: { sha256: e.sha256.slice(7) } };
    if (e.format === 'junit') out.push(statement(TEST_RESULT_PREDICATE, { result: testResult(fact), configuration: [resource] }));
    if (e.format === 'cyclonedx' || e.format === 'spdx') {
      const document = evidenceJson(e.sha256);
      if (document !== null && typeof document === 'object') out.push(statement(e.format === 'cyclonedx' ? CYCLONEDX_PREDICATE : SPDX_PREDICATE, document as Record<string, unknown>));
    }
  }
  return out;
}

/** test-result's verdict: PASSED, FAILED, or WARNED for a test run not judged yet. */
function testResult(fact: AttestationFact): 'PASSED' | 'FAILED' | 'WARNED' {
  return fact.status === 'PENDING' ? 'WARNED' : fact.status;
}
