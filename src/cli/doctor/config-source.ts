import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ConfigSource } from '../../core/doctor/index.js';
import { isFactstoreError } from '../../core/errors.js';
import { findConfigRepository, readCommittedFile, resolveConfigCommit } from '../context/config-repository.js';
import { CONFIG_PATH } from '../context/look-up-config.js';

/**
 * The config as `factstore doctor` sees it: the file given with --config, else the committed
 * `.github/factstore.yml` at --config-ref (default origin/HEAD, else HEAD) and its working-tree copy.
 */
export async function readConfigSource(git: string, cwd: string, file: string | undefined, ref: string | undefined): Promise<ConfigSource> {
  if (file !== undefined) return { path: file, at: undefined, committed: undefined, working: await readIfPresent(file), explicit: true };
  const repo = await findConfigRepository(git, cwd);
  if (repo === undefined) return { path: CONFIG_PATH, at: undefined, committed: undefined, working: undefined };
  const at = await resolveConfigCommit(repo, ref);
  const working = repo.worktree === undefined ? undefined : await readIfPresent(path.join(repo.worktree, CONFIG_PATH));
  const shownAt = at === undefined ? undefined : `${at.ref} (${at.commit.slice(0, 12)})`;
  try {
    const committed = at === undefined ? undefined : await readCommittedFile(repo, at, CONFIG_PATH);
    return { path: CONFIG_PATH, at: shownAt, committed, working };
  } catch (e) {
    // a committed link or an oversized file: a problem to report, not a reason to stop checking
    if (!isFactstoreError(e)) throw e;
    return { path: CONFIG_PATH, at: shownAt, committed: undefined, working, failure: e.message };
  }
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}
