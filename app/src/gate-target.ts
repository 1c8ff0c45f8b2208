/** What a webhook asks the App to gate: a commit of a repository, and the PR it belongs to if any. */
export interface GateTarget {
  owner: string;
  repo: string;
  /** the commit gated (40 hex) */
  headSha: string;
  /** the commit's branch, when the event names it */
  headBranch?: string;
  /** the pull request to comment on (pull_request events only) */
  pullNumber?: number;
}

interface RepositoryPayload {
  repository: { name: string; owner: { login: string } };
}

export interface CheckSuitePayload extends RepositoryPayload {
  check_suite: { head_sha: string; head_branch: string | null };
}

export interface CheckRunPayload extends RepositoryPayload {
  check_run: { head_sha: string; check_suite: { head_branch?: string | null } };
}

export interface PullRequestPayload extends RepositoryPayload {
  number: number;
  pull_request: { head: { sha: string; ref: string } };
}

function base({ repository }: RepositoryPayload): Pick<GateTarget, 'owner' | 'repo'> {
  return { owner: repository.owner.login, repo: repository.name };
}

function withBranch(branch: string | null | undefined): Pick<GateTarget, 'headBranch'> {
  return typeof branch === 'string' && branch !== '' ? { headBranch: branch } : {};
}

export function fromCheckSuite(payload: CheckSuitePayload): GateTarget {
  return { ...base(payload), headSha: payload.check_suite.head_sha, ...withBranch(payload.check_suite.head_branch) };
}

export function fromCheckRun(payload: CheckRunPayload): GateTarget {
  return { ...base(payload), headSha: payload.check_run.head_sha, ...withBranch(payload.check_run.check_suite.head_branch) };
}

export function fromPullRequest(payload: PullRequestPayload): GateTarget {
  const { head } = payload.pull_request;
  return { ...base(payload), headSha: head.sha, ...withBranch(head.ref), pullNumber: payload.number };
}
