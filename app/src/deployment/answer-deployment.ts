import { messageOf, statusOf } from '../../../src/core/store/github/github-request.js';
import type { AppContext } from '../app-context.js';
import { CALLBACK_ROUTE, type CallbackTarget } from './callback-target.js';
import { fitComment } from './protection-comment.js';

export type DeploymentState = 'approved' | 'rejected';

export interface DeploymentAnswer {
  state: DeploymentState;
  comment: string;
}

/**
 * Approves or rejects the deployment through its callback (the documented review endpoint, so the
 * address is built from checked parts). Never throws: a refused answer is logged with what to do.
 */
export async function answerDeployment(context: AppContext, target: CallbackTarget, environment: string, answer: DeploymentAnswer): Promise<boolean> {
  const where = `${target.owner}/${target.repo} run ${target.runId} (${environment})`;
  try {
    await context.request(CALLBACK_ROUTE, {
      owner: target.owner,
      repo: target.repo,
      run_id: target.runId,
      environment_name: environment,
      state: answer.state,
      comment: fitComment(answer.comment, []),
    });
    context.log.info(`factstore: deployment of ${where} ${answer.state}`);
    return true;
  } catch (e) {
    const status = statusOf(e);
    const hint =
      status === 403 || status === 404
        ? 'check that the App has `deployments: write`, subscribes to deployment_protection_rule and is enabled as a protection rule of the environment'
        : 're-run the deployment job; if it fails again, report it with this message';
    context.log.error(`factstore: could not answer the deployment of ${where} (${answer.state}): GitHub answered ${status ?? 'nothing'} (${messageOf(e)}): ${hint}.`);
    return false;
  }
}
