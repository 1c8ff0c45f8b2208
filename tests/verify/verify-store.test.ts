import { describe, expect, it } from 'vitest';
import { evidencePath, trailPath } from '../../src/core/store/layout.js';
import { verifyStore } from '../../src/core/verify/index.js';
import { gitStatus, tempRepo } from '../helpers/git.js';
import {
  cleanStore,
  codes,
  DIGEST,
  editedTree,
  fact,
  fileAt,
  JUNIT_SHA,
  otherKey,
  rawCommit,
  setBranch,
  storeIn,
  tamper,
  tipOf,
  trustedKey,
  trustedSigner,
  verify,
  writeCommit,
  writeRawCommit,
} from './helpers.js';

const TRAIL = trailPath('payments', 'b1');

describe('verifyStore on a clean store', () => {
  it('reports ok with the counts of the tip', async () => {
    const { dir, commits } = await cleanStore();
    const report = await verify(dir, { checkpoint: commits[1]!.slice(0, 10) });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, branch: 'factstore', tip: commits[4], commits: 5, facts: 5, evidence: 1 });
    expect(report.checkpoint).toEqual({ commit: commits[1], ancestor: true });
    expect(gitStatus(dir, 'fsck', '--strict').status).toBe(0);
  });

  it('tells its progress once per commit walked, the last count being the commits of the report', async () => {
    const { dir } = await cleanStore();
    const seen: number[] = [];
    const report = await verifyStore({ dir, branch: 'factstore', trusted: [trustedKey.signer], progress: (n) => seen.push(n) });
    expect(report.ok).toBe(true);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads packed repositories the same way', async () => {
    const { dir } = await cleanStore();
    gitStatus(dir, 'gc', '-q');
    expect(await verify(dir)).toMatchObject({ ok: true, commits: 5, facts: 5, evidence: 1 });
  });

  it('reports a missing branch', async () => {
    const report = await verify(tempRepo());
    expect(report).toMatchObject({ ok: false, tip: null, commits: 0 });
    expect(codes(report)).toEqual(['NO_BRANCH']);
  });
});

describe('verifyStore finds tampering', () => {
  it('a fact line edited in a later unsigned commit', async () => {
    const { dir } = await cleanStore();
    const text = fileAt(dir, 'factstore', TRAIL);
    const commit = await tamper(dir, { [TRAIL]: text.replace('"decision":"APPROVED"', '"decision":"REJECTED"') });
    const report = await verify(dir);
    expect(report.ok).toBe(false);
    expect(codes(report)).toEqual(['REWRITTEN_FACTS', 'UNSIGNED_COMMIT']);
    const rewrite = report.problems.find((p) => p.code === 'REWRITTEN_FACTS');
    expect(rewrite).toMatchObject({ commit, path: TRAIL, line: 4 });
    expect(rewrite?.message).toContain('line 4');
  });

  it('the same edit signed by the trusted key: still a rewrite', async () => {
    const { dir } = await cleanStore();
    const text = fileAt(dir, 'factstore', TRAIL);
    const commit = await tamper(dir, { [TRAIL]: text.replace('"status":"PASSED"', '"status":"FAILED"') }, trustedSigner);
    const report = await verify(dir);
    expect(codes(report)).toEqual(['REWRITTEN_FACTS']);
    expect(report.problems[0]).toMatchObject({ commit, path: TRAIL, line: 3 });
  });

  it('a removed facts file', async () => {
    const { dir } = await cleanStore();
    await tamper(dir, { [TRAIL]: null }, trustedSigner);
    const report = await verify(dir);
    expect(codes(report)).toContain('REWRITTEN_FACTS');
    expect(report.problems[0]?.message).toContain('removed');
    expect(report.facts).toBe(1); // the loose snapshot is all that is left
  });

  it('a commit signed by a key the config does not trust', async () => {
    const { dir } = await cleanStore();
    const r = await storeIn(dir, otherKey).append({ facts: [fact({ kind: 'approval', flow: 'payments', trail: 'b1', decision: 'APPROVED' })] });
    const report = await verify(dir);
    expect(codes(report)).toEqual(['UNTRUSTED_SIGNER']);
    expect(report.problems[0]?.commit).toBe(r.commit);
    // trusting that key too makes it clean
    expect((await verify(dir, { trusted: [otherKey, trustedKey] })).ok).toBe(true);
  });

  it('a signed commit changed after signing', async () => {
    const { dir } = await cleanStore();
    const tip = tipOf(dir);
    const raw = rawCommit(dir, tip);
    const forged = writeRawCommit(dir, raw.replace('factstore: ', 'factstore (edited): '));
    setBranch(dir, forged);
    const report = await verify(dir);
    expect(codes(report)).toEqual(['BAD_SIGNATURE']);
    expect(report.problems[0]).toMatchObject({ commit: forged });
  });

  it('an evidence file whose bytes no longer match their hash', async () => {
    const { dir } = await cleanStore();
    const p = evidencePath(JUNIT_SHA);
    const commit = await tamper(dir, { [p]: '<testsuite tests="1"><testcase name="ok"><failure/></testcase></testsuite>\n' }, trustedSigner);
    const report = await verify(dir);
    expect(codes(report)).toContain('EVIDENCE_MISMATCH');
    expect(report.problems.find((x) => x.code === 'EVIDENCE_MISMATCH')).toMatchObject({ commit, path: p });
    expect(codes(report)).toContain('REWRITTEN_EVIDENCE');
  });

  it('a checkpoint that is no longer an ancestor (history rewritten)', async () => {
    const { dir, commits } = await cleanStore();
    const checkpoint = commits[4]!;
    // rebuild the last commit differently and move the branch there
    setBranch(dir, commits[3]!);
    await storeIn(dir).append({ facts: [fact({ kind: 'approval', flow: 'payments', trail: 'b1', decision: 'REJECTED' })] });
    const report = await verify(dir, { checkpoint });
    expect(codes(report)).toEqual(['CHECKPOINT_NOT_ANCESTOR']);
    expect(report.checkpoint).toEqual({ commit: checkpoint, ancestor: false });
  });

  it('a checkpoint the repository does not know', async () => {
    const { dir } = await cleanStore();
    const report = await verify(dir, { checkpoint: 'deadbeef'.repeat(5) });
    expect(codes(report)).toEqual(['CHECKPOINT_UNKNOWN']);
    expect(report.checkpoint).toEqual({ commit: 'deadbeef'.repeat(5), ancestor: false });
  });

  it('a merge commit', async () => {
    const { dir, commits } = await cleanStore();
    const tip = tipOf(dir);
    const merge = await writeCommit(dir, editedTree(dir, tip, {}), [tip, commits[1]!], trustedSigner);
    setBranch(dir, merge);
    const report = await verify(dir);
    expect(codes(report)).toEqual(['MERGE_COMMIT']);
    expect(report.problems[0]?.commit).toBe(merge);
  });

  it('an invalid fact', async () => {
    const { dir } = await cleanStore();
    const bad = { ...fact({ kind: 'attestation', flow: 'payments', trail: 'b1', type: 'lint', status: 'PASSED', evidence: [] }), status: 'passed' };
    await storeIn(dir, undefined, false).append({ facts: [bad as never] });
    const report = await verify(dir);
    expect(codes(report)).toEqual(['INVALID_FACT']);
    expect(report.problems[0]).toMatchObject({ path: TRAIL, line: 5 });
    expect(report.problems[0]?.message).toContain('/status');
  });

  it('a duplicate fact (appended again by hand, signed)', async () => {
    const { dir } = await cleanStore();
    const text = fileAt(dir, 'factstore', TRAIL);
    const first = text.split('\n')[0]!;
    await tamper(dir, { [TRAIL]: `${text}${first}\n` }, trustedSigner);
    const report = await verify(dir);
    expect(codes(report)).toEqual(['DUPLICATE_FACT']);
    expect(report.problems[0]).toMatchObject({ path: TRAIL, line: 5 });
    expect(report.problems[0]?.message).toContain(`${TRAIL}:1`);
  });

  it('a line that is not JSON', async () => {
    const { dir } = await cleanStore();
    await tamper(dir, { [TRAIL]: `${fileAt(dir, 'factstore', TRAIL)}{"kind":\n` }, trustedSigner);
    const report = await verify(dir);
    expect(codes(report)).toEqual(['NOT_JSON']);
    expect(report.problems[0]).toMatchObject({ path: TRAIL, line: 5 });
  });

  it('a fact naming evidence that was never stored', async () => {
    const { dir } = await cleanStore();
    const sha = `sha256:${'cd'.repeat(32)}`;
    await storeIn(dir).append({ facts: [fact({ kind: 'attestation', flow: 'payments', trail: 'b1', type: 'sbom', status: 'PASSED', evidence: [{ name: 'bom.json', sha256: sha, size: 3, format: 'cyclonedx' }] })] });
    const report = await verify(dir);
    expect(codes(report)).toEqual(['EVIDENCE_MISSING']);
    expect(report.problems[0]?.message).toContain(sha);
  });

  it('an index line pointing to a trail that did not record the artifact', async () => {
    const { dir } = await cleanStore();
    const index = `index/artifacts/ab/${'ab'.repeat(32)}.ndjson`;
    expect(DIGEST.slice(7)).toBe('ab'.repeat(32));
    await tamper(dir, { [index]: `${fileAt(dir, 'factstore', index)}{"flow":"payments","trail":"b2"}\n` }, trustedSigner);
    const report = await verify(dir);
    expect(codes(report)).toEqual(['INDEX_MISMATCH']);
    expect(report.problems[0]).toMatchObject({ path: index, line: 2 });
  });

  it('a removed index file: a rewrite, and the artifact is no longer indexed', async () => {
    const { dir } = await cleanStore();
    await tamper(dir, { [`index/artifacts/ab/${'ab'.repeat(32)}.ndjson`]: null }, trustedSigner);
    const report = await verify(dir);
    expect(codes(report)).toEqual(['INDEX_MISMATCH', 'REWRITTEN_FACTS']);
    expect(report.problems.find((p) => p.code === 'INDEX_MISMATCH')).toMatchObject({ path: TRAIL, line: 2 });
  });

  it('a fact appended to the file of another trail', async () => {
    const { dir } = await cleanStore();
    const stray = fact({ kind: 'approval', flow: 'payments', trail: 'b2', decision: 'APPROVED' });
    await tamper(dir, { [TRAIL]: `${fileAt(dir, 'factstore', TRAIL)}${JSON.stringify(stray)}\n` }, trustedSigner);
    const report = await verify(dir);
    expect(codes(report)).toEqual(['MISPLACED_FACT']);
    expect(report.problems[0]?.message).toContain(trailPath('payments', 'b2'));
  });

  it('a file the layout does not allow', async () => {
    const { dir } = await cleanStore();
    await tamper(dir, { 'trails/payments/notes.txt': 'hello\n' }, trustedSigner);
    expect(codes(await verify(dir))).toEqual(['UNEXPECTED_FILE']);
  });

  it('a shallow clone: the history is incomplete', async () => {
    const { dir } = await cleanStore();
    const clone = tempRepo();
    gitStatus(clone, 'fetch', '-q', '--depth', '2', `file://${dir}`, 'factstore:factstore');
    const report = await verify(clone);
    expect(codes(report)).toEqual(['INCOMPLETE_HISTORY']);
    expect(report.commits).toBe(2);
  });
});
