import type { CommitTrust } from '../signing/index.js';
import type { VerifyProblem } from './types.js';

/** The messages of every finding: what is wrong, then what to do. */
const short = (oid: string) => oid.slice(0, 12);
const RESTORE = 'restore the facts branch from a trusted copy (a clone or backup taken before it) and record any correction as a new fact';

export function trustProblem(commit: string, trust: CommitTrust): VerifyProblem | undefined {
  const detail = trust.detail === undefined ? '' : ` ${trust.detail}`;
  switch (trust.status) {
    case 'trusted':
      return undefined;
    case 'unsigned':
      return { code: 'UNSIGNED_COMMIT', commit, message: `commit ${short(commit)} is not signed, so nobody vouches for what it changed: inspect it (git show ${short(commit)}) and ${RESTORE}.` };
    case 'untrusted':
      return {
        code: 'UNTRUSTED_SIGNER',
        commit,
        message: `commit ${short(commit)} is signed by a key the config does not trust.${detail} If the key is legitimate, add it under trust.signers through a reviewed pull request; otherwise ${RESTORE}.`,
      };
    case 'invalid':
      return { code: 'BAD_SIGNATURE', commit, message: `commit ${short(commit)} has a signature that does not verify.${detail} The commit was altered after signing or forged: ${RESTORE}.` };
  }
}

export const mergeCommit = (commit: string, parents: number): VerifyProblem => ({
  code: 'MERGE_COMMIT',
  commit,
  message: `commit ${short(commit)} is a merge of ${parents} parents, but the facts branch must be one line of appended commits (only the first parent's line was verified): rebuild the branch without the merge by appending the missing facts again.`,
});

export const shallowHistory = (commit: string): VerifyProblem => ({
  code: 'INCOMPLETE_HISTORY',
  commit,
  message: `the history stops at commit ${short(commit)}, which has a parent this repository does not walk (a shallow clone or grafts): fetch the whole facts branch (git fetch --unshallow) and verify again.`,
});

export const brokenChain = (commit: string, expected: string): VerifyProblem => ({
  code: 'INCOMPLETE_HISTORY',
  commit,
  message: `commit ${short(commit)} does not name ${short(expected)} as its first parent although git walked them in a row (grafts?): remove .git/info/grafts and verify again.`,
});

export const missingObject = (oid: string, what: string, commit: string): VerifyProblem => ({
  code: 'MISSING_OBJECT',
  commit,
  message: `${what} ${short(oid)} is missing from the repository: the clone is incomplete or damaged; fetch the facts branch again (or run git fsck).`,
});

export function rewrittenFacts(commit: string, path: string, how: 'removed' | 'changed' | 'type', lines: number, line?: number): VerifyProblem {
  const what =
    how === 'removed' ? `removed ${path}, which held ${lines} line(s)`
    : how === 'type' ? `replaced ${path} by something that is not a plain file`
    : `changed ${line === undefined ? 'existing lines' : `line ${line}`} of ${path} instead of appending to it`;
  const problem: VerifyProblem = { code: 'REWRITTEN_FACTS', commit, path, message: `commit ${short(commit)} ${what}: facts are append-only; ${RESTORE}.` };
  if (line !== undefined) problem.line = line;
  return problem;
}

export const rewrittenEvidence = (commit: string, path: string, removed: boolean): VerifyProblem => ({
  code: 'REWRITTEN_EVIDENCE',
  commit,
  path,
  message: `commit ${short(commit)} ${removed ? 'removed' : 'changed'} ${path}, but evidence never changes once written: ${RESTORE}.`,
});

export const unexpectedFile = (commit: string, path: string, expected: string, mode: string): VerifyProblem => ({
  code: 'UNEXPECTED_FILE',
  commit,
  path,
  message:
    mode === '100644'
      ? `commit ${short(commit)} added ${path}, which the store layout does not allow (expected ${expected}): the store never reads it; remove it and find out who wrote it.`
      : `commit ${short(commit)} wrote ${path} with mode ${mode}; the store writes plain files (100644) only: find out who wrote it and ${RESTORE}.`,
});

export const evidenceMismatch = (commit: string, path: string, actual: string): VerifyProblem => ({
  code: 'EVIDENCE_MISMATCH',
  commit,
  path,
  message: `commit ${short(commit)} stored bytes at ${path} whose sha256 is ${actual}: the evidence was altered; ${RESTORE}.`,
});

export const notJson = (path: string, line: number): VerifyProblem => ({
  code: 'NOT_JSON',
  path,
  line,
  message: `${path}:${line} is not a JSON object line: the file was damaged or edited by hand; ${RESTORE}.`,
});

export const noBranch = (branch: string, dir: string): VerifyProblem => ({
  code: 'NO_BRANCH',
  message: `the facts branch ${branch} does not exist in ${dir}: fetch it (git fetch origin ${branch}:${branch}) or create it with factstore init.`,
});

export const checkpointUnknown = (checkpoint: string): VerifyProblem => ({
  code: 'CHECKPOINT_UNKNOWN',
  message: `checkpoint ${JSON.stringify(checkpoint)} is not a commit of this repository: fetch the whole facts branch and verify again; if it is still unknown, the history that held it was rewritten and collected — ${RESTORE}.`,
});

export const checkpointNotAncestor = (checkpoint: string, tip: string): VerifyProblem => ({
  code: 'CHECKPOINT_NOT_ANCESTOR',
  commit: checkpoint,
  message: `checkpoint ${short(checkpoint)} is not an ancestor of the tip ${short(tip)}: the facts branch was rewritten since the checkpoint was taken; ${RESTORE}.`,
});

export const highWaterNotAncestor = (mark: string, tip: string): VerifyProblem => ({
  code: 'HIGH_WATER_NOT_ANCESTOR',
  commit: mark,
  message: `the tip ${short(tip)} does not descend from facts commit ${short(mark)}, on which a decision was taken in this repository (its high-water mark): the facts branch was rolled back or rewritten since; ${RESTORE}.`,
});

export const replacedObject = (what: string): VerifyProblem => ({
  code: 'REPLACED_OBJECT',
  message: `${what}. Plain git shows the branch with the replacement, so what it shows is not what was signed; Factstore reads without replacements.`,
});
