import { FactstoreError } from '../../errors.js';
import { messageOf, statusOf, type GitHubRepo } from './github-request.js';

/**
 * Turns a failed GitHub request into an error that says what to do. 404 and 409 are answered by
 * the callers that expect them (a missing file or branch, an empty repository).
 */
export function gitHubFailure(error: unknown, where: GitHubRepo, doing: string): FactstoreError {
  const status = statusOf(error);
  const said = messageOf(error);
  const repo = `${where.owner}/${where.repo}`;
  const what = `GitHub answered ${status ?? 'with an error'} (${said}) while ${doing} in ${repo}`;
  switch (status) {
    case 401:
      return new FactstoreError('CONFIG', `${what}: the token is missing, expired or revoked. Pass a valid token (the workflow's github.token, a GitHub App token, or a fine-grained token).`, { cause: error });
    case 403:
      if (/rate limit/i.test(said)) {
        return new FactstoreError('CONFLICT', `${what}: GitHub's rate limit held the write back even after retries. Nothing was written; run the step again in a few minutes, or spread the jobs that write facts at once.`, { cause: error });
      }
      return new FactstoreError(
        'CONFIG',
        `${what}: the token may not do this. Grant \`permissions: contents: write\` to the job (or, for a dedicated facts repository, use a token with Contents read and write on ${repo}).`,
        { cause: error },
      );
    case 404:
      return new FactstoreError('NOT_FOUND', `${what}: the repository does not exist or the token cannot see it. Check the facts repository name and that the token has access to ${repo}.`, { cause: error });
    case 409:
      return new FactstoreError(
        'CONFLICT',
        `${what}: GitHub refused it as a conflict, which it answers for a repository with no commit yet or a ref another push changed at the same moment. Nothing was written: if ${repo} is empty, push one commit to it; otherwise run the step again.`,
        { cause: error },
      );
    case 422:
      return new FactstoreError('INTERNAL', `${what}: report this, with the facts branch tip.`, { cause: error });
    default:
      return new FactstoreError('INTERNAL', `${what}: GitHub may be unavailable; nothing was written, try again.`, { cause: error });
  }
}

/** A ref update refused by a branch protection rule or a ruleset. */
export function protectedBranch(error: unknown, where: GitHubRepo, doing: string): FactstoreError {
  return new FactstoreError(
    'CONFIG',
    `GitHub answered ${statusOf(error) ?? 'with an error'} (${messageOf(error)}) while ${doing} in ${where.owner}/${where.repo}: ` +
      `branch protection refuses the write to ${where.branch}. Let the writer bypass the rule (add the Action's GitHub App or token ` +
      'to the bypass list), or keep the facts branch out of rules that require pull requests or status checks; block force pushes ' +
      'and deletions instead. Facts commits are signed and append-only. Nothing was written.',
    { cause: error },
  );
}
