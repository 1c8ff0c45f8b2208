import { isFactstoreError } from '../../src/core/errors.js';
import type { PolicyEvaluator } from '../../src/core/evaluate/policies.js';
import { messageOf, statusOf } from '../../src/core/store/github/github-request.js';
import type { AppContext } from './app-context.js';
import { gateAndReport } from './gate-commit-checks.js';
import type { GateTarget } from './gate-target.js';
import { upsertPrComment } from './pr-comment.js';
import { CONFIG_FILE, readConfig } from './read-config.js';

export interface GateDeps {
  policyEvaluator: PolicyEvaluator;
  clock: () => Date;
}

/**
 * One gate event: config → gate → check runs (→ PR comment). Never throws: a failure is logged
 * with what to do, so one bad repository cannot take the server down.
 */
export async function handleGate(context: AppContext, target: GateTarget, deps: GateDeps): Promise<void> {
  const where = `${target.owner}/${target.repo}@${target.headSha.slice(0, 7)}`;
  try {
    const config = await readConfig(context);
    if (config === undefined) {
      context.log.debug(`factstore: ${target.owner}/${target.repo} has no .github/${CONFIG_FILE}; nothing to gate.`);
      return;
    }
    const outcome = await gateAndReport(context, config, target, deps.policyEvaluator, deps.clock());
    if (target.pullNumber !== undefined && outcome.result.flows.length > 0) {
      const done = await upsertPrComment(context, { owner: target.owner, repo: target.repo, pullNumber: target.pullNumber }, outcome.markdown);
      context.log.info(`factstore: ${done} the breakdown comment on ${target.owner}/${target.repo}#${target.pullNumber}`);
    }
  } catch (e) {
    context.log.error(`factstore: gating ${where} failed: ${whatToDo(e)}`);
  }
}

function whatToDo(e: unknown): string {
  if (isFactstoreError(e)) return e.message;
  const status = statusOf(e);
  if (status === 403 || status === 404) {
    return `GitHub answered ${status} (${messageOf(e)}): check that the App is installed on the repository and on the facts repository with the permissions of app.yml, then re-run the check.`;
  }
  return `${messageOf(e)}: re-run the check; if it fails again, report it with this message.`;
}
