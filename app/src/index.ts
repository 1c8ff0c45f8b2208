import merge from 'deepmerge';
import type { ApplicationFunction, Context, Probot } from 'probot';
import type { JqEngine } from '../../src/core/jq/jq-engine.js';
import { jqPolicyEvaluator } from '../../src/core/jq/jq-policy-evaluator.js';
import { createWorkerJqEngine } from '../../src/core/jq/worker-jq-engine.js';
import { ListedCommitsCache } from '../../src/core/store/github/listed-commits-cache.js';
import type { AppContext } from './app-context.js';
import type { AppDeps } from './app-deps.js';
import { appEnv } from './app-env.js';
import { appIdentityOnce } from './app-identity.js';
import { deploymentOfPayload } from './deployment/deployment-request.js';
import { handleDeploymentProtection } from './deployment/handle-deployment-protection.js';
import { fromCheckRun, fromCheckSuite, fromPullRequest, fromWorkflowRun } from './gate-target.js';
import { handleGate } from './handle-gate.js';
import { handlePush } from './push/handle-push.js';
import { handleSlashCommand } from './slash/handle-slash-command.js';
import { slashEventOf } from './slash/slash-event.js';

/** The Factstore GitHub App, its settings from the environment (FACTSTORE_SIGNING_KEY, GHE_HOST…). */
const factstoreApp: ApplicationFunction = (app, options) => createFactstoreApp()(app, options);
export default factstoreApp;

/** The App with some of its pieces given (tests give the clock and the key), its settings read from `env`. */
export function createFactstoreApp(given: Partial<AppDeps> = {}, env: Record<string, string | undefined> = process.env): (app: Probot, options?: unknown) => void {
  return (app) => {
    const deps: AppDeps = { ...defaultDeps(env), identity: appIdentityOnce(async () => (await (await app.auth()).request('GET /app')).data), roots: new Map(), listedCommits: new ListedCommitsCache(), ...given };
    if (deps.signer === undefined) app.log.warn('factstore: no FACTSTORE_SIGNING_KEY: gate decisions will not be recorded, and slash commands cannot record approvals or bypasses.');

    app.on(['check_suite.requested', 'check_suite.rerequested'], (context) => handleGate(adapt(context), fromCheckSuite(context.payload), deps));
    app.on('check_run.rerequested', (context) => handleGate(adapt(context), fromCheckRun(context.payload), deps));
    app.on(['pull_request.opened', 'pull_request.synchronize', 'pull_request.reopened'], (context) =>
      handleGate(adapt(context), fromPullRequest(context.payload), deps, { createComment: true }),
    );
    app.on('workflow_run.completed', (context) => handleGate(adapt(context), fromWorkflowRun(context.payload), deps));
    app.on('deployment_protection_rule.requested', (context) =>
      handleDeploymentProtection(adapt(context), deploymentOfPayload(context.payload), deps, context.octokit.request.endpoint.DEFAULTS.baseUrl),
    );
    app.on('issue_comment.created', (context) => handleSlashCommand(adapt(context), slashEventOf(context.payload), deps));
    app.on('push', (context) => handlePush(adapt(context), context.payload, deps));
  };
}

function defaultDeps(settings: Record<string, string | undefined>): Omit<AppDeps, 'identity'> {
  let engine: JqEngine | undefined;
  const env = appEnv(settings);
  return {
    // jq loads only when a policy is evaluated
    policyEvaluator: jqPolicyEvaluator(() => (engine ??= createWorkerJqEngine())),
    clock: () => new Date(),
    ...env,
  };
}

/** Probot's context reduced to what handlers use, so they stay plain functions of their inputs. */
export function adapt(context: Context): AppContext {
  const { owner, repo } = context.repo();
  return {
    request: (route, parameters) => context.octokit.request(route, parameters),
    // what context.config does, pinned to a commit so the decision can name it
    configAt: async (file, ref) => {
      const { config, files } = await context.octokit.config.get({
        owner,
        repo,
        path: `.github/${file}`,
        branch: ref,
        defaults: (configs: Record<string, unknown>[]) => merge.all<Record<string, unknown>>([{}, ...configs]),
      });
      return files.some((f) => f.config !== null) ? config : null;
    },
    log: {
      debug: (m) => context.log.debug(m),
      info: (m) => context.log.info(m),
      warn: (m) => context.log.warn(m),
      error: (m) => context.log.error(m),
    },
  };
}
