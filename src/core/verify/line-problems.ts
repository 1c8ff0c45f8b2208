import { renderErrors, type ValidationError } from '../schema/index.js';
import type { VerifyProblem } from './types.js';

/** Findings about one fact line at the tip, and about cross-references checked once the walk is done. */
const at = (path: string, line: number) => `${path}:${line}`;

export const invalidFact = (path: string, line: number, errors: readonly ValidationError[]): VerifyProblem => ({
  code: 'INVALID_FACT',
  path,
  line,
  message: `${at(path, line)} is not a valid fact (schemas/fact.schema.json):\n${renderErrors(errors)}\nThe store validates every fact it writes, so this line was written by something else: find out what, and record a corrected fact.`,
});

export const duplicateFact = (path: string, line: number, id: string, first: { path: string; line: number }): VerifyProblem => ({
  code: 'DUPLICATE_FACT',
  path,
  line,
  message: `${at(path, line)} repeats fact ${id.slice(0, 12)} already at ${at(first.path, first.line)}: a fact is recorded once (the store skips known ids), so this copy was written by something else; find out what.`,
});

export const misplacedFact = (path: string, line: number, expected: string): VerifyProblem => ({
  code: 'MISPLACED_FACT',
  path,
  line,
  message: `${at(path, line)} holds a fact that belongs in ${expected}: lookups never find it there; find out who wrote it and record it again through factstore.`,
});

export const evidenceMissing = (path: string, line: number, evidence: string): VerifyProblem => ({
  code: 'EVIDENCE_MISSING',
  path,
  line,
  message: `${at(path, line)} names evidence ${evidence}, which is not in the facts tree: the evidence was never stored or was removed; restore it from a trusted copy of the branch.`,
});

export const evidenceSizeMismatch = (path: string, line: number, evidence: string, declared: number, actual: number): VerifyProblem => ({
  code: 'EVIDENCE_MISMATCH',
  path,
  line,
  message: `${at(path, line)} says evidence ${evidence} is ${declared} bytes, but the stored file is ${actual} bytes: the fact or the evidence was altered; restore the branch from a trusted copy.`,
});

export const badIndexLine = (path: string, line: number): VerifyProblem => ({
  code: 'INDEX_MISMATCH',
  path,
  line,
  message: `${at(path, line)} is not a {"flow","trail"} index line: lookups skip it; find out who wrote it.`,
});

export const danglingIndexLine = (path: string, line: number, target: string, what: string): VerifyProblem => ({
  code: 'INDEX_MISMATCH',
  path,
  line,
  message: `${at(path, line)} points to ${target}, which holds no ${what}: the index or the trail was altered; restore the branch from a trusted copy.`,
});

export const unindexedFact = (path: string, line: number, index: string): VerifyProblem => ({
  code: 'INDEX_MISMATCH',
  path,
  line,
  message: `${at(path, line)} is not listed in ${index}: lookups by digest or commit will not find its trail; restore the branch from a trusted copy.`,
});
