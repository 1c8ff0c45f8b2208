/** What the runner tells a step about its run, read once from the environment it sets. */
export interface RunnerEnv {
  workspace: string;
  /** `owner/name` of the workflow's repository */
  repository: string | undefined;
  repositoryId: string | undefined;
  workflow: string | undefined;
  job: string | undefined;
  runId: string | undefined;
  runAttempt: string | undefined;
  ref: string | undefined;
  /** the branch or tag name of `ref` (the head branch for a pull request) */
  refName: string | undefined;
  refType: string | undefined;
  headRef: string | undefined;
  /** a pull request's base branch (GITHUB_BASE_REF): where it merges */
  baseRef: string | undefined;
  sha: string | undefined;
  actor: string | undefined;
  actorId: string | undefined;
  event: string | undefined;
  serverUrl: string;
  apiUrl: string;
  /** both halves of the OIDC token request are there only with `id-token: write` */
  oidcAvailable: boolean;
  /** the signing key text of the environment, for when no `signing-key` input is given */
  signingKeyEnv: string | undefined;
}

type Env = Record<string, string | undefined>;

export function readRunnerEnv(env: Env, cwd: string): RunnerEnv {
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  return {
    workspace: get('GITHUB_WORKSPACE') ?? cwd,
    repository: get('GITHUB_REPOSITORY'),
    repositoryId: get('GITHUB_REPOSITORY_ID'),
    workflow: get('GITHUB_WORKFLOW'),
    job: get('GITHUB_JOB'),
    runId: get('GITHUB_RUN_ID'),
    runAttempt: get('GITHUB_RUN_ATTEMPT'),
    ref: get('GITHUB_REF'),
    refName: get('GITHUB_REF_NAME'),
    refType: get('GITHUB_REF_TYPE'),
    headRef: get('GITHUB_HEAD_REF'),
    baseRef: get('GITHUB_BASE_REF'),
    sha: get('GITHUB_SHA'),
    actor: get('GITHUB_ACTOR'),
    actorId: get('GITHUB_ACTOR_ID'),
    event: get('GITHUB_EVENT_NAME'),
    serverUrl: (get('GITHUB_SERVER_URL') ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (get('GITHUB_API_URL') ?? 'https://api.github.com').replace(/\/+$/, ''),
    oidcAvailable: get('ACTIONS_ID_TOKEN_REQUEST_URL') !== undefined && get('ACTIONS_ID_TOKEN_REQUEST_TOKEN') !== undefined,
    signingKeyEnv: get('FACTSTORE_SIGNING_KEY'),
  };
}

/** The run's page, the default evidence link; undefined outside a workflow run. */
export function runUrl(env: RunnerEnv): string | undefined {
  if (env.repository === undefined || env.runId === undefined) return undefined;
  const attempt = env.runAttempt !== undefined && env.runAttempt !== '1' ? `/attempts/${env.runAttempt}` : '';
  return `${env.serverUrl}/${env.repository}/actions/runs/${env.runId}${attempt}`;
}

/** The git branch being built: the head branch of a pull request, else the pushed branch. */
export function gitBranch(env: RunnerEnv): string | undefined {
  if (env.headRef !== undefined) return env.headRef;
  return env.refType === 'branch' ? env.refName : undefined;
}
