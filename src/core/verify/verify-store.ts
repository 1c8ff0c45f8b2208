import { validateFact } from '../schema/index.js';
import { isAncestor, resolveCommit } from '../store/local/batch-git.js';
import { streamFirstParentLog } from '../store/local/batch-first-parent-log.js';
import { openCatFileBatch } from '../store/local/cat-file-reader.js';
import { resolveGitDir } from '../store/local/git-dir.js';
import { readFactsRef } from '../store/local/refs.js';
import { firstChangedLine } from './append-only.js';
import { HistoryWalk, type RewriteToLocate } from './history-walk.js';
import { SignatureChecks } from './signature-checks.js';
import { checkpointNotAncestor, checkpointUnknown, highWaterNotAncestor, noBranch, replacedObject, rewrittenFacts } from './problems.js';
import { branchReplacements } from './replacements.js';
import { TipFiles } from './tip-files.js';
import type { VerifyInput, VerifyProblem, VerifyReport } from './types.js';

/** Reads (and signature checks) in flight before git log is paused, and the level at which it resumes. */
const HIGH_WATER = 20_000;
const LOW_WATER = 5_000;
const SIGNATURES_HIGH_WATER = 4_000;
const SIGNATURES_LOW_WATER = 1_000;

/**
 * `factstore verify`: walks the whole first-parent history of the facts branch once and checks
 * every commit's signature, that every change appended (facts, index) or added (evidence), and
 * every fact line, index line and evidence file at the tip. Integrity findings are returned,
 * never thrown; only a repository that cannot be read at all throws.
 */
export async function verifyStore(input: VerifyInput): Promise<VerifyReport> {
  const gitdir = resolveGitDir(input.dir);
  const found = await readFactsRef(gitdir, input.branch, input.remote);
  const tip = found?.tip;
  const branch = found?.remote === true ? found.ref.replace(/^refs\/remotes\//, '') : input.branch;
  const base = { branch, tip: tip ?? null, commits: 0, facts: 0, evidence: 0 };
  if (tip === undefined) {
    const checkpoint = input.checkpoint === undefined ? {} : { checkpoint: { commit: input.checkpoint, ancestor: false } };
    return { ok: false, ...base, ...checkpoint, problems: [noBranch(input.branch, input.dir)] };
  }
  const wanted = input.checkpoint?.trim().toLowerCase();
  const checkpoint = wanted === undefined ? undefined : await resolveCommit(gitdir, wanted, input.git);

  const files = new TipFiles(input.validate ?? validateFact);
  const signatures = new SignatureChecks(input.trusted);
  const walk = new HistoryWalk(files, signatures, checkpoint, input.progress);
  try {
    await walkHistory(gitdir, tip, walk, signatures, input.git);
  } finally {
    await signatures.close();
  }
  await locateRewrites(gitdir, walk.rewrites, input.git);
  const problems: VerifyProblem[] = [...walk.problems, ...files.problems(walk.evidence)];

  const report: VerifyReport = { ok: false, ...base, commits: walk.commits, facts: files.facts, evidence: walk.evidence.size, problems };
  if (input.checkpoint !== undefined) {
    if (checkpoint === undefined) {
      report.checkpoint = { commit: input.checkpoint, ancestor: false };
      problems.push(checkpointUnknown(input.checkpoint));
    } else {
      const ancestor = walk.checkpointSeen || (await isAncestor(gitdir, checkpoint, tip, input.git));
      report.checkpoint = { commit: checkpoint, ancestor };
      if (!ancestor) problems.push(checkpointNotAncestor(checkpoint, tip));
    }
  }
  if (input.highWater !== undefined) {
    const known = await resolveCommit(gitdir, input.highWater, input.git);
    const ancestor = known !== undefined && (await isAncestor(gitdir, known, tip, input.git));
    report.highWater = { commit: input.highWater, ancestor };
    if (!ancestor) problems.push(highWaterNotAncestor(input.highWater, tip));
  }
  for (const what of await branchReplacements(gitdir, tip, input.git)) problems.push(replacedObject(what));
  report.ok = problems.length === 0;
  return report;
}

/**
 * git log lists each commit's changed files while one cat-file process streams the commits and
 * blobs to check; log is paused while too many answers are outstanding, so memory stays bounded.
 */
async function walkHistory(gitdir: string, tip: string, walk: HistoryWalk, signatures: SignatureChecks, git: string | undefined): Promise<void> {
  const cat = openCatFileBatch({ gitdir, git });
  let paused = false;
  const log = streamFirstParentLog({
    gitdir,
    tip,
    git,
    onCommit: (record) => {
      walk.queue(record, cat);
      if (!paused && (cat.pending > HIGH_WATER || signatures.pending > SIGNATURES_HIGH_WATER)) {
        paused = true;
        log.pause();
      }
    },
  });
  const maybeResume = (): void => {
    if (paused && cat.pending < LOW_WATER && signatures.pending < SIGNATURES_LOW_WATER) {
      paused = false;
      log.resume();
    }
  };
  cat.onDelivered(maybeResume);
  signatures.onProgress(maybeResume);
  try {
    // cat-file failing first must not leave a paused git log waiting forever
    await Promise.race([log.done, cat.done]);
  } catch (e) {
    log.abort();
    cat.abort();
    throw e;
  }
  await cat.end();
  await signatures.settled();
}

/** Reads both versions of each rewritten file to name the first line that changed. */
async function locateRewrites(gitdir: string, rewrites: RewriteToLocate[], git: string | undefined): Promise<void> {
  if (rewrites.length === 0) return;
  const cat = openCatFileBatch({ gitdir, git });
  for (const r of rewrites) {
    let before: Buffer | undefined;
    cat.request(r.before, (o) => {
      before = o.type === 'blob' ? Buffer.from(o.content) : undefined;
    });
    cat.request(r.after, (o) => {
      if (before === undefined || o.type !== 'blob') return;
      const { commit = '', path = '' } = r.problem;
      Object.assign(r.problem, rewrittenFacts(commit, path, 'changed', 0, firstChangedLine(before, o.content)));
    });
  }
  await cat.end();
}
