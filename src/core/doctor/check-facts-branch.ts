import { readFactsRef } from '../store/local/refs.js';
import { ok, problem, type DoctorCheck } from './doctor-check.js';

/** The facts branch exists here, or as the remote-tracking branch a plain clone leaves. */
export async function checkFactsBranch(gitdir: string, branch: string, remote: string): Promise<DoctorCheck> {
  const found = await readFactsRef(gitdir, branch, remote);
  if (found === undefined) {
    return problem(
      'facts-branch',
      `there is no facts branch ${branch}, here or as ${remote}/${branch}`,
      `if it exists on GitHub, git fetch ${remote} ${branch}; otherwise the first write (factstore trails begin) creates it`,
    );
  }
  const at = found.tip.slice(0, 12);
  if (!found.remote) return ok('facts-branch', `the facts branch ${branch} is at ${at}`);
  return ok('facts-branch', `the facts are read from ${remote}/${branch} (at ${at}): there is no local branch ${branch} (a plain clone); factstore fetch makes the local branch from it and brings it up to date`);
}
