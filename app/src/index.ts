import type { Context, Probot } from 'probot';
import { createWorkerJqEngine } from '../../src/core/jq/worker-jq-engine.js';
import type { JqEngine } from '../../src/core/jq/jq-engine.js';
import { jqPolicyEvaluator } from '../../src/core/jq/jq-policy-evaluator.js';
import type { AppContext } from './app-context.js';
import { fromCheckRun, fromCheckSuite, fromPullRequest } from './gate-target.js';
import { handleGate, type GateDeps } from './handle-gate.js';

/** The Factstore GitHub App: gate check runs on every commit, and the breakdown comment on PRs. */
export default function factstoreApp(app: Probot): void {
  let engine: JqEngine | undefined;
  // jq loads only when a policy is evaluated
  const deps: GateDeps = { policyEvaluator: jqPolicyEvaluator(() => (engine ??= createWorkerJqEngine())), clock: () => new Date() };

  app.on(['check_suite.requested', 'check_suite.rerequested'], (context) => handleGate(adapt(context), fromCheckSuite(context.payload), deps));
  app.on('check_run.rerequested', (context) => handleGate(adapt(context), fromCheckRun(context.payload), deps));
  app.on(['pull_request.opened', 'pull_request.synchronize', 'pull_request.reopened'], (context) => handleGate(adapt(context), fromPullRequest(context.payload), deps));
}

function adapt(context: Context<'check_suite' | 'check_run' | 'pull_request'>): AppContext {
  return {
    request: (route, parameters) => context.octokit.request(route, parameters),
    config: (file) => context.config(file),
    log: {
      debug: (m) => context.log.debug(m),
      info: (m) => context.log.info(m),
      error: (m) => context.log.error(m),
    },
  };
}
