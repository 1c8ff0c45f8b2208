import { FactstoreError } from '../../errors.js';
import { isAncestor, runGit } from './batch-git.js';

export interface FetchFactsInput {
  gitdir: string;
  remote: string;
  branch: string;
  /** look and say what would change, writing nothing (no objects, no refs) */
  dryRun?: boolean;
  git?: string;
}

/**
 * What fetching did to the local facts branch:
 * - `created`: there was none; it now starts at the remote's tip
 * - `fast-forward`: the remote had new facts commits on top of the local ones
 * - `up-to-date`: both name the same commit
 * - `ahead`: the local branch has facts commits the remote lacks (push them)
 * - `diverged`: neither contains the other: left as it was
 */
export type FetchOutcome = 'created' | 'fast-forward' | 'up-to-date' | 'ahead' | 'diverged';

export interface FetchFactsResult {
  remote: string;
  branch: string;
  remoteTip: string;
  localBefore: string | null;
  localAfter: string | null;
  outcome: FetchOutcome;
  /** commits the local branch gained (fast-forward, created) or holds beyond the remote (ahead) */
  commits: number;
}

/**
 * `git fetch` of the facts branch, then the local branch moved to it only forward: created when
 * missing, fast-forwarded when the remote extends it, left alone when the local branch is ahead or
 * the two have diverged (a rewrite of the remote, or facts written here and there at once), so no
 * local fact is ever dropped. The move is a compare-and-swap on the ref, like every store write.
 */
export async function fetchFactsBranch(input: FetchFactsInput): Promise<FetchFactsResult> {
  const { gitdir, remote, branch, git } = input;
  const local = `refs/heads/${branch}`;
  const tracking = `refs/remotes/${remote}/${branch}`;
  await checkRemote(input);
  const localBefore = await revParse(gitdir, local, git);
  let remoteTip: string;
  if (input.dryRun === true) {
    remoteTip = await lsRemote(input);
  } else {
    const fetched = await runGit(gitdir, ['fetch', '--no-tags', '--quiet', remote, `+${local}:${tracking}`], git, fetchEnv());
    if (fetched.code !== 0) throw fetchFailed(input, fetched.stderr);
    const tip = await revParse(gitdir, tracking, git);
    if (tip === undefined) throw new FactstoreError('INTERNAL', `git fetch succeeded but ${tracking} is missing.`);
    remoteTip = tip;
  }
  const base = { remote, branch, remoteTip, localBefore: localBefore ?? null };
  if (localBefore === undefined) {
    if (input.dryRun !== true) await moveRef(input, local, remoteTip, '');
    return { ...base, localAfter: input.dryRun === true ? null : remoteTip, outcome: 'created', commits: await count(input, remoteTip) };
  }
  if (localBefore === remoteTip) return { ...base, localAfter: localBefore, outcome: 'up-to-date', commits: 0 };
  // a dry run has not fetched: what the local repository does not hold yet is new to it
  const known = (await runGit(gitdir, ['cat-file', '-e', `${remoteTip}^{commit}`], git)).code === 0;
  if (!known) return { ...base, localAfter: localBefore, outcome: 'fast-forward', commits: 0 };
  if (await isAncestor(gitdir, localBefore, remoteTip, git)) {
    if (input.dryRun !== true) await moveRef(input, local, remoteTip, localBefore);
    return { ...base, localAfter: input.dryRun === true ? localBefore : remoteTip, outcome: 'fast-forward', commits: await count(input, `${localBefore}..${remoteTip}`) };
  }
  if (await isAncestor(gitdir, remoteTip, localBefore, git)) {
    return { ...base, localAfter: localBefore, outcome: 'ahead', commits: await count(input, `${remoteTip}..${localBefore}`) };
  }
  return { ...base, localAfter: localBefore, outcome: 'diverged', commits: 0 };
}

async function checkRemote(input: FetchFactsInput): Promise<void> {
  const r = await runGit(input.gitdir, ['remote', 'get-url', input.remote], input.git);
  if (r.code !== 0) {
    throw new FactstoreError(
      'BAD_INPUT',
      `this repository has no remote named ${input.remote}: fetch reads the facts branch from ${input.remote} (add it with git remote add ${input.remote} URL).`,
    );
  }
}

async function lsRemote(input: FetchFactsInput): Promise<string> {
  const r = await runGit(input.gitdir, ['ls-remote', '--heads', input.remote, `refs/heads/${input.branch}`], input.git, fetchEnv());
  if (r.code !== 0) throw fetchFailed(input, r.stderr);
  const tip = /^([0-9a-f]{40})\t/m.exec(r.stdout)?.[1];
  if (tip === undefined) throw noRemoteBranch(input);
  return tip;
}

function fetchFailed(input: FetchFactsInput, stderr: string): FactstoreError {
  if (/couldn't find remote ref|no such ref/i.test(stderr)) return noRemoteBranch(input);
  return new FactstoreError(
    'BAD_INPUT',
    `git could not fetch ${input.branch} from ${input.remote}: ${stderr.trim().split('\n').slice(-1)[0] ?? 'no message'}. Check the remote's URL and your access (git fetch ${input.remote} works the same way); nothing was changed.`,
  );
}

function noRemoteBranch(input: FetchFactsInput): FactstoreError {
  return new FactstoreError(
    'NOT_FOUND',
    `${input.remote} has no branch ${input.branch}: no facts were recorded there yet (factstore init creates the branch; push it with git push ${input.remote} ${input.branch}), or the facts live on another branch (--branch).`,
  );
}

async function moveRef(input: FetchFactsInput, ref: string, to: string, from: string): Promise<void> {
  const r = await runGit(input.gitdir, ['update-ref', '-m', 'factstore fetch', ref, to, from], input.git);
  if (r.code !== 0) {
    throw new FactstoreError('CONFLICT', `${ref} moved while fetching (${r.stderr.trim()}): run factstore fetch again.`);
  }
}

async function count(input: FetchFactsInput, range: string): Promise<number> {
  const r = await runGit(input.gitdir, ['rev-list', '--count', '--first-parent', range], input.git);
  return r.code === 0 ? Number(r.stdout.trim()) : 0;
}

async function revParse(gitdir: string, ref: string, git: string | undefined): Promise<string | undefined> {
  const r = await runGit(gitdir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], git);
  const oid = r.stdout.trim();
  return r.code === 0 && /^[0-9a-f]{40}$/.test(oid) ? oid : undefined;
}

/** Never stop to ask for a password: a remote that needs one fails with git's own message. */
function fetchEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0' };
}
