import { isFactstoreError } from '../../../src/core/errors.js';
import { flowsForEnvironment } from '../../../src/core/evaluate/environment-flows.js';
import { messageOf, statusOf } from '../../../src/core/store/github/github-request.js';
import type { AppContext } from '../app-context.js';
import type { AppDeps } from '../app-deps.js';
import { factsRepository } from '../facts-store.js';
import { gateOnFacts } from '../gate-on-facts.js';
import { CONFIG_FILE, readConfig } from '../read-config.js';
import { exportRecorded } from '../export-decisions.js';
import { recordDecisions } from '../record-decisions.js';
import { answerDeployment, type DeploymentAnswer } from './answer-deployment.js';
import { checkCallbackUrl } from './callback-target.js';
import type { DeploymentRequest } from './deployment-request.js';
import { decisionComment } from './protection-comment.js';

/**
 * A `deployment_protection_rule` request: the deployed commit is gated for the flows of its
 * environment (DESIGN §3) and the deployment approved or rejected with the reasons. Fails closed:
 * no config, an unreadable facts branch or any error rejects. Never throws.
 * `apiBaseUrl` is where the App's client talks to GitHub: the callback must point there.
 */
export async function handleDeploymentProtection(context: AppContext, request: DeploymentRequest, deps: AppDeps, apiBaseUrl: string): Promise<void> {
  const repository = `${request.owner}/${request.repo}`;
  const environment = request.environment;
  if (request.callbackUrl === undefined || environment === undefined) {
    context.log.error(`factstore: a deployment_protection_rule event of ${repository} has no ${environment === undefined ? 'environment' : 'deployment_callback_url'}; it cannot be answered, so the deployment waits until it times out or is reviewed by hand.`);
    return;
  }
  const callback = checkCallbackUrl(request.callbackUrl, apiBaseUrl, request);
  if (!callback.ok) {
    context.log.error(`factstore: refused to answer the deployment of ${repository} to ${environment}: its callback ${JSON.stringify(request.callbackUrl)} is not GitHub's review address (${callback.why}). Nothing was sent; if the event is genuine, approve or reject the deployment by hand.`);
    return;
  }
  let answer: DeploymentAnswer;
  // what waits until GitHub has its answer (the export of the decision)
  const later: (() => Promise<void>)[] = [];
  try {
    answer = await decide(context, request, environment, deps, later);
  } catch (e) {
    const why = whatToDo(e);
    context.log.error(`factstore: gating the deployment of ${repository} to ${environment} failed: ${why}`);
    answer = { state: 'rejected', comment: `Factstore could not evaluate this deployment, so it is rejected: ${why}` };
  }
  await answerDeployment(context, callback.target, environment, answer);
  for (const then of later) await then();
}

async function decide(context: AppContext, request: DeploymentRequest, environment: string, deps: AppDeps, later: (() => Promise<void>)[]): Promise<DeploymentAnswer> {
  const setup = await readConfig(context, request);
  if (setup === undefined) {
    return { state: 'rejected', comment: `Factstore: ${request.owner}/${request.repo} has no .github/${CONFIG_FILE} on ${request.defaultBranch}, so nothing can vouch for this deployment: add one (\`factstore init\` writes a starter) listing the flows that gate ${environment}, or remove Factstore from the environment's protection rules.` };
  }
  const { config } = setup;
  const gating = flowsForEnvironment(config, environment).map((f) => f.name);
  if (gating.length === 0) {
    // nothing vouches for an ungated environment: allowed only when the config says so
    return config.gate.allowUnscoped
      ? { state: 'approved', comment: `Factstore: no flow of .github/${CONFIG_FILE} gates ${environment}, and gate.allow_unscoped lets such deployments through.` }
      : { state: 'rejected', comment: `Factstore: no flow of .github/${CONFIG_FILE} gates ${environment}, so nothing vouches for this deployment. List ${environment} (or a logical environment it is a member of) under flows.<flow>.environments, set gate.allow_unscoped: true, or remove Factstore from the environment's protection rules.` };
  }
  if (request.sha === undefined) {
    return { state: 'rejected', comment: `Factstore: the deployment names no commit, so ${gating.join(', ')} cannot be checked. Re-run the deployment job.` };
  }
  const at = factsRepository(config, request);
  const now = deps.clock();
  // the deployment's ref is the branch it is judged for; a tag or a bare commit leaves it unknown
  const gated = await gateOnFacts(context, deps, setup, { owner: request.owner, repo: request.repo, commit: request.sha, now, environment, ...(request.branch !== undefined ? { branches: [request.branch] } : {}) });
  const { result } = gated;
  if (gated.alarm !== undefined) {
    return { state: 'rejected', comment: `Factstore: this deployment is rejected: ${gated.alarm.text}${gated.integrity !== undefined ? ` Also: ${gated.integrity.message}` : ''}` };
  }
  if (gated.integrity !== undefined) {
    return { state: 'rejected', comment: `Factstore: the facts cannot be trusted, so this deployment is rejected: ${gated.integrity.message}` };
  }
  if (result.flows.length === 0) {
    // the environment is gated, yet every flow's `branches` excludes this commit: nothing vouches for it
    const branch = request.branch !== undefined ? `branch ${request.branch}` : 'no named branch';
    return { state: 'rejected', comment: `Factstore: ${environment} is gated by ${gating.join(', ')}, but none applies to ${result.commit.slice(0, 7)} on ${branch} (see their branches:). Deploy a commit of a gated branch, or add the branch to a flow.` };
  }
  const recorded = await recordDecisions(context, deps, setup, at, result, now, environment, gated.store);
  await gated.facts?.decided(recorded.commit ?? result.factsCommit ?? undefined);
  later.push(() => exportRecorded(context, deps, setup, at, `${request.owner}/${request.repo}`, recorded.commit, gated.store));
  context.log.info(`factstore: deployment of ${request.owner}/${request.repo}@${result.commit.slice(0, 7)} to ${environment}: ${result.decision}`);
  return { state: result.decision === 'GATE_ALLOWED' ? 'approved' : 'rejected', comment: decisionComment(result, environment) };
}

function whatToDo(e: unknown): string {
  if (isFactstoreError(e)) return `${e.message} Then re-run the deployment job.`;
  const status = statusOf(e);
  if (status === 403 || status === 404) {
    return `GitHub answered ${status} (${messageOf(e)}): check that the App is installed on the repository and on the facts repository with the permissions of app.yml, then re-run the deployment job.`;
  }
  return `${messageOf(e)}: re-run the deployment job; if it fails again, report it with this message.`;
}
