import fs from 'node:fs';
import git from 'isomorphic-git';
import { badInput } from '../../core/errors.js';
import { checkCommit } from '../../core/model/names.js';
import { runGit } from '../../core/store/local/batch-git.js';

const FULL = /^[0-9a-f]{40}$/i;
const SHORT = /^[0-9a-f]{4,39}$/i;

/**
 * The 40-hex id of the commit a user named: a full id as given (it may name a commit of another
 * repository, as a trail's commit can), else anything git resolves in the repository `gitdir` to a
 * commit — a unique prefix (`2034de4`), `HEAD`, `main`, `v1.2^` — with replace refs ignored. An
 * ambiguous prefix is refused, never guessed. Facts always record the full id.
 */
export async function resolveCommit(gitdir: string, value: string, gitBinary: string | undefined): Promise<string> {
  const given = value.trim();
  if (FULL.test(given)) return checkCommit(given);
  if (given === '' || given.startsWith('-')) throw notACommit(value, gitdir);
  return gitBinary !== undefined ? resolveWithGit(gitBinary, gitdir, given) : resolveInProcess(gitdir, given);
}

async function resolveWithGit(gitBinary: string, gitdir: string, given: string): Promise<string> {
  // LC_ALL=C: git's "is ambiguous" is read in English
  const r = await runGit(gitdir, ['rev-parse', '--verify', '--end-of-options', `${given}^{commit}`], gitBinary, { ...process.env, LC_ALL: 'C' });
  if (r.code === 0) return checkCommit(r.stdout.trim());
  if (/is ambiguous/.test(r.stderr)) throw ambiguous(given, gitdir);
  throw notACommit(given, gitdir);
}

async function resolveInProcess(gitdir: string, given: string): Promise<string> {
  let oid: string;
  try {
    oid = SHORT.test(given) ? await git.expandOid({ fs, gitdir, oid: given.toLowerCase() }) : await git.resolveRef({ fs, gitdir, ref: given });
  } catch (e) {
    if ((e as { code?: string }).code === 'AmbiguousError') throw ambiguous(given, gitdir);
    // a hex-looking branch or tag name
    try {
      oid = await git.resolveRef({ fs, gitdir, ref: given });
    } catch {
      throw notACommit(given, gitdir);
    }
  }
  try {
    const { oid: commit } = await git.readCommit({ fs, gitdir, oid });
    return checkCommit(commit);
  } catch {
    throw notACommit(given, gitdir);
  }
}

function ambiguous(given: string, gitdir: string) {
  return badInput(`commit ${JSON.stringify(given)} is ambiguous in the repository ${gitdir}: more than one object id starts with it. Give more characters (git rev-parse HEAD prints all 40).`);
}

function notACommit(given: string, gitdir: string) {
  return badInput(
    `commit ${JSON.stringify(given)} is not a commit of the repository ${gitdir}: give a commit id (40 hex, or a unique prefix of at least 4), or a revision such as HEAD or main.`,
  );
}
