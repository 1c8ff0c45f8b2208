import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FactstoreConfig } from '../../core/config/config.js';
import { parseConfig } from '../../core/config/load-config.js';
import { FactstoreError } from '../../core/errors.js';
import { messageOf, statusOf, type GitHubRequest } from '../../core/store/github/github-request.js';
import { repoText, type RepoName } from './repo-name.js';

export interface ConfigSource {
  workspace: string;
  /** relative to the repository root, e.g. .github/factstore.yml */
  configPath: string;
  repository: RepoName | undefined;
  /** undefined: the API may not be used (dry run) */
  request: (() => GitHubRequest) | undefined;
}

/**
 * The config from the checked-out repository, else from the default branch of the workflow's
 * repository through the contents API (a job that did not check out still finds it).
 */
export async function loadConfig(source: ConfigSource): Promise<FactstoreConfig> {
  const file = path.join(source.workspace, source.configPath);
  const local = await readLocal(file);
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
  const text = await fetchConfig(source.request(), source.repository, source.configPath);
  return parseConfig(text, `${repoText(source.repository)}:${source.configPath}`);
}

async function readLocal(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new FactstoreError('CONFIG', `cannot read the config file ${file} (${code ?? String(e)}): check the \`config\` input.`, { cause: e });
  }
}

async function fetchConfig(request: GitHubRequest, repository: RepoName, configPath: string): Promise<string> {
  const where = repoText(repository);
  let data: unknown;
  try {
    data = (await request('GET /repos/{owner}/{repo}/contents/{path}', { owner: repository.owner, repo: repository.repo, path: configPath })).data;
  } catch (e) {
    const status = statusOf(e);
    if (status === 404) {
      throw new FactstoreError(
        'CONFIG',
        `no ${configPath} in the workspace nor on the default branch of ${where}: add one (\`factstore init\` writes a starter), or check out the repository before this step.`,
        { cause: e },
      );
    }
    const why = status === 401 || status === 403 ? 'the token may not read it: give the job `permissions: contents: read` (or check out the repository before this step)' : 'try again';
    throw new FactstoreError('CONFIG', `GitHub answered ${status ?? 'with an error'} (${messageOf(e)}) while reading ${configPath} of ${where}: ${why}.`, { cause: e });
  }
  const file = data as { type?: string; encoding?: string; content?: string };
  if (file.type !== 'file' || file.encoding !== 'base64' || typeof file.content !== 'string') {
    throw new FactstoreError('CONFIG', `${configPath} on the default branch of ${where} is not a readable file: make it a YAML file of at most 1 MiB.`);
  }
  return Buffer.from(file.content, 'base64').toString('utf8');
}
