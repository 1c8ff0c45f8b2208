import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FactstoreConfig } from '../../core/config/config.js';
import { parseConfig } from '../../core/config/load-config.js';
import { FactstoreError } from '../../core/errors.js';
import type { GitHubRequest } from '../../core/store/github/github-request.js';
import type { RepoName } from './repo-name.js';
import { loadReviewedConfig } from './reviewed-config.js';

export interface ConfigSource {
  workspace: string;
  /** relative to the repository root, e.g. .github/factstore.yml */
  configPath: string;
  repository: RepoName | undefined;
  /** the default branch as the event payload names it */
  defaultBranch: string | undefined;
  /** undefined: the API may not be used (dry run) */
  request: (() => GitHubRequest) | undefined;
}

/**
 * The writing steps' config (attest, begin): the checked-out repository's, else the default
 * branch's through the API (a job that did not check out still finds it). Nothing is decided with
 * it: the facts it describes count only by the default branch's config, which assert and gate read.
 */
export async function loadConfig(source: ConfigSource): Promise<FactstoreConfig> {
  const local = await readWorkspaceConfig(source.workspace, source.configPath);
  if (local !== undefined) return parseConfig(local, source.configPath);
  if (source.request === undefined) {
    throw new FactstoreError(
      'CONFIG',
      `no ${source.configPath} in the workspace, and a dry run sends no request to GitHub to fetch it: check out the repository (actions/checkout) before this step.`,
    );
  }
  if (source.repository === undefined) {
    throw new FactstoreError('CONFIG', `no ${source.configPath} in the workspace and no GITHUB_REPOSITORY to fetch it from: check out the repository before this step.`);
  }
  const reviewed = await loadReviewedConfig({
    request: source.request(),
    repository: source.repository,
    configPath: source.configPath,
    defaultBranch: source.defaultBranch,
    tokenInput: 'token',
    configTokenInput: false,
  });
  return reviewed.config;
}

/** The config file of the checked-out repository; undefined when there is none. */
export async function readWorkspaceConfig(workspace: string, configPath: string): Promise<string | undefined> {
  const file = path.join(workspace, configPath);
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new FactstoreError('CONFIG', `cannot read the config file ${file} (${code ?? String(e)}): check the \`config\` input.`, { cause: e });
  }
}
