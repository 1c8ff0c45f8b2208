import type { FactstoreConfig } from '../../src/core/config/config.js';
import { configFromValue } from '../../src/core/config/load-config.js';
import { FactstoreError } from '../../src/core/errors.js';
import type { AppContext } from './app-context.js';

export const CONFIG_FILE = 'factstore.yml';

export interface RepoConfig {
  config: FactstoreConfig;
  /** the default-branch commit the config was read at: decisions name it, so they can be replayed */
  configCommit: string;
}

export interface RepoRef {
  owner: string;
  repo: string;
  defaultBranch: string;
}

/**
 * The repository's `.github/factstore.yml` as of the tip of its default branch (Probot's lookup,
 * `_extends` and the org `.github` repository included), validated; undefined when there is none.
 * Config only ever comes from the default branch: a pull request cannot loosen its own gate.
 */
export async function readConfig(context: AppContext, where: RepoRef): Promise<RepoConfig | undefined> {
  const configCommit = await defaultBranchTip(context, where);
  const value = await context.configAt(CONFIG_FILE, configCommit);
  if (value === null || value === undefined) return undefined;
  return { config: configFromValue(value, `.github/${CONFIG_FILE}`), configCommit };
}

async function defaultBranchTip(context: AppContext, { owner, repo, defaultBranch }: RepoRef): Promise<string> {
  const r = await context.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner, repo, ref: `heads/${defaultBranch}` });
  const sha = (r.data as { object?: { sha?: unknown } }).object?.sha;
  if (typeof sha !== 'string') {
    throw new FactstoreError('NOT_FOUND', `the default branch ${defaultBranch} of ${owner}/${repo} has no commit: push one with .github/${CONFIG_FILE}.`);
  }
  return sha;
}
