import type { ApprovalRule } from '../config/config.js';
import type { ApprovalFact } from '../model/fact.js';
import { actorKey, allowListMatcher, type TeamMembership } from './actor-match.js';
import type { ApprovalEvaluation } from './types.js';

/**
 * DESIGN §4 rule 3. Each allowed approver's newest decision counts (so a re-approval after a
 * rejection lifts it); decisions by anyone else are listed in `ignored` and never counted. An
 * approver is allowed when listed by name, or when the fact names a listed team (`team`). With
 * `forbid_self` (the default) the change's author's approvals never count (SOX/PCI separation of
 * duties); logins compare case-insensitively, as GitHub's do.
 * `approvals` must be oldest first.
 */
export function evaluateApproval(
  rule: ApprovalRule | undefined,
  approvals: readonly ApprovalFact[],
  isTeamMember?: TeamMembership,
  /** the change's author (trail or pull request), when known */
  author?: string,
): ApprovalEvaluation {
  const approvers = rule?.approvers ?? [];
  const isListed = allowListMatcher(approvers, isTeamMember);
  const teams = new Set(approvers.filter((a) => a.startsWith('@')).map((t) => t.toLowerCase()));
  // A team recorded on the fact was checked when it was written; it counts while the team is listed.
  const isAllowed = (fact: ApprovalFact): boolean =>
    isListed(fact.actor) || (fact.team !== undefined && teams.has(fact.team.toLowerCase()));
  const latest = new Map<string, ApprovalFact>();
  const ignored: string[] = [];
  const forbidSelf = rule?.forbidSelf ?? true;
  const self = forbidSelf && author !== undefined ? actorKey(author) : undefined;
  const selfApproved: string[] = [];
  for (const fact of approvals) {
    if (self !== undefined && actorKey(fact.actor) === self && fact.decision === 'APPROVED') {
      // separation of duties: the author's own approval never counts (a rejection still does)
      if (!selfApproved.includes(fact.actor)) selfApproved.push(fact.actor);
      continue;
    }
    if (isAllowed(fact)) {
      const key = actorKey(fact.actor);
      // Re-inserting keeps the map in the order of each approver's latest decision.
      latest.delete(key);
      latest.set(key, fact);
    } else if (!ignored.includes(fact.actor)) {
      ignored.push(fact.actor);
    }
  }
  const decisions = [...latest.values()];
  const approvedBy = decisions.filter((f) => f.decision === 'APPROVED').map((f) => f.actor);
  const rejectedBy = decisions.filter((f) => f.decision === 'REJECTED').map((f) => f.actor);
  return {
    required: rule?.required ?? false,
    granted: approvedBy.length,
    min: rule?.min ?? 0,
    rejected: rejectedBy.length > 0,
    approvedBy,
    rejectedBy,
    ignored,
    selfApproved,
    author: forbidSelf && author !== undefined ? author : null,
    authorUnknown: forbidSelf && (rule?.required ?? false) && author === undefined,
  };
}

export function approvalMet(approval: ApprovalEvaluation): boolean {
  return !approval.required || (approval.granted >= approval.min && !approval.rejected);
}
