import { overrideText, summaryText } from '../report/breakdown/index.js';
import type { EvidenceRef, Fact } from './fact.js';

/** A commit or digest shortened for people: 12 hex characters (`sha256:` kept). */
export function short(sha: string | null | undefined, length = 12): string {
  if (sha === null || sha === undefined) return '-';
  return sha.startsWith('sha256:') ? `sha256:${sha.slice(7, 7 + length)}…` : sha.slice(0, length);
}

/** What a fact says, in a few words, for the log and for the write commands' confirmation. */
export function describeFact(fact: Fact): string {
  switch (fact.kind) {
    case 'trail':
      return `${fact.commit !== undefined ? `commit ${short(fact.commit)}` : 'no commit'}${fact.gitBranch !== undefined ? ` on ${fact.gitBranch}` : ''}`;
    case 'artifact':
      return `${fact.name}${fact.tag !== undefined ? `:${fact.tag}` : ''} ${short(fact.artifact)}`;
    case 'attestation': {
      const evidence = fact.evidence.length > 0 ? ` (${fact.evidence.map(evidenceWords).join('; ')})` : '';
      const override = fact.override !== undefined ? `, ${overrideText(fact.override)}` : '';
      return `${fact.type} ${fact.status}${fact.artifact !== undefined ? ` for ${short(fact.artifact)}` : ''}${evidence}${override}`;
    }
    case 'approval':
      return `${fact.decision}${fact.comment !== undefined ? `: ${fact.comment}` : ''}`;
    case 'decision':
      return `${fact.commit !== undefined ? `commit ${short(fact.commit)}, ` : ''}decided on facts ${short(fact.factsCommit)}`;
    case 'bypass':
      return `${fact.reason}${fact.expires !== undefined ? ` until ${fact.expires}` : ''}`;
    case 'snapshot':
      return `${fact.environment}: ${fact.artifacts.length} artifact(s)`;
    case 'drift':
      return `${fact.environment}: ${fact.details}`;
    case 'alarm':
      return fact.event === 'TAMPER_ALARM_RAISED'
        ? `${fact.incidents?.length ?? 0}${fact.more !== undefined ? ` (+${fact.more})` : ''} incident(s) on ${fact.branch}`
        : `clears ${short(fact.clears ?? '')}${fact.comment !== undefined ? `: ${fact.comment}` : ''}`;
    case 'export':
      return `${fact.records} record(s) to ${fact.destination} through facts ${short(fact.through)}`;
  }
}

/** "junit.xml: 6 passed, 0 failed": an evidence file and what its parser counted. */
export function evidenceWords(e: EvidenceRef): string {
  const summary = summaryText(e.format, e.summary);
  return summary === '' ? e.name : `${e.name}: ${summary}`;
}
