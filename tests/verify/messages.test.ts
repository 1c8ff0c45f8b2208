// The words of every verify finding: what is wrong and what to do, as `factstore verify` prints them.
import { describe, expect, it } from 'vitest';
import {
  brokenChain,
  checkpointNotAncestor,
  checkpointUnknown,
  evidenceMismatch,
  highWaterNotAncestor,
  mergeCommit,
  missingObject,
  noBranch,
  notJson,
  replacedObject,
  rewrittenEvidence,
  rewrittenFacts,
  shallowHistory,
  trustProblem,
  unexpectedFile,
} from '../../src/core/verify/problems.js';
import {
  badIndexLine,
  danglingIndexLine,
  duplicateFact,
  evidenceMissing,
  evidenceSizeMismatch,
  invalidFact,
  misplacedFact,
  unindexedFact,
} from '../../src/core/verify/line-problems.js';

const C = '0123456789abcdef0123456789abcdef01234567';
const D = 'fedcba9876543210fedcba9876543210fedcba98';
const RESTORE = 'restore the facts branch from a trusted copy (a clone or backup taken before it) and record any correction as a new fact';
const P = 'trails/payments/3f/b1.ndjson';

describe('history findings', () => {
  it('trust verdicts: none for a trusted commit, the detail after the first sentence', () => {
    expect(trustProblem(C, { status: 'trusted', principal: 'ci' })).toBeUndefined();
    expect(trustProblem(C, { status: 'unsigned' })).toEqual({
      code: 'UNSIGNED_COMMIT',
      commit: C,
      message: `commit 0123456789ab is not signed, so nobody vouches for what it changed: inspect it (git show 0123456789ab) and ${RESTORE}.`,
    });
    expect(trustProblem(C, { status: 'untrusted', detail: 'Key SHA256:xyz.' })).toEqual({
      code: 'UNTRUSTED_SIGNER',
      commit: C,
      message: `commit 0123456789ab is signed by a key the config does not trust. Key SHA256:xyz. If the key is legitimate, add it under trust.signers through a reviewed pull request; otherwise ${RESTORE}.`,
    });
    expect(trustProblem(C, { status: 'untrusted' })?.message).toBe(
      `commit 0123456789ab is signed by a key the config does not trust. If the key is legitimate, add it under trust.signers through a reviewed pull request; otherwise ${RESTORE}.`,
    );
    expect(trustProblem(C, { status: 'invalid', detail: 'Bad bytes.' })).toEqual({
      code: 'BAD_SIGNATURE',
      commit: C,
      message: `commit 0123456789ab has a signature that does not verify. Bad bytes. The commit was altered after signing or forged: ${RESTORE}.`,
    });
  });

  it('merges, shallow and broken chains, missing objects', () => {
    expect(mergeCommit(C, 2)).toEqual({
      code: 'MERGE_COMMIT',
      commit: C,
      message: "commit 0123456789ab is a merge of 2 parents, but the facts branch must be one line of appended commits (only the first parent's line was verified): rebuild the branch without the merge by appending the missing facts again.",
    });
    expect(shallowHistory(C)).toEqual({
      code: 'INCOMPLETE_HISTORY',
      commit: C,
      message: 'the history stops at commit 0123456789ab, which has a parent this repository does not walk (a shallow clone or grafts): fetch the whole facts branch (git fetch --unshallow) and verify again.',
    });
    expect(brokenChain(C, D)).toEqual({
      code: 'INCOMPLETE_HISTORY',
      commit: C,
      message: 'commit 0123456789ab does not name fedcba987654 as its first parent although git walked them in a row (grafts?): remove .git/info/grafts and verify again.',
    });
    expect(missingObject(D, 'the blob of x', C)).toEqual({
      code: 'MISSING_OBJECT',
      commit: C,
      message: 'the blob of x fedcba987654 is missing from the repository: the clone is incomplete or damaged; fetch the facts branch again (or run git fsck).',
    });
  });

  it('rewritten facts: removed, replaced by another type, changed at a line or somewhere', () => {
    expect(rewrittenFacts(C, P, 'removed', 3)).toEqual({
      code: 'REWRITTEN_FACTS',
      commit: C,
      path: P,
      message: `commit 0123456789ab removed ${P}, which held 3 line(s): facts are append-only; ${RESTORE}.`,
    });
    expect(rewrittenFacts(C, P, 'type', 3).message).toBe(`commit 0123456789ab replaced ${P} by something that is not a plain file: facts are append-only; ${RESTORE}.`);
    expect(rewrittenFacts(C, P, 'changed', 0)).toEqual({
      code: 'REWRITTEN_FACTS',
      commit: C,
      path: P,
      message: `commit 0123456789ab changed existing lines of ${P} instead of appending to it: facts are append-only; ${RESTORE}.`,
    });
    expect(rewrittenFacts(C, P, 'changed', 0, 7)).toEqual({
      code: 'REWRITTEN_FACTS',
      commit: C,
      path: P,
      line: 7,
      message: `commit 0123456789ab changed line 7 of ${P} instead of appending to it: facts are append-only; ${RESTORE}.`,
    });
  });

  it('evidence and unexpected files', () => {
    const e = `evidence/ab/${'ab'.repeat(32)}`;
    expect(rewrittenEvidence(C, e, true)).toEqual({
      code: 'REWRITTEN_EVIDENCE',
      commit: C,
      path: e,
      message: `commit 0123456789ab removed ${e}, but evidence never changes once written: ${RESTORE}.`,
    });
    expect(rewrittenEvidence(C, e, false).message).toBe(`commit 0123456789ab changed ${e}, but evidence never changes once written: ${RESTORE}.`);
    expect(evidenceMismatch(C, e, 'sha256:00')).toEqual({
      code: 'EVIDENCE_MISMATCH',
      commit: C,
      path: e,
      message: `commit 0123456789ab stored bytes at ${e} whose sha256 is sha256:00: the evidence was altered; ${RESTORE}.`,
    });
    expect(unexpectedFile(C, 'trails/x.txt', 'a plain file', '100644')).toEqual({
      code: 'UNEXPECTED_FILE',
      commit: C,
      path: 'trails/x.txt',
      message: 'commit 0123456789ab added trails/x.txt, which the store layout does not allow (expected a plain file): the store never reads it; remove it and find out who wrote it.',
    });
    expect(unexpectedFile(C, P, 'a plain file', '120000').message).toBe(
      `commit 0123456789ab wrote ${P} with mode 120000; the store writes plain files (100644) only: find out who wrote it and ${RESTORE}.`,
    );
  });

  it('branch, checkpoint, high-water mark and replacements', () => {
    expect(notJson(P, 4)).toEqual({ code: 'NOT_JSON', path: P, line: 4, message: `${P}:4 is not a JSON object line: the file was damaged or edited by hand; ${RESTORE}.` });
    expect(noBranch('factstore', '/r')).toEqual({
      code: 'NO_BRANCH',
      message: 'the facts branch factstore does not exist in /r: fetch it (git fetch origin factstore:factstore) or create it with factstore init.',
    });
    expect(checkpointUnknown('abc')).toEqual({
      code: 'CHECKPOINT_UNKNOWN',
      message: `checkpoint "abc" is not a commit of this repository: fetch the whole facts branch and verify again; if it is still unknown, the history that held it was rewritten and collected — ${RESTORE}.`,
    });
    expect(checkpointNotAncestor(C, D)).toEqual({
      code: 'CHECKPOINT_NOT_ANCESTOR',
      commit: C,
      message: `checkpoint 0123456789ab is not an ancestor of the tip fedcba987654: the facts branch was rewritten since the checkpoint was taken; ${RESTORE}.`,
    });
    expect(highWaterNotAncestor(C, D)).toEqual({
      code: 'HIGH_WATER_NOT_ANCESTOR',
      commit: C,
      message: `the tip fedcba987654 does not descend from facts commit 0123456789ab, on which a decision was taken in this repository (its high-water mark): the facts branch was rolled back or rewritten since; ${RESTORE}.`,
    });
    expect(replacedObject('object x is replaced')).toEqual({
      code: 'REPLACED_OBJECT',
      message: 'object x is replaced. Plain git shows the branch with the replacement, so what it shows is not what was signed; Factstore reads without replacements.',
    });
  });
});

describe('line findings', () => {
  it('invalid, duplicate and misplaced facts', () => {
    expect(invalidFact(P, 2, [{ path: '/status', message: 'must be one of PASSED, FAILED' }, { path: '', message: 'must have id' }])).toEqual({
      code: 'INVALID_FACT',
      path: P,
      line: 2,
      message: `${P}:2 is not a valid fact (schemas/fact.schema.json):\n  - /status: must be one of PASSED, FAILED\n  - /: must have id\nThe store validates every fact it writes, so this line was written by something else: find out what, and record a corrected fact.`,
    });
    expect(duplicateFact(P, 5, C, { path: 'loose/a/b/2026-11.ndjson', line: 1 })).toEqual({
      code: 'DUPLICATE_FACT',
      path: P,
      line: 5,
      message: `${P}:5 repeats fact 0123456789ab already at loose/a/b/2026-11.ndjson:1: a fact is recorded once (the store skips known ids), so this copy was written by something else; find out what.`,
    });
    expect(misplacedFact(P, 1, 'trails/x/00/y.ndjson')).toEqual({
      code: 'MISPLACED_FACT',
      path: P,
      line: 1,
      message: `${P}:1 holds a fact that belongs in trails/x/00/y.ndjson: lookups never find it there; find out who wrote it and record it again through factstore.`,
    });
  });

  it('evidence and index links', () => {
    expect(evidenceMissing(P, 3, 'sha256:cd')).toEqual({
      code: 'EVIDENCE_MISSING',
      path: P,
      line: 3,
      message: `${P}:3 names evidence sha256:cd, which is not in the facts tree: the evidence was never stored or was removed; restore it from a trusted copy of the branch.`,
    });
    expect(evidenceSizeMismatch(P, 3, 'sha256:cd', 10, 12)).toEqual({
      code: 'EVIDENCE_MISMATCH',
      path: P,
      line: 3,
      message: `${P}:3 says evidence sha256:cd is 10 bytes, but the stored file is 12 bytes: the fact or the evidence was altered; restore the branch from a trusted copy.`,
    });
    expect(badIndexLine('index/commits/ab/x.ndjson', 2)).toEqual({
      code: 'INDEX_MISMATCH',
      path: 'index/commits/ab/x.ndjson',
      line: 2,
      message: 'index/commits/ab/x.ndjson:2 is not a {"flow","trail"} index line: lookups skip it; find out who wrote it.',
    });
    expect(danglingIndexLine('i.ndjson', 2, P, 'trail fact for commit abc')).toEqual({
      code: 'INDEX_MISMATCH',
      path: 'i.ndjson',
      line: 2,
      message: `i.ndjson:2 points to ${P}, which holds no trail fact for commit abc: the index or the trail was altered; restore the branch from a trusted copy.`,
    });
    expect(unindexedFact(P, 1, 'i.ndjson')).toEqual({
      code: 'INDEX_MISMATCH',
      path: P,
      line: 1,
      message: `${P}:1 is not listed in i.ndjson: lookups by digest or commit will not find its trail; restore the branch from a trusted copy.`,
    });
  });
});
