// verifyStore on tampering the other tests do not make: file modes, removed evidence, missing objects,
// replacements and grafts, the high-water mark, index and placement links, checkpoint spelling.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactIndexPath, commitIndexPath, evidencePath, trailPath } from '../../src/core/store/layout.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import { verifyStore } from '../../src/core/verify/index.js';
import { tempDir, tempRepo } from '../helpers/git.js';
import { cleanStore, codes, COMMIT, DIGEST, fact, fileAt, gitIn, JUNIT, JUNIT_SHA, setBranch, storeIn, tamper, tipOf, trustedKey, trustedSigner, verify, writeCommit } from './helpers.js';

const TRAIL = trailPath('payments', 'b1');
const EVIDENCE = evidencePath(JUNIT_SHA);
const short = (oid: string) => oid.slice(0, 12);

/** Commits the tip's tree with `file` written in `mode` (100755, 120000), signed by the trusted key. */
async function tamperMode(dir: string, file: string, mode: string, content: string): Promise<string> {
  const tip = tipOf(dir);
  const env = { ...process.env, GIT_INDEX_FILE: path.join(tempDir(), 'index') };
  const run = (args: string[], input?: string) => execFileSync('git', args, { cwd: dir, env, input, encoding: 'utf8' }).trim();
  run(['read-tree', tip]);
  const blob = run(['hash-object', '-w', '--stdin'], content);
  run(['update-index', '--add', '--cacheinfo', `${mode},${blob},${file}`]);
  const commit = await writeCommit(dir, run(['write-tree']), [tip], trustedSigner);
  setBranch(dir, commit);
  return commit;
}

const trusted = [trustedKey.signer];

describe('verifyStore: file modes and removals', () => {
  it('a facts file made executable: not a plain file, and the file no longer counts', async () => {
    const { dir } = await cleanStore();
    const commit = await tamperMode(dir, TRAIL, '100755', fileAt(dir, 'factstore', TRAIL));
    const report = await verify(dir);
    const problems = report.problems.map((p) => [p.code, p.commit, p.path]);
    expect(problems.filter((p) => !String(p[2]).startsWith('index/terms/'))).toEqual([
      ['UNEXPECTED_FILE', commit, TRAIL],
      ['REWRITTEN_FACTS', commit, TRAIL],
      // the index lines now name a trail file that no longer counts
      ['INDEX_MISMATCH', undefined, commitIndexPath(COMMIT)],
      ['INDEX_MISMATCH', undefined, artifactIndexPath(`sha256:${'ab'.repeat(32)}`)],
    ]);
    // so do its search-term lines (trail name, artifact name, types, actors), one problem each
    expect(problems.filter((p) => String(p[2]).startsWith('index/terms/')).map((p) => p[0])).toEqual(Array(5).fill('INDEX_MISMATCH'));
    expect(report.problems[0]?.message).toContain('with mode 100755');
    expect(report.problems[1]?.message).toBe(
      `commit ${short(commit)} replaced ${TRAIL} by something that is not a plain file: facts are append-only; restore the facts branch from a trusted copy (a clone or backup taken before it) and record any correction as a new fact.`,
    );
    expect(report.facts).toBe(1);
  });

  it('an evidence file turned into a symlink: removed evidence, and the fact naming it has none', async () => {
    const { dir } = await cleanStore();
    const commit = await tamperMode(dir, EVIDENCE, '120000', 'elsewhere');
    const report = await verify(dir);
    expect(codes(report)).toEqual(['EVIDENCE_MISSING', 'REWRITTEN_EVIDENCE', 'UNEXPECTED_FILE']);
    expect(report.problems.find((p) => p.code === 'REWRITTEN_EVIDENCE')).toMatchObject({ commit, path: EVIDENCE, message: expect.stringContaining('removed') as unknown });
    expect(report.evidence).toBe(0);
  });

  it('a removed evidence file', async () => {
    const { dir } = await cleanStore();
    const commit = await tamper(dir, { [EVIDENCE]: null }, trustedSigner);
    const report = await verify(dir);
    expect(report.problems.map((p) => [p.code, p.path, p.line])).toEqual([
      ['REWRITTEN_EVIDENCE', EVIDENCE, undefined],
      ['EVIDENCE_MISSING', TRAIL, 3],
    ]);
    expect(report.problems[0]).toMatchObject({ commit, message: expect.stringContaining(`removed ${EVIDENCE}`) as unknown });
    expect(report).toMatchObject({ evidence: 0, facts: 5 });
  });

  it('a file outside the layout: added with any mode is reported, removed again is not', async () => {
    const { dir } = await cleanStore();
    const added = await tamperMode(dir, 'trails/payments/run.sh', '100755', 'echo hi\n');
    await tamper(dir, { 'trails/payments/run.sh': null }, trustedSigner);
    const report = await verify(dir);
    expect(report.problems).toEqual([
      {
        code: 'UNEXPECTED_FILE',
        commit: added,
        path: 'trails/payments/run.sh',
        message: `commit ${short(added)} wrote trails/payments/run.sh with mode 100755; the store writes plain files (100644) only: find out who wrote it and restore the facts branch from a trusted copy (a clone or backup taken before it) and record any correction as a new fact.`,
      },
    ]);
  });

  it('an evidence file whose bytes were replaced by the right hash of other bytes: still a change', async () => {
    const { dir } = await cleanStore();
    // same name, other bytes: both the hash and the change are findings, and the stored size is the new one
    const commit = await tamper(dir, { [EVIDENCE]: Buffer.concat([JUNIT, Buffer.from('x')]) }, trustedSigner);
    const report = await verify(dir);
    expect(report.problems.map((p) => [p.code, p.path])).toEqual([
      ['EVIDENCE_MISMATCH', EVIDENCE],
      ['REWRITTEN_EVIDENCE', EVIDENCE],
      ['EVIDENCE_MISMATCH', TRAIL],
    ]);
    expect(report.problems[1]?.message).toContain(`commit ${short(commit)} changed ${EVIDENCE}`);
    expect(report.problems[2]?.message).toContain(`is ${JUNIT.length} bytes, but the stored file is ${JUNIT.length + 1} bytes`);
  });

  it('a blob missing from the repository', async () => {
    const { dir, commits } = await cleanStore();
    const blob = gitIn(dir, 'rev-parse', `${commits[2]}:${EVIDENCE}`).trim();
    rmSync(path.join(dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const report = await verify(dir);
    expect(report.problems[0]).toEqual({
      code: 'MISSING_OBJECT',
      commit: commits[2],
      message: `the blob of ${EVIDENCE} ${short(blob)} is missing from the repository: the clone is incomplete or damaged; fetch the facts branch again (or run git fsck).`,
    });
  });
});

describe('verifyStore: links between lines', () => {
  it('a trail fact and an artifact fact appended by hand without their index lines', async () => {
    const { dir } = await cleanStore();
    const other = 'f'.repeat(40);
    const digest = `sha256:${'cd'.repeat(32)}`;
    const lines = [fact({ kind: 'trail', flow: 'payments', trail: 'b1', commit: other, gitBranch: 'main' }), fact({ kind: 'artifact', flow: 'payments', trail: 'b1', artifact: digest, name: 'lib' })];
    await tamper(dir, { [TRAIL]: `${fileAt(dir, 'factstore', TRAIL)}${lines.map((l) => `${JSON.stringify(l)}\n`).join('')}` }, trustedSigner);
    const report = await verify(dir);
    expect(report.problems.map((p) => [p.code, p.path, p.line])).toEqual([
      ['INDEX_MISMATCH', TRAIL, 5],
      ['INDEX_MISMATCH', TRAIL, 6],
    ]);
    expect(report.problems[0]?.message).toContain(`is not listed in ${commitIndexPath(other)}`);
    expect(report.problems[1]?.message).toContain(`is not listed in ${artifactIndexPath(digest)}`);
    expect(report.facts).toBe(7);
  });

  it('a commit index line naming a trail without that commit, and lines that are not index lines', async () => {
    const { dir } = await cleanStore();
    const index = commitIndexPath(COMMIT);
    await tamper(dir, { [index]: `${fileAt(dir, 'factstore', index)}{"flow":"payments","trail":"b2"}\n{"flow":1,"trail":"b3"}\nnull\n{"flow":\n` }, trustedSigner);
    const report = await verify(dir);
    expect(report.problems.map((p) => [p.code, p.line])).toEqual([
      ['INDEX_MISMATCH', 3],
      ['INDEX_MISMATCH', 4],
      ['NOT_JSON', 5],
      ['INDEX_MISMATCH', 2],
    ]);
    expect(report.problems[3]?.message).toContain(`points to ${trailPath('payments', 'b2')}, which holds no trail fact for commit ${COMMIT}`);
    expect(report.facts).toBe(5);
  });

  it('an artifact index line naming a trail without that artifact', async () => {
    const { dir } = await cleanStore();
    const index = artifactIndexPath(`sha256:${'ab'.repeat(32)}`);
    await tamper(dir, { [index]: `${fileAt(dir, 'factstore', index)}{"flow":"payments","trail":"b2"}\n` }, trustedSigner);
    const [problem] = (await verify(dir)).problems;
    expect(problem?.message).toContain(`which holds no artifact fact for sha256:${'ab'.repeat(32)}`);
  });

  it('facts in a loose file they do not belong to: other month, other environment, a trail fact', async () => {
    const { dir } = await cleanStore();
    const loose = 'loose/snapshot/production/2026-11.ndjson';
    const snapshot = { kind: 'snapshot' as const, event: 'ENVIRONMENT_SNAPSHOT' as const, type: 'k8s' as const, artifacts: [{ name: 'ghcr.io/acme/payments', artifact: DIGEST }] };
    const lines = [
      makeFact({ ...snapshot, actor: 'ci', environment: 'production', ts: '2026-10-31T23:59:59.000Z' }),
      makeFact({ ...snapshot, actor: 'ci', environment: 'staging', ts: '2026-11-30T10:00:00.000Z' }),
      fact({ kind: 'approval', flow: 'payments', trail: 'b1', decision: 'APPROVED' }),
    ];
    await tamper(dir, { [loose]: `${fileAt(dir, 'factstore', loose)}${lines.map((l) => `${JSON.stringify(l)}\n`).join('')}` }, trustedSigner);
    const report = await verify(dir);
    expect(report.problems.map((p) => [p.code, p.path, p.line])).toEqual([
      ['MISPLACED_FACT', loose, 2],
      ['MISPLACED_FACT', loose, 3],
      ['MISPLACED_FACT', loose, 4],
    ]);
    expect(report.problems.map((p) => p.message.split(': ')[0])).toEqual([
      `${loose}:2 holds a fact that belongs in loose/snapshot/production/2026-10.ndjson`,
      `${loose}:3 holds a fact that belongs in loose/snapshot/staging/2026-11.ndjson`,
      `${loose}:4 holds a fact that belongs in ${TRAIL}`,
    ]);
  });

  it('a trail fact of another flow in a trail file', async () => {
    const { dir } = await cleanStore();
    const stray = fact({ kind: 'approval', flow: 'billing', trail: 'b1', decision: 'APPROVED' });
    await tamper(dir, { [TRAIL]: `${fileAt(dir, 'factstore', TRAIL)}${JSON.stringify(stray)}\n` }, trustedSigner);
    const report = await verify(dir);
    expect(report.problems.map((p) => [p.code, p.line])).toEqual([['MISPLACED_FACT', 5]]);
    expect(report.problems[0]?.message).toContain(`belongs in ${trailPath('billing', 'b1')}`);
  });
});

describe('verifyStore: the facts history', () => {
  it('the high-water mark: kept, rolled back, unknown', async () => {
    const { dir, commits } = await cleanStore();
    const ok = await verifyStore({ dir, branch: 'factstore', trusted, highWater: commits[3]! });
    expect(ok).toMatchObject({ ok: true, highWater: { commit: commits[3], ancestor: true } });

    setBranch(dir, commits[2]!);
    const rolledBack = await verifyStore({ dir, branch: 'factstore', trusted, highWater: commits[3]! });
    expect(rolledBack.ok).toBe(false);
    expect(rolledBack.highWater).toEqual({ commit: commits[3], ancestor: false });
    expect(rolledBack.problems).toEqual([expect.objectContaining({ code: 'HIGH_WATER_NOT_ANCESTOR', commit: commits[3], message: expect.stringContaining(`the tip ${short(commits[2]!)} does not descend`) as unknown })]);

    const unknown = await verifyStore({ dir, branch: 'factstore', trusted, highWater: 'deadbeef'.repeat(5) });
    expect(unknown.highWater).toEqual({ commit: 'deadbeef'.repeat(5), ancestor: false });
    expect(codes(unknown)).toEqual(['HIGH_WATER_NOT_ANCESTOR']);
  });

  it('a checkpoint in upper case with spaces around it, and one given for a missing branch', async () => {
    const { dir, commits } = await cleanStore();
    const report = await verify(dir, { checkpoint: ` ${commits[1]!.toUpperCase()} ` });
    expect(report).toMatchObject({ ok: true, checkpoint: { commit: commits[1], ancestor: true } });
    const none = await verify(tempRepo(), { checkpoint: commits[1]! });
    expect(none.checkpoint).toEqual({ commit: commits[1], ancestor: false });
    expect(none.problems.map((p) => p.code)).toEqual(['NO_BRANCH']);
  });

  it('a checkpoint reached only through the second parent of a merge', async () => {
    const { dir, commits } = await cleanStore();
    const side = await writeCommit(dir, gitIn(dir, 'rev-parse', `${commits[4]}^{tree}`).trim(), [commits[4]!], trustedSigner);
    const merge = await writeCommit(dir, gitIn(dir, 'rev-parse', `${commits[4]}^{tree}`).trim(), [commits[4]!, side], trustedSigner);
    setBranch(dir, merge);
    const report = await verify(dir, { checkpoint: side });
    expect(report.checkpoint).toEqual({ commit: side, ancestor: true });
    expect(codes(report)).toEqual(['MERGE_COMMIT']);
  });

  it('an object of the branch replaced with git replace, and one that is not on it', async () => {
    const { dir, commits } = await cleanStore();
    const stray = storeIn(tempRepo());
    await stray.append({ facts: [fact({ kind: 'trail', flow: 'payments', trail: 'x', commit: COMMIT, gitBranch: 'main' })] });
    gitIn(dir, 'replace', commits[3]!, commits[2]!);
    const report = await verify(dir);
    expect(report.problems).toEqual([
      {
        code: 'REPLACED_OBJECT',
        message: `object ${commits[3]} of the facts branch is replaced (refs/replace/${commits[3]}): remove it with git replace -d ${commits[3]}. Plain git shows the branch with the replacement, so what it shows is not what was signed; Factstore reads without replacements.`,
      },
    ]);
    gitIn(dir, 'replace', '-d', commits[3]!);
    // a replacement of an object that is not on the branch is none of verify's business
    const off = await writeCommit(dir, gitIn(dir, 'rev-parse', `${commits[0]}^{tree}`).trim(), [], trustedSigner);
    gitIn(dir, 'replace', off, commits[0]!);
    expect((await verify(dir)).ok).toBe(true);
  });

  it('a grafted commit', async () => {
    const { dir, commits } = await cleanStore();
    mkdirSync(path.join(dir, '.git', 'info'), { recursive: true });
    writeFileSync(path.join(dir, '.git', 'info', 'grafts'), `${commits[2]}\n${'e'.repeat(40)} ${commits[0]}\n`);
    const report = await verify(dir);
    expect(report.problems.filter((p) => p.code === 'REPLACED_OBJECT').map((p) => p.message)).toEqual([
      `commit ${commits[2]} of the facts branch is grafted (info/grafts): remove the graft. Plain git shows the branch with the replacement, so what it shows is not what was signed; Factstore reads without replacements.`,
    ]);
  });
});
