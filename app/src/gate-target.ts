/** What a webhook asks the App to gate: a commit of a repository, and the pull requests it heads. */
export interface GateTarget {
  owner: string;
  repo: string;
  /** where the config is read from */
  defaultBranch: string;
  /** the commit gated (40 hex) */
  headSha: string;
  /**
   * The branches the commit is judged for, from the event (never from a fact): the pushed branch
   * and the base of each pull request it heads. Absent: unknown, and every flow applies.
   */
  branches?: string[];
  /** the pull requests whose breakdown comment follows this commit */
  pullNumbers: number[];
}

export interface RepositoryPayload {
  repository: { name: string; owner: { login: string }; default_branch: string };
}

interface PullRef {
  number: number;
  head: { sha: string };
  base?: { ref?: string };
}

export interface CheckSuitePayload extends RepositoryPayload {
  check_suite: { head_sha: string; head_branch: string | null; pull_requests?: PullRef[] };
}

export interface CheckRunPayload extends RepositoryPayload {
  check_run: { head_sha: string; check_suite: { head_branch?: string | null }; pull_requests?: PullRef[] };
}

export interface PullRequestPayload extends RepositoryPayload {
  number: number;
  pull_request: { head: { sha: string; ref: string }; base: { ref: string } };
}

export interface WorkflowRunPayload extends RepositoryPayload {
  workflow_run: { head_sha: string; head_branch: string | null; pull_requests?: (PullRef | null)[] };
}

export function repoOfPayload({ repository }: RepositoryPayload): Pick<GateTarget, 'owner' | 'repo' | 'defaultBranch'> {
  return { owner: repository.owner.login, repo: repository.name, defaultBranch: repository.default_branch };
}

/** The pushed branch and the bases of the pull requests the commit heads; none known: absent. */
function withBranches(branch: string | null | undefined, pulls: (PullRef | null)[] | undefined, sha: string): Pick<GateTarget, 'branches'> {
  const names = new Set<string>();
  if (typeof branch === 'string' && branch !== '') names.add(branch);
  for (const p of pulls ?? []) if (p !== null && p.head.sha === sha && typeof p.base?.ref === 'string' && p.base.ref !== '') names.add(p.base.ref);
  return names.size === 0 ? {} : { branches: [...names] };
}

/** The PRs GitHub lists on a check suite, check run or workflow run whose head is this commit (forks' PRs are not listed). */
function pullsAt(pulls: (PullRef | null)[] | undefined, sha: string): number[] {
  return (pulls ?? []).flatMap((p) => (p !== null && p.head.sha === sha ? [p.number] : []));
}

export function fromCheckSuite(payload: CheckSuitePayload): GateTarget {
  const sha = payload.check_suite.head_sha;
  return { ...repoOfPayload(payload), headSha: sha, ...withBranches(payload.check_suite.head_branch, payload.check_suite.pull_requests, sha), pullNumbers: pullsAt(payload.check_suite.pull_requests, sha) };
}

export function fromCheckRun(payload: CheckRunPayload): GateTarget {
  const sha = payload.check_run.head_sha;
  return { ...repoOfPayload(payload), headSha: sha, ...withBranches(payload.check_run.check_suite.head_branch, payload.check_run.pull_requests, sha), pullNumbers: pullsAt(payload.check_run.pull_requests, sha) };
}

export function fromPullRequest(payload: PullRequestPayload): GateTarget {
  const { head, base } = payload.pull_request;
  // a pull request is judged for where it merges: its base
  return { ...repoOfPayload(payload), headSha: head.sha, branches: [base.ref], pullNumbers: [payload.number] };
}

export function fromWorkflowRun(payload: WorkflowRunPayload): GateTarget {
  const sha = payload.workflow_run.head_sha;
  return { ...repoOfPayload(payload), headSha: sha, ...withBranches(payload.workflow_run.head_branch, payload.workflow_run.pull_requests, sha), pullNumbers: pullsAt(payload.workflow_run.pull_requests, sha) };
}
