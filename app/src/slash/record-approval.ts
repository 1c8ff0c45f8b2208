import { authorizeApprover } from '../../../src/core/approvals/authorize-approver.js';
import { isFactstoreError } from '../../../src/core/errors.js';
import { makeFact } from '../../../src/core/model/fact-id.js';
import { codeSpan, inlineWithCode } from '../../../src/core/report/breakdown/markdown-escape.js';
import { trailOfFlow } from './flow-trail.js';
import { mention } from './reply.js';
import type { ApprovalCommand } from './slash-command.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { gitHubTeamCheck } from './team-membership.js';

/**
 * `/factstore approve|reject <flow>`: the commenter must be an approver of the flow (by login or
 * team, checked through GitHub); the decision goes on the flow's trail of the PR's head commit.
 */
export async function recordApproval(c: CommandContext, command: ApprovalCommand): Promise<CommandResult> {
  const { flow, actor, head } = c;
  let team: string | undefined;
  try {
    ({ team } = await authorizeApprover(flow, actor, gitHubTeamCheck(c.context)));
  } catch (e) {
    if (isFactstoreError(e)) return { text: `Refused: ${inlineWithCode(e.message)}`, regate: false };
    throw e;
  }
  const trail = await trailOfFlow(c.store, flow.name, head.sha);
  if (trail === undefined) {
    return {
      text: `Nothing was recorded: commit ${head.sha.slice(0, 7)} has no trail of flow ${codeSpan(flow.name)} yet. The CI must start it first (\`factstore trails begin --flow ${flow.name}\`, or the Action); then ${command.name} again.`,
      regate: false,
    };
  }
  const fact = makeFact({
    kind: 'approval',
    flow: flow.name,
    trail,
    commit: head.sha,
    decision: command.name === 'approve' ? 'APPROVED' : 'REJECTED',
    actor,
    ...(team !== undefined ? { team } : {}),
    ts: c.now.toISOString(),
    ...(command.comment !== undefined ? { comment: command.comment } : {}),
  });
  await c.store.append({ facts: [fact] });
  const what = command.name === 'approve' ? 'approval' : 'rejection';
  const as = team !== undefined ? ` as a member of ${codeSpan(team)}` : '';
  return { text: `${mention(actor)}: your ${what} of ${codeSpan(flow.name)} is recorded${as} on trail ${codeSpan(trail)} (fact ${fact.id.slice(0, 12)}).`, regate: true };
}
