import { badInput } from '../../core/errors.js';
import { isFlowFact, type Fact, type TrailFact } from '../../core/model/fact.js';
import { assertValidFact } from '../../core/schema/index.js';
import type { AppendResult, EvidenceBlob, FactStore } from '../../core/store/fact-store.js';

/** Checks every fact against the schema, then appends them all in one signed commit. */
export async function recordFacts(store: FactStore, facts: Fact[], evidence: EvidenceBlob[] = []): Promise<AppendResult> {
  for (const fact of facts) assertValidFact(fact, `the ${fact.kind} fact`);
  return store.append({ facts, ...(evidence.length > 0 ? { evidence } : {}) });
}

/** The trail's facts; a trail nobody started cannot take artifacts, attestations or approvals. */
export async function requireStartedTrail(store: FactStore, flow: string, trail: string): Promise<{ facts: Fact[]; start: TrailFact }> {
  const facts = await store.readTrail(flow, trail);
  const start = facts.find((f): f is TrailFact => f.kind === 'trail');
  if (start === undefined) {
    throw badInput(`trail ${trail} of flow ${flow} has not been started: start it with factstore trails begin --flow ${flow} --trail ${trail}.`);
  }
  return { facts, start };
}

/** The fact as stored: on an idempotent re-run, the one already there (same id) rather than the new copy. */
export async function storedFact(store: FactStore, fact: Fact, result: AppendResult): Promise<Fact> {
  if (result.written.some((f) => f.id === fact.id) || !isFlowFact(fact) || fact.trail === undefined) return fact;
  const facts = await store.readTrail(fact.flow, fact.trail);
  return facts.find((f) => f.id === fact.id) ?? fact;
}
