import { isFactstoreError } from '../../src/core/errors.js';
import { messageOf, statusOf } from '../../src/core/store/github/github-request.js';
import { currentAlarm } from './alarm/current-alarm.js';
import type { AppContext } from './app-context.js';
import type { AppDeps } from './app-deps.js';
import { factsRepository } from './facts-store.js';
import type { GateAlarm } from './alarm/under-alarm.js';
import { gateAndReport, type GateOutcome } from './gate-commit-checks.js';
import type { GateTarget } from './gate-target.js';
import { upsertPrComment } from './pr-comment.js';
import { CONFIG_FILE, readConfig, type RepoConfig } from './read-config.js';

export interface GateOptions {
  /** whether the PR comment may be created (pull_request events) or only updated */
  createComment?: boolean;
  /** the config already read by the caller */
  setup?: RepoConfig;
  /**
   * The tamper alarm of the facts repository, when the caller knows it (null: none is open).
   * Unset, it is looked up: every gate is blocked while an alarm issue is open.
   */
  alarm?: GateAlarm | null;
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
    // a failed lookup fails the gate (logged): an alarm that cannot be read must not read as none
    const alarm = options.alarm !== undefined ? (options.alarm ?? undefined) : currentAlarm(context, factsRepository(setup.config, target));
    const outcome = await gateAndReport(context, deps, setup, target, alarm);
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

export function whatToDo(e: unknown): string {
  if (isFactstoreError(e)) return e.message;
  const status = statusOf(e);
  if (status === 403 || status === 404) {
    return `GitHub answered ${status} (${messageOf(e)}): check that the App is installed on the repository and on the facts repository with the permissions of app.yml, then re-run the check.`;
  }
  return `${messageOf(e)}: re-run the check; if it fails again, report it with this message.`;
}
