import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { runGit } from './batch-git.js';

/**
 * What could make plain git show a facts branch other than the one Factstore read: replaced objects
 * (`git replace`, which travels with `git clone --mirror`), grafts and a shallow history. Factstore
 * reads with replacements off, but a replaced, grafted or shallow object that a decision read (or a
 * commit of the branch) is an integrity failure all the same: the history is not what it says.
 * Returns one problem per such object; none in a repository without them (the usual case costs a
 * directory listing and two file reads).
 */
export async function readHazards(gitdir: string, gitBinary: string | undefined, tip: string, read: ReadonlySet<string>): Promise<string[]> {
  const problems: string[] = [];
  const onBranch = async (oid: string): Promise<boolean> => {
    if (read.has(oid)) return true;
    if (gitBinary === undefined) return false;
    const r = await runGit(gitdir, ['merge-base', '--is-ancestor', oid, tip], gitBinary);
    return r.code === 0;
  };
  for (const oid of await replacedObjects(gitdir)) {
    if (await onBranch(oid)) {
      problems.push(`object ${oid} of the facts branch is replaced (refs/replace/${oid}): remove the replacement with \`git replace -d ${oid}\` and check the branch with factstore verify`);
    }
  }
  for (const oid of await listed(path.join(gitdir, 'info', 'grafts'))) {
    if (await onBranch(oid)) {
      problems.push(`commit ${oid} of the facts branch is grafted (info/grafts): remove the graft, fetch the branch again and check it with factstore verify`);
    }
  }
  for (const oid of await listed(path.join(gitdir, 'shallow'))) {
    if (await onBranch(oid)) {
      problems.push(`the facts branch is a shallow clone (cut at ${oid}): its history cannot be checked; fetch it whole (git fetch --unshallow, or a clone without --depth)`);
    }
  }
  return problems;
}

/** Object ids with a replacement: loose refs under refs/replace/ and packed ones. */
export async function replacedObjects(gitdir: string): Promise<string[]> {
  const out = new Set<string>();
  try {
    for (const name of await fsp.readdir(path.join(gitdir, 'refs', 'replace'))) if (/^[0-9a-f]{40}$/.test(name)) out.add(name);
  } catch {
    // none loose
  }
  try {
    for (const line of (await fsp.readFile(path.join(gitdir, 'packed-refs'), 'utf8')).split('\n')) {
      const m = / refs\/replace\/([0-9a-f]{40})$/.exec(line);
      if (m?.[1] !== undefined) out.add(m[1]);
    }
  } catch {
    // no packed refs
  }
  return [...out];
}

/** The first object id of each line of a grafts or shallow file; none when there is no file. */
export async function listed(file: string): Promise<string[]> {
  try {
    return (await fsp.readFile(file, 'utf8')).split('\n').map((l) => l.trim().split(/\s+/)[0] ?? '').filter((oid) => /^[0-9a-f]{40}$/.test(oid));
  } catch {
    return [];
  }
}
