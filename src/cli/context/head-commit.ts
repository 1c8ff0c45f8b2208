import fs from 'node:fs';
import git from 'isomorphic-git';
import { badInput } from '../../core/errors.js';

/** The commit HEAD points at in the store repository (what a trail is about by default). */
export async function headCommit(gitdir: string): Promise<string> {
  try {
    return await git.resolveRef({ fs, gitdir, ref: 'HEAD' });
  } catch (e) {
    throw badInput(`cannot read HEAD of ${gitdir} (the repository has no commit yet?): pass --commit SHA.`, e);
  }
}
