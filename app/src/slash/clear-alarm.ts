import { makeFact } from '../../../src/core/model/fact-id.js';
import { codeSpan, inlineWithCode } from '../../../src/core/report/breakdown/markdown-escape.js';
import { clearedFacts } from '../alarm/alarm-facts.js';
import type { AppContext } from '../app-context.js';
import type { AppDeps } from '../app-deps.js';
import { factsBranchState } from '../facts-branch-state.js';
import { factsRepository, factsStore } from '../facts-store.js';
import type { RepoConfig } from '../read-config.js';
import { appWriter } from './app-writer.js';
import type { CommandResult } from './command-context.js';
import { listedAs } from '../../../src/core/approvals/listed-actor.js';
import { mention } from './reply.js';
import type { ClearAlarmCommand } from './slash-command.js';
import type { SlashEvent } from './slash-event.js';
import { gitHubTeamCheck } from './team-membership.js';

/**
 * `/factstore clear-alarm <comment>`: an admin of `trust.admins` (a login, or a member of a listed
 * `@org/team`) clears the facts branch's tamper alarm. In one commit signed by the App's key, the
 * open alarms' RAISED facts are recorded again (skipped where the branch still has them: a branch
 * restored from an older copy lacks them) with one TAMPER_ALARM_CLEARED fact each; then the alarm's
 * check run turns `success`. Anyone else is refused, answered and logged, and nothing changes.
 */
export async function clearAlarm(context: AppContext, event: SlashEvent, command: ClearAlarmCommand, deps: AppDeps, setup: RepoConfig): Promise<CommandResult> {
  const { config } = setup;
  const facts = factsRepository(config, event);
  const place = `${event.owner}/${event.repo}#${event.pullNumber}`;
  if ((await listedAs(config.trust.admins, event.actor, gitHubTeamCheck(context))) === undefined) {
    context.log.warn(`factstore: ${event.actor} tried to clear the tamper alarm of ${facts.owner}/${facts.repo}:${facts.branch} on ${place} and was refused (not under trust.admins).`);
    const admins = config.trust.admins.length > 0 ? config.trust.admins.map((a) => codeSpan(a)).join(', ') : 'nobody (the list is empty)';
    return { text: `Refused: ${inlineWithCode(event.actor)} may not clear the tamper alarm: only \`trust.admins\` of \`.github/factstore.yml\` may (${admins}). Nothing was recorded.`, regate: false };
  }
  const state = factsBranchState(context, deps, facts);
  const alarm = await state.tamperAlarm();
  if (!alarm.open) return { text: `No tamper alarm is open on the facts branch ${codeSpan(facts.branch)}: nothing to clear.`, regate: false };
  const now = deps.clock();
  const cleared = clearedFacts(alarm.raised, facts.branch, event.actor, command.comment, now);
  // the authority asked is the same for every alarm fact; an unreadable alarm has no RAISED fact to name
  const writer = appWriter(deps, config, cleared[0] ?? makeFact({ kind: 'alarm', event: 'TAMPER_ALARM_CLEARED', branch: facts.branch, clears: '0'.repeat(64), comment: command.comment, actor: event.actor, ts: now.toISOString() }));
  if ('problem' in writer) {
    context.log.warn(`factstore: ${place}: the tamper alarm was not cleared: ${writer.problem}`);
    return { text: writer.problem, regate: false };
  }
  const store = factsStore(context.request, facts, { signer: writer.signer, actor: event.actor });
  if ((await store.tip()) === undefined) {
    return { text: `The facts branch ${codeSpan(facts.branch)} does not exist: restore it from a trusted copy first (\`factstore verify\` on a clone tells which), then clear the alarm. Nothing was recorded.`, regate: false };
  }
  const written = await store.append({ facts: [...alarm.raised, ...cleared], message: `tamper alarm cleared by ${event.actor}` });
  await state.writeTamperAlarm([], {
    id: written.commit ?? cleared[0]?.id ?? 'cleared',
    title: `Cleared by ${event.actor}`,
    summary: `The tamper alarm of ${facts.branch} was cleared by ${event.actor} (${place}): ${command.comment}\n\n${cleared.length} TAMPER_ALARM_CLEARED fact(s) recorded${written.commit !== undefined ? ` in facts commit ${written.commit}` : ''}.`,
  });
  context.log.info(`factstore: the tamper alarm of ${facts.owner}/${facts.repo}:${facts.branch} was cleared by ${event.actor} on ${place}.`);
  const again = written.written.filter((f) => f.kind === 'alarm' && f.event === 'TAMPER_ALARM_RAISED').length;
  const note = alarm.problem !== undefined ? ` (the alarm's check run could not be read whole: ${inlineWithCode(alarm.problem)})` : '';
  return {
    text:
      `${mention(event.actor)}: the tamper alarm of ${codeSpan(facts.branch)} is cleared${note}: ${cleared.length} alarm${cleared.length === 1 ? '' : 's'} cleared` +
      `${again > 0 ? `, ${again} of ${again === 1 ? 'its fact' : 'their facts'} recorded again on the restored branch` : ''}${written.commit !== undefined ? ` (facts commit ${written.commit.slice(0, 7)})` : ''}. The gates decide again at their next event.`,
    regate: event.onPullRequest,
  };
}
