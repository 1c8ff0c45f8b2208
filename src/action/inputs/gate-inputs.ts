import { readFileSync } from 'node:fs';
import { badInput, FactstoreError } from '../../core/errors.js';
import { checkCommit, checkName } from '../../core/model/names.js';
import type { RunnerEnv } from '../env/runner-env.js';
import { readHighWaterAppId } from './high-water-inputs.js';
import type { RepoName } from '../github/repo-name.js';
import { readConfigToken, type ConfigTokenInputs } from './config-token.js';
import { booleanInput, optionalInput } from './input-reader.js';
import { maskSecret } from '../secrets.js';
import { readSigningKey } from './signing-key.js';
import { readStoreInputs, type StoreInputs } from './store-inputs.js';

export interface GateInputs extends StoreInputs, ConfigTokenInputs {
  /** the git commit gated (40 hex) */
  commit: string;
  /** where `commit` came from */
  commitFrom: 'input' | 'event' | 'GITHUB_SHA';
  /** gate only this flow; undefined: every applicable flow */
  flow: string | undefined;
  /**
   * The branches the commit is judged for (never a fact's): `git-branch`, else on `workflow_run` the
   * bases of the run's pull requests and its head branch, else the pull request's base or the pushed
   * branch. Undefined: unknown, and every flow applies.
   */
  branches: string[] | undefined;
  /** the App whose check runs keep the high-water mark (GitHub Actions by default) */
  highWaterAppId: number;
  /** record one decision fact per flow */
  record: boolean;
  signingKey: string | undefined;
  /** where the check runs are created: the workflow's repository */
  checksRepo: RepoName;
  /** the token that creates them: `checks-token`, else the facts `token` */
  checksToken: string | undefined;
  /** the input it came from, named in errors */
  checksTokenInput: 'checks-token' | 'token';
}

/** What the gate step reads of the triggering event (GITHUB_EVENT_PATH). */
interface GateEvent {
  workflow_run?: { head_sha?: unknown; head_branch?: unknown; pull_requests?: unknown };
}

/**
 * The gate step's inputs. On `workflow_run` the commit and branch default to the run that
 * triggered it (GITHUB_SHA is then the default branch's tip, not the commit built).
 */
export function readGateInputs(env: RunnerEnv, eventPath: string | undefined): GateInputs {
  const store = readStoreInputs(env);
  if (store.repository === undefined) throw badInput('no GITHUB_REPOSITORY: the gate step creates its check runs in the workflow\'s repository, so it runs only in a workflow.');
  const event = env.event === 'workflow_run' ? readEvent(eventPath) : {};
  const run = event.workflow_run;
  const eventSha = typeof run?.head_sha === 'string' ? run.head_sha : undefined;
  const eventBranch = typeof run?.head_branch === 'string' ? run.head_branch : undefined;
  const input = optionalInput('commit');
  const given = input ?? eventSha ?? env.sha;
  if (given === undefined) throw badInput('no commit: give the `commit` input (40 hex; GITHUB_SHA, its default, is not set outside a workflow run).');
  const flow = optionalInput('flow');
  const record = optionalInput('record') === undefined ? true : booleanInput('record');
  return {
    ...store,
    ...readConfigToken(store),
    commit: checkCommit(given),
    commitFrom: input !== undefined ? 'input' : eventSha !== undefined ? 'event' : 'GITHUB_SHA',
    flow: flow === undefined ? undefined : checkName('flow', flow),
    branches: branchesOf(optionalInput('git-branch'), run, eventSha !== undefined ? eventBranch : undefined, env),
    highWaterAppId: readHighWaterAppId(),
    record,
    signingKey: readSigningKey(env),
    checksRepo: store.repository,
    ...readChecksToken(store),
  };
}

function readEvent(eventPath: string | undefined): GateEvent {
  if (eventPath === undefined || eventPath === '') {
    throw badInput('a workflow_run event without GITHUB_EVENT_PATH: give the `commit` input (the commit to gate, 40 hex).');
  }
  try {
    const parsed = JSON.parse(readFileSync(eventPath, 'utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch (e) {
    throw new FactstoreError('BAD_INPUT', `cannot read the event payload ${eventPath} (${e instanceof Error ? e.message : String(e)}): give the \`commit\` input.`, { cause: e });
  }
}

/** Where the commit is judged for: the input, else what the event says (never a trail's recorded branch). */
function branchesOf(given: string | undefined, run: GateEvent['workflow_run'], runBranch: string | undefined, env: RunnerEnv): string[] | undefined {
  if (given !== undefined) return [given];
  const names = new Set<string>();
  if (run !== undefined) {
    const pulls = Array.isArray(run.pull_requests) ? (run.pull_requests as { head?: { sha?: unknown }; base?: { ref?: unknown } }[]) : [];
    for (const p of pulls) if (p.head?.sha === run.head_sha && typeof p.base?.ref === 'string' && p.base.ref !== '') names.add(p.base.ref);
    if (runBranch !== undefined && runBranch !== '') names.add(runBranch);
  } else if (env.baseRef !== undefined) {
    names.add(env.baseRef);
  } else if (env.refType === 'branch' && env.refName !== undefined) {
    names.add(env.refName);
  }
  return names.size === 0 ? undefined : [...names];
}

/** `checks-token` (default the workflow's github.token), else the facts `token`. */
function readChecksToken(store: StoreInputs): Pick<GateInputs, 'checksToken' | 'checksTokenInput'> {
  const given = optionalInput('checks-token');
  if (given !== undefined) {
    maskSecret(given);
    return { checksToken: given, checksTokenInput: 'checks-token' };
  }
  return { checksToken: store.token, checksTokenInput: 'token' };
}
