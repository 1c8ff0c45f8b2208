/** What a webhook asks the App to gate: a commit of a repository, and the pull requests it heads. */
export interface GateTarget {
  owner: string;
  repo: string;
  /** where the config is read from */
  defaultBranch: string;
  /** the commit gated (40 hex) */
  headSha: string;
  /** the commit's branch, when the event names it */
  headBranch?: string;
  /** the pull requests whose breakdown comment follows this commit */
  pullNumbers: number[];
}

export interface RepositoryPayload {
  repository: { name: string; owner: { login: string }; default_branch: string };
}

interface PullRef {
  number: number;
  head: { sha: string };
}

export interface CheckSuitePayload extends RepositoryPayload {
  check_suite: { head_sha: string; head_branch: string | null; pull_requests?: PullRef[] };
}

export interface CheckRunPayload extends RepositoryPayload {
  check_run: { head_sha: string; check_suite: { head_branch?: string | null }; pull_requests?: PullRef[] };
}

export interface PullRequestPayload extends RepositoryPayload {
  number: number;
  pull_request: { head: { sha: string; ref: string } };
}

export interface WorkflowRunPayload extends RepositoryPayload {
  workflow_run: { head_sha: string; head_branch: string | null; pull_requests?: (PullRef | null)[] };
}

export function repoOfPayload({ repository }: RepositoryPayload): Pick<GateTarget, 'owner' | 'repo' | 'defaultBranch'> {
  return { owner: repository.owner.login, repo: repository.name, defaultBranch: repository.default_branch };
}

function withBranch(branch: string | null | undefined): Pick<GateTarget, 'headBranch'> {
  return typeof branch === 'string' && branch !== '' ? { headBranch: branch } : {};
}

/** The PRs GitHub lists on a check suite, check run or workflow run whose head is this commit (forks' PRs are not listed). */
function pullsAt(pulls: (PullRef | null)[] | undefined, sha: string): number[] {
  return (pulls ?? []).flatMap((p) => (p !== null && p.head.sha === sha ? [p.number] : []));
}

export function fromCheckSuite(payload: CheckSuitePayload): GateTarget {
  const sha = payload.check_suite.head_sha;
  return { ...repoOfPayload(payload), headSha: sha, ...withBranch(payload.check_suite.head_branch), pullNumbers: pullsAt(payload.check_suite.pull_requests, sha) };
}

export function fromCheckRun(payload: CheckRunPayload): GateTarget {
  const sha = payload.check_run.head_sha;
  return { ...repoOfPayload(payload), headSha: sha, ...withBranch(payload.check_run.check_suite.head_branch), pullNumbers: pullsAt(payload.check_run.pull_requests, sha) };
}

export function fromPullRequest(payload: PullRequestPayload): GateTarget {
  const { head } = payload.pull_request;
  return { ...repoOfPayload(payload), headSha: head.sha, ...withBranch(head.ref), pullNumbers: [payload.number] };
}

export function fromWorkflowRun(payload: WorkflowRunPayload): GateTarget {
  const sha = payload.workflow_run.head_sha;
  return { ...repoOfPayload(payload), headSha: sha, ...withBranch(payload.workflow_run.head_branch), pullNumbers: pullsAt(payload.workflow_run.pull_requests, sha) };
}
