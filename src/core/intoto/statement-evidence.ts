import type { VerifiedStatement } from './verified-statement.js';

/** Subjects kept in the summary; a statement about more says how many there were. */
const MAX_SUBJECTS = 100;

/** The evidence summary of a verified statement: what it is, what it is about, who vouched for it. */
export function statementEvidence(verified: VerifiedStatement): Record<string, unknown> {
  const { subjects, predicateType } = verified.statement;
  return {
    predicateType,
    subjects: subjects.slice(0, MAX_SUBJECTS).map((s) => ({ name: s.name, digest: s.artifact })),
    ...(subjects.length > MAX_SUBJECTS ? { subjectCount: subjects.length } : {}),
    signer: verified.signer,
  };
}
