import { readFileSync } from 'node:fs';
import type { FactstoreConfig, FlowConfig } from '../core/config/config.js';
import { FactstoreError } from '../core/errors.js';
import type { PolicyEvaluator } from '../core/evaluate/policies.js';
import type { JqEngine } from '../core/jq/jq-engine.js';
import { jqPolicyEvaluator } from '../core/jq/jq-policy-evaluator.js';
import { createWorkerJqEngine } from '../core/jq/worker-jq-engine.js';
import { checkName } from '../core/model/names.js';
import type { GitHubRequest } from '../core/store/github/github-request.js';
import { readRunnerEnv, type RunnerEnv } from './env/runner-env.js';
import { loadConfig, readWorkspaceConfig } from './github/load-config.js';
import { gitHubRequest } from './github/octokit.js';
import { loadReviewedConfig, type ReviewedConfig } from './github/reviewed-config.js';
import type { ConfigTokenInputs } from './inputs/config-token.js';
import type { StoreInputs } from './inputs/store-inputs.js';

/** The reviewed config, and whether the workspace holds another version of it. */
export interface DecidingConfig extends ReviewedConfig {
  workspaceDiffers: boolean;
}

/** What a step needs from the world, each piece made once and only when asked for. */
export class ActionSession {
  readonly env: RunnerEnv;
  /** the export's settings and secrets from the step's environment (FACTSTORE_OTLP_*), nothing else of it */
  readonly otlpEnv: Record<string, string | undefined>;
  private request: GitHubRequest | undefined;
  private checksRequest: GitHubRequest | undefined;
  private engine: JqEngine | undefined;
  private readonly eventPath: string | undefined;

  constructor(env: Record<string, string | undefined>, cwd: string) {
    this.env = readRunnerEnv(env, cwd);
    this.eventPath = env.GITHUB_EVENT_PATH;
    this.otlpEnv = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('FACTSTORE_OTLP_')));
  }

  now(): Date {
    return new Date();
  }

  /** The authenticated client's `request`; made on first use, so a dry run never makes one. */
  github(inputs: StoreInputs): GitHubRequest {
    this.request ??= gitHubRequest(inputs.token, this.env.apiUrl);
    return this.request;
  }

  /** The client of the gate's `checks-token`: the facts client when it is the same token; made once. */
  githubForChecks(inputs: StoreInputs & { checksToken: string | undefined }): GitHubRequest {
    if (inputs.checksToken === inputs.token) return this.github(inputs);
    this.checksRequest ??= gitHubRequest(inputs.checksToken, this.env.apiUrl);
    return this.checksRequest;
  }



  /**
   * The writing steps' config (attest, begin): the workspace's, else the default branch's (never
   * fetched when `offline`). What the facts count for is decided by {@link decidingConfig}.
   */
  config(inputs: StoreInputs, offline: boolean): Promise<FactstoreConfig> {
    return loadConfig({
      workspace: this.env.workspace,
      configPath: inputs.configPath,
      repository: inputs.repository,
      defaultBranch: this.defaultBranch(),
      request: offline ? undefined : () => this.github(inputs),
    });
  }

  /**
   * The config that decides (assert, gate): the default branch's of the workflow's repository,
   * pinned to its tip and read with the config token; never the workspace, which a pull request
   * controls, so a pull request cannot loosen its own gate.
   */
  async decidingConfig(inputs: StoreInputs & ConfigTokenInputs): Promise<DecidingConfig> {
    if (inputs.repository === undefined) {
      throw new FactstoreError('CONFIG', 'no GITHUB_REPOSITORY: this step reads the config from the default branch of the workflow\'s repository, so it runs only in a workflow.');
    }
    const request = inputs.configToken === inputs.token ? this.github(inputs) : gitHubRequest(inputs.configToken, this.env.apiUrl);
    const reviewed = await loadReviewedConfig({
      request,
      repository: inputs.repository,
      configPath: inputs.configPath,
      defaultBranch: this.defaultBranch(),
      tokenInput: inputs.configTokenInput,
      configTokenInput: true,
    });
    const local = await readWorkspaceConfig(this.env.workspace, inputs.configPath);
    const lf = (t: string) => t.replace(/\r\n/g, '\n');
    return { ...reviewed, workspaceDiffers: local !== undefined && lf(local) !== lf(reviewed.text) };
  }

  /** The default branch as the event payload names it, when the payload is about the workflow's repository. */
  private defaultBranch(): string | undefined {
    if (this.eventPath === undefined || this.eventPath === '' || this.env.repository === undefined) return undefined;
    try {
      const event = JSON.parse(readFileSync(this.eventPath, 'utf8')) as { repository?: { full_name?: unknown; default_branch?: unknown } };
      const { full_name: name, default_branch: branch } = event.repository ?? {};
      const same = typeof name === 'string' && name.toLowerCase() === this.env.repository.toLowerCase();
      return same && typeof branch === 'string' && branch !== '' ? branch : undefined;
    } catch {
      // no payload to read: the API answers instead
      return undefined;
    }
  }

  /** The flow named by the `flow` input; an unknown one lists the flows there are. */
  flow(config: FactstoreConfig, name: string, configPath: string): FlowConfig {
    checkName('flow', name);
    const flow = Object.hasOwn(config.flows, name) ? config.flows[name] : undefined;
    if (flow !== undefined) return flow;
    const known = Object.keys(config.flows);
    throw new FactstoreError(
      'NOT_FOUND',
      `flow ${name} is not in ${configPath}; known flows: ${known.length > 0 ? known.join(', ') : 'none (add one under `flows:`)'}. Fix the \`flow\` input or add the flow to the config.`,
    );
  }

  /** jq, in a worker thread started on the first evaluation. */
  jq(): JqEngine {
    this.engine ??= createWorkerJqEngine();
    return this.engine;
  }

  policyEvaluator(): PolicyEvaluator {
    return jqPolicyEvaluator(() => this.jq());
  }

  close(): void {
    this.engine?.close();
  }
}
