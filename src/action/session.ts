import type { FactstoreConfig, FlowConfig } from '../core/config/config.js';
import { FactstoreError } from '../core/errors.js';
import type { PolicyEvaluator } from '../core/evaluate/policies.js';
import type { JqEngine } from '../core/jq/jq-engine.js';
import { jqPolicyEvaluator } from '../core/jq/jq-policy-evaluator.js';
import { createWorkerJqEngine } from '../core/jq/worker-jq-engine.js';
import { checkName } from '../core/model/names.js';
import type { GitHubRequest } from '../core/store/github/github-request.js';
import { readRunnerEnv, type RunnerEnv } from './env/runner-env.js';
import { loadConfig } from './github/load-config.js';
import { gitHubRequest } from './github/octokit.js';
import type { StoreInputs } from './inputs/store-inputs.js';

/** What a step needs from the world, each piece made once and only when asked for. */
export class ActionSession {
  readonly env: RunnerEnv;
  private request: GitHubRequest | undefined;
  private engine: JqEngine | undefined;

  constructor(env: Record<string, string | undefined>, cwd: string) {
    this.env = readRunnerEnv(env, cwd);
  }

  now(): Date {
    return new Date();
  }

  /** The authenticated client's `request`; made on first use, so a dry run never makes one. */
  github(inputs: StoreInputs): GitHubRequest {
    this.request ??= gitHubRequest(inputs.token, this.env.apiUrl);
    return this.request;
  }

  /** The config of the workspace, else of the repository's default branch (never fetched when `offline`). */
  config(inputs: StoreInputs, offline: boolean): Promise<FactstoreConfig> {
    return loadConfig({
      workspace: this.env.workspace,
      configPath: inputs.configPath,
      repository: inputs.repository,
      request: offline ? undefined : () => this.github(inputs),
    });
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
