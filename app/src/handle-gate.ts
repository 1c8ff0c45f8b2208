import type { AppContext } from './app-context.js';
import type { AppDeps } from './app-deps.js';
import type { GateAlarm } from './alarm/under-alarm.js';
import { gateAndReport, type GateOutcome } from './gate-commit-checks.js';
import type { GateTarget } from './gate-target.js';
import { upsertPrComment } from './pr-comment.js';
import { CONFIG_FILE, readConfig, type RepoConfig } from './read-config.js';
import { whatToDo } from './what-to-do.js';

export { whatToDo } from './what-to-do.js';

export interface GateOptions {
  /** whether the PR comment may be created (pull_request events) or only updated */
  createComment?: boolean;
  /** the config already read by the caller */
  setup?: RepoConfig;
  /**
   * A tamper alarm the caller has just raised: the gate is blocked by it even if its check run
   * could not be written. Every gate also reads the alarm's check run itself.
   */
  alarm?: GateAlarm;
}

/**
 * One gate event: config → gate → decisions → check runs → PR comments. Never throws: a failure
 * is logged with what to do, so one bad repository cannot take the server down.
 */
export async function handleGate(context: AppContext, target: GateTarget, deps: AppDeps, options: GateOptions = {}): Promise<GateOutcome | undefined> {
  const where = `${target.owner}/${target.repo}@${target.headSha.slice(0, 7)}`;
  try {
    const setup = options.setup ?? (await readConfig(context, target));
    if (setup === undefined) {
      context.log.debug(`factstore: ${target.owner}/${target.repo} has no .github/${CONFIG_FILE}; nothing to gate.`);
      return undefined;
    }
    const outcome = await gateAndReport(context, deps, setup, target, options.alarm);
    if (outcome.result.flows.length > 0) {
      for (const pullNumber of target.pullNumbers) {
        const done = await upsertPrComment(context, { owner: target.owner, repo: target.repo, pullNumber }, outcome.markdown, deps.identity, options.createComment ?? false);
        if (done !== 'absent') context.log.info(`factstore: ${done} the breakdown comment on ${target.owner}/${target.repo}#${pullNumber}`);
      }
    }
    return outcome;
  } catch (e) {
    context.log.error(`factstore: gating ${where} failed: ${whatToDo(e)}`);
    return undefined;
  }
}
