import { badInput } from '../../core/errors.js';

export interface RepoName {
  owner: string;
  repo: string;
}

// GitHub's rules: owners are alphanumeric with single hyphens; repository names allow . _ -
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

/** `owner/name`, as GitHub spells a repository; `what` names the input in the error. */
export function parseRepoName(value: string, what: string): RepoName {
  const [owner, repo, ...rest] = value.trim().split('/');
  if (owner === undefined || repo === undefined || rest.length > 0 || !OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..') {
    throw badInput(`${what} ${JSON.stringify(value)} is not a repository: give owner/name, e.g. acme/compliance-facts.`);
  }
  return { owner, repo };
}

export function repoText(r: RepoName): string {
  return `${r.owner}/${r.repo}`;
}

/** The same repository: GitHub compares owner and name without regard to case. */
export function sameRepo(a: RepoName, b: RepoName): boolean {
  return repoText(a).toLowerCase() === repoText(b).toLowerCase();
}
