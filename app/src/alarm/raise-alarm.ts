import type { AlarmFact } from '../../../src/core/model/fact.js';
import type { GitHubRepo } from '../../../src/core/store/github/github-request.js';
import type { AppContext } from '../app-context.js';
import type { AppDeps } from '../app-deps.js';
import { factsBranchState } from '../facts-branch-state.js';
import { factsStore } from '../facts-store.js';
import { whatToDo } from '../what-to-do.js';
import type { RepoConfig } from '../read-config.js';
import { appWriter } from '../slash/app-writer.js';
import { raisedFact } from './alarm-facts.js';
import { ALARM_LABEL, tellAlarmIssue } from './alarm-issue.js';
import { alarmBody, alarmTitle } from './alarm-text.js';
import { blocking, type TamperReport } from './tamper-incident.js';
import { gateAlarmOf, type GateAlarm } from './under-alarm.js';

/**
 * What a push did to the facts branch, acted on. A force-push or a deletion raises the tamper
 * alarm: a TAMPER_ALARM_RAISED fact signed with the App's key on the branch (when it still exists;
 * the high-water mark is not moved for it, the branch may be the attacker's), and the App's
 * "Factstore tamper alarm" check run, which every gate reads, turned `failure`. Either way the
 * `factstore-tamper` issue tells people. Returns what the gates say while the alarm is open
 * (undefined when the push only brought untrusted commits, which block nothing). Never throws.
 */
export async function reportTamper(context: AppContext, deps: AppDeps, setup: RepoConfig, facts: GitHubRepo, report: TamperReport): Promise<GateAlarm | undefined> {
  const where = `${facts.owner}/${facts.repo}:${facts.branch}`;
  const raises = blocking(report);
  const fact = raises ? raisedFact(report, deps.actor, deps.clock()) : undefined;
  context.log.warn(`factstore: ${alarmTitle(report)} in ${facts.owner}/${facts.repo}${raises ? '; every gate is blocked until an admin clears the tamper alarm' : '; the facts of its untrusted commits count nowhere'}.`);
  if (fact !== undefined) await recordRaised(context, deps, setup, facts, fact, where);
  try {
    const issue = await tellAlarmIssue(context, facts, alarmTitle(report), alarmBody(report, fact?.id));
    context.log.info(`factstore: the ${ALARM_LABEL} issue ${issue.html_url} tells of the push to ${where}.`);
  } catch (e) {
    context.log.error(`factstore: the ${ALARM_LABEL} issue could not be written in ${facts.owner}/${facts.repo}: ${whatToDo(e)} (the App needs \`issues: write\`).`);
  }
  if (fact === undefined) return undefined;
  let open: AlarmFact[] = [fact];
  let leftOut = 0;
  try {
    // the first commit of the history before the push: a rewritten or deleted branch may have another, or none
    let kept = false;
    for (const from of [report.before, undefined]) {
      const state = factsBranchState(context, deps, facts, from);
      const current = await state.tamperAlarm();
      open = [...current.raised.filter((r) => r.id !== fact.id), fact];
      leftOut = current.leftOut;
      kept = await state.writeTamperAlarm(open, { id: fact.id, title: alarmTitle(report), summary: runSummary(report, open.length + leftOut) });
      if (kept) break;
    }
    if (!kept) context.log.error(`factstore: the tamper alarm of ${where} could not be kept: the branch's first commit was not found. Restore the branch and re-run the checks.`);
  } catch (e) {
    context.log.error(`factstore: the tamper alarm of ${where} could not be kept in its check run: ${whatToDo(e)} (the App needs \`checks: write\` on the facts repository). Only the gates of this push are blocked by it.`);
  }
  return gateAlarmOf({ open: true, raised: open, leftOut }, facts.branch);
}

/** The RAISED fact on the branch, signed with the App's key; skipped (and said) when it could not count or there is no branch. */
async function recordRaised(context: AppContext, deps: AppDeps, setup: RepoConfig, facts: GitHubRepo, fact: AlarmFact, where: string): Promise<void> {
  const writer = appWriter(deps, setup.config, fact);
  if ('problem' in writer) {
    context.log.warn(`factstore: the tamper alarm fact is not recorded on ${where}: ${writer.problem}`);
    return;
  }
  try {
    const store = factsStore(context.request, facts, { signer: writer.signer, actor: deps.actor });
    // a deleted branch is not created again for it: the alarm's check run keeps the fact until a restore
    if ((await store.tip()) === undefined) return;
    const written = await store.append({ facts: [fact], message: `tamper alarm raised on ${facts.branch}` });
    context.log.info(`factstore: the tamper alarm fact ${fact.id.slice(0, 12)} is recorded on ${where} (${written.commit?.slice(0, 7) ?? 'already there'}).`);
  } catch (e) {
    context.log.error(`factstore: the tamper alarm fact could not be recorded on ${where}: ${whatToDo(e)}`);
  }
}

function runSummary(report: TamperReport, open: number): string {
  return [
    `${alarmTitle(report)} (pushed by ${report.pusher}; before ${report.before}, after ${report.after}).`,
    '',
    `${open} tamper alarm${open === 1 ? ' is' : 's are'} open: every Factstore gate of the facts branch is blocked until an admin listed under trust.admins clears ${open === 1 ? 'it' : 'them'} with \`/factstore clear-alarm <why>\`.`,
    'The text holds the TAMPER_ALARM_RAISED facts, so they can be recorded again on a branch restored from a copy that lacks them.',
  ].join('\n');
}
