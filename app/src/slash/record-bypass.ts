import { makeFact } from '../../../src/core/model/fact-id.js';
import type { Fact } from '../../../src/core/model/fact.js';
import type { BypassConfig } from '../../../src/core/config/config.js';
import { codeSpan, inlineWithCode } from '../../../src/core/report/breakdown/markdown-escape.js';
import { bypassFact } from '../../../src/core/bypass/bypass-fact.js';
import { bypassVerdict } from '../../../src/core/bypass/bypass-verdict.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { trailOfFlow } from './flow-trail.js';
import { mention } from './reply.js';
import type { BypassCommand } from './slash-command.js';
import { gitHubTeamCheck } from './team-membership.js';

/**
 * `/factstore bypass <flow> <reason> --ttl D`: granted → BYPASS_GRANTED on the flow's trail of the
 * PR's head commit (the gate reads only those trails; a trail is started for the commit when it
 * has none); refused → BYPASS_REFUSED with the refusal, so refusals are audited too.
 */
export async function recordBypass(c: CommandContext, command: BypassCommand, bypass: BypassConfig | undefined): Promise<CommandResult> {
  const { flow, actor, head, now } = c;
  const verdict = await bypassVerdict(bypass, command, actor, gitHubTeamCheck(c.context));
  const { refusal } = verdict;
  const existing = await trailOfFlow(c.store, flow.name, head.sha);
  const request = {
    verdict,
    flow: flow.name,
    commit: head.sha,
    reason: command.reason,
    ttlMs: command.ttlMs,
    actor,
    now,
    ...(command.evidenceUrl !== undefined ? { evidenceUrl: command.evidenceUrl } : {}),
    ...(command.comment !== undefined ? { comment: command.comment } : {}),
  };
  if (refusal !== undefined) {
    const fact = bypassFact({ ...request, ...(existing !== undefined ? { trail: existing } : {}) });
    await c.store.append({ facts: [fact] });
    return { text: `Refused: ${inlineWithCode(refusal)} The refusal is recorded (fact ${fact.id.slice(0, 12)}); the gate is unchanged.`, regate: false };
  }
  const trail = existing ?? head.sha;
  const facts: Fact[] = [];
  // The gate finds a bypass only on a trail of the commit: start one when the CI has not, if the
  // App's key may (its entry's `kinds:` names trail); a trail it may not start would not count.
  if (existing === undefined) {
    const started = makeFact({ kind: 'trail', flow: flow.name, trail, commit: head.sha, gitBranch: head.ref, actor, ts: now.toISOString() });
    const problem = c.authority(started);
    if (problem !== undefined) {
      return {
        text: `Nothing was recorded: commit ${head.sha.slice(0, 7)} has no trail of flow ${codeSpan(flow.name)} yet, and the App may not start one. The CI must start it first (\`factstore trails begin --flow ${flow.name}\`, or the Action); then bypass again. (${inlineWithCode(problem)})`,
        regate: false,
      };
    }
    facts.push(started);
  }
  const granted = bypassFact({ ...request, trail });
  const expires = granted.expires ?? '';
  facts.push(granted);
  await c.store.append({ facts });
  const started = existing === undefined ? ` (a trail ${codeSpan(trail)} was started for the commit to hold it)` : ` on trail ${codeSpan(trail)}`;
  return {
    text: `${mention(actor)}: bypass of ${codeSpan(flow.name)} for ${head.sha.slice(0, 7)} granted for ${codeSpan(command.reason)} until ${expires}${started} (fact ${granted.id.slice(0, 12)}). After that the gate blocks again.`,
    regate: true,
  };
}
