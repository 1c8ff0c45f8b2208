import type { FlowConfig } from '../config/config.js';
import { FactstoreError } from '../errors.js';
import { actorKey } from '../evaluate/actor-match.js';

/** Asks GitHub (or any directory) whether `actor` is in `@org/team`. */
export type TeamCheck = (actor: string, team: string) => Promise<boolean>;

/**
 * Who may record an approval decision on a flow: a login listed in `approval.approvers`, or a
 * member of a listed `@org/team` (then the team is recorded on the fact). Anyone else is refused
 * before anything is written. Without a team check (the CLI, offline), only listed logins pass.
 */
export async function authorizeApprover(flow: FlowConfig, actor: string, isTeamMember?: TeamCheck): Promise<{ team?: string }> {
  if (flow.approval === undefined) {
    throw refused(`flow ${flow.name} asks for no approval, so there is no approver list to record a decision against: add approval: { approvers: [...] } to the flow in the config.`);
  }
  const { approvers } = flow.approval;
  if (approvers.some((a) => !a.startsWith('@') && actorKey(a) === actorKey(actor))) return {};
  const teams = approvers.filter((a) => a.startsWith('@'));
  if (isTeamMember !== undefined) {
    for (const team of teams) if (await isTeamMember(actor, team)) return { team };
  }
  const listed = approvers.join(', ');
  const teamNote =
    teams.length === 0
      ? ''
      : isTeamMember === undefined
        ? ` Team membership (${teams.join(', ')}) cannot be checked here: approve through the GitHub App (/factstore approve ${flow.name}), or be listed by name.`
        : ` ${actor} is not a member of ${teams.join(', ')}.`;
  throw refused(`${actor} is not an approver of flow ${flow.name} (approval.approvers: ${listed}): nothing was recorded.${teamNote} Ask a listed approver, or change the list through a reviewed pull request.`);
}

function refused(message: string): FactstoreError {
  return new FactstoreError('BAD_INPUT', message);
}
