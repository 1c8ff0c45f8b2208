import { FactstoreError } from '../../core/errors.js';
import { maskSecret } from '../secrets.js';
import type { RunnerEnv } from '../env/runner-env.js';
import { optionalInput } from './input-reader.js';
import { parseRepoName, type RepoName } from '../github/repo-name.js';

/** Where the facts are kept and how to reach them: the inputs every command shares. */
export interface StoreInputs {
  /** the `facts-repo` input; undefined: the config's `facts.repo`, else the workflow's repository */
  factsRepo: RepoName | undefined;
  /** the `facts-branch` input; undefined: the config's `facts.branch` */
  factsBranch: string | undefined;
  token: string | undefined;
  /** path of the config file in the workspace (and in the repository, when fetched) */
  configPath: string;
  /** the workflow's repository, where the config is fetched from when the workspace has none */
  repository: RepoName | undefined;
}

export const DEFAULT_CONFIG_PATH = '.github/factstore.yml';

export function readStoreInputs(env: RunnerEnv): StoreInputs {
  const token = optionalInput('token');
  if (token !== undefined) maskSecret(token);
  const factsRepo = optionalInput('facts-repo');
  const configPath = (optionalInput('config') ?? DEFAULT_CONFIG_PATH).replace(/^\.\//, '');
  if (configPath.startsWith('/') || configPath.split('/').includes('..')) {
    throw new FactstoreError('BAD_INPUT', `the \`config\` input ${JSON.stringify(configPath)} must be a path inside the repository, e.g. ${DEFAULT_CONFIG_PATH}.`);
  }
  return {
    factsRepo: factsRepo === undefined ? undefined : parseRepoName(factsRepo, '`facts-repo`'),
    factsBranch: optionalInput('facts-branch'),
    token,
    configPath,
    repository: env.repository === undefined ? undefined : parseRepoName(env.repository, 'GITHUB_REPOSITORY'),
  };
}
