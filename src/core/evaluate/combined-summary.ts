import type { EvidenceRef } from '../model/fact.js';

/**
 * One summary for an attestation's evidence: the summary itself for one file; for several files
 * of one format, each numeric count added up (three JUnit files → total tests, failures...).
 * Undefined when no file has a summary or the formats differ.
 */
export function combinedSummary(evidence: readonly EvidenceRef[]): Record<string, unknown> | undefined {
  const summaries = evidence.flatMap((e) => (e.summary !== undefined ? [e.summary] : []));
  if (summaries.length === 0 || summaries.length !== evidence.length) return undefined;
  if (summaries.length === 1) return summaries[0];
  if (new Set(evidence.map((e) => e.format)).size !== 1) return undefined;
  const total: Record<string, number> = {};
  for (const summary of summaries) {
    for (const [key, value] of Object.entries(summary)) {
      if (typeof value === 'number') total[key] = (total[key] ?? 0) + value;
    }
  }
  return Object.keys(total).length > 0 ? total : undefined;
}
