import type { FactstoreConfig } from '../../core/config/config.js';
import { parseConfig } from '../../core/config/load-config.js';
import { FactstoreError } from '../../core/errors.js';
import { COMMIT_PATTERN } from '../../core/model/names.js';
import { messageOf, statusOf, type GitHubRequest } from '../../core/store/github/github-request.js';
import { repoText, type RepoName } from './repo-name.js';

/** The config as reviewed: the file on the default branch of the workflow's repository, at its tip. */
export interface ReviewedConfig {
  config: FactstoreConfig;
  repository: RepoName;
  /** the default branch */
  branch: string;
  /** the default branch's tip when it was read: decisions name it, so they can be replayed */
  commit: string;
  /** the config's path in the repository */
  path: string;
  /** the file's text, as read */
  text: string;
}

export interface ReviewedConfigSource {
  request: GitHubRequest;
  repository: RepoName;
  configPath: string;
  /** the default branch as the event payload names it; undefined: asked of the API */
  defaultBranch: string | undefined;
  /** which input holds the token, for the permission advice */
  tokenInput: string;
  /** whether the step has a `config-token` input to suggest */
  configTokenInput: boolean;
}

/**
 * Reads the config from the default branch of the repository, pinned to its tip commit (one ref
 * read), so that what decided is named exactly; never from the workspace, which a pull request
 * controls.
 */
export async function loadReviewedConfig(source: ReviewedConfigSource): Promise<ReviewedConfig> {
  const { request, repository, configPath } = source;
  const branch = source.defaultBranch ?? (await defaultBranchOf(source));
  const commit = await tipOf(source, branch);
  let data: unknown;
  try {
    data = (await request('GET /repos/{owner}/{repo}/contents/{path}', { owner: repository.owner, repo: repository.repo, path: configPath, ref: commit })).data;
  } catch (e) {
    if (statusOf(e) === 404) {
      throw new FactstoreError(
        'CONFIG',
        `no ${configPath} on the default branch ${branch} of ${repoText(repository)} (commit ${commit}): the config is read from the default branch only, so merge it there first (\`factstore init\` writes a starter).`,
        { cause: e },
      );
    }
    throw apiError(e, source, `reading ${configPath} of ${repoText(repository)}`);
  }
  const file = data as { type?: string; encoding?: string; content?: string };
  if (file.type !== 'file' || file.encoding !== 'base64' || typeof file.content !== 'string') {
    throw new FactstoreError('CONFIG', `${configPath} on the default branch ${branch} of ${repoText(repository)} is not a readable file: make it a YAML file of at most 1 MiB.`);
  }
  const text = Buffer.from(file.content, 'base64').toString('utf8');
  const config = parseConfig(text, `${repoText(repository)}@${commit.slice(0, 12)}:${configPath}`);
  return { config, repository, branch, commit, path: configPath, text };
}

async function defaultBranchOf(source: ReviewedConfigSource): Promise<string> {
  const { request, repository } = source;
  try {
    const branch = (await request('GET /repos/{owner}/{repo}', { owner: repository.owner, repo: repository.repo })).data as { default_branch?: unknown };
    if (typeof branch.default_branch === 'string' && branch.default_branch !== '') return branch.default_branch;
  } catch (e) {
    throw apiError(e, source, `reading the default branch of ${repoText(repository)}`);
  }
  throw new FactstoreError('CONFIG', `GitHub named no default branch for ${repoText(repository)}: push one holding the config.`);
}

async function tipOf(source: ReviewedConfigSource, branch: string): Promise<string> {
  const { request, repository } = source;
  let sha: unknown;
  try {
    sha = ((await request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: repository.owner, repo: repository.repo, ref: `heads/${branch}` })).data as { object?: { sha?: unknown } }).object?.sha;
  } catch (e) {
    if (statusOf(e) === 409) {
      throw new FactstoreError('CONFIG', `the default branch ${branch} of ${repoText(repository)} has no commit: push one holding the config.`, { cause: e });
    }
    if (statusOf(e) === 404) {
      // GitHub answers 404 to a token that may not see a private repository, too
      throw new FactstoreError(
        'CONFIG',
        `GitHub found no default branch ${branch} of ${repoText(repository)} (404): either it has no commit yet (push one holding the config), ` +
          `or the \`${source.tokenInput}\` token may not read ${repoText(repository)}: give the job \`permissions: contents: read\`${other(source)}.`,
        { cause: e },
      );
    }
    throw apiError(e, source, `reading the tip of ${branch} of ${repoText(repository)}`);
  }
  if (typeof sha !== 'string' || !COMMIT_PATTERN.test(sha)) throw new FactstoreError('CONFIG', `GitHub named no commit for the default branch ${branch} of ${repoText(repository)}: try again.`);
  return sha;
}

function apiError(e: unknown, source: ReviewedConfigSource, doing: string): FactstoreError {
  const status = statusOf(e);
  const why =
    status === 401 || status === 403 || status === 404
      ? `the \`${source.tokenInput}\` token may not read ${repoText(source.repository)}: give the job \`permissions: contents: read\`${other(source)}`
      : 'try again';
  return new FactstoreError('CONFIG', `GitHub answered ${status ?? 'with an error'} (${messageOf(e)}) while ${doing}: ${why}.`, { cause: e });
}

function other(source: ReviewedConfigSource): string {
  return source.configTokenInput && source.tokenInput === 'token' ? ', or a `config-token` that can read it' : '';
}
