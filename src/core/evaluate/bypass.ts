import type { BypassConfig } from '../config/config.js';
import { parseDuration } from '../config/parse-duration.js';
import type { BypassFact, Fact } from '../model/fact.js';
import { allowListMatcher, type TeamMembership } from './actor-match.js';
import { chronological, tsValue } from './chronology.js';

export interface ActiveBypass {
  id: string;
  actor: string;
  reason: string;
  expires: string;
}

export interface BypassContext {
  bypass: BypassConfig | undefined;
  commit: string;
  now: Date;
  isTeamMember?: TeamMembership;
}

/**
 * The newest bypass among `facts` that is still in force: granted, by an allow-listed actor (by
 * name, or as a member of a listed `@org/team` recorded on the fact),
 * for a reason of the taxonomy, for no longer than `max_ttl`, not expired, and not about another commit. Anything else is
 * ignored, so a stray or stale fact never opens the gate.
 */
export function findActiveBypass(facts: readonly Fact[], context: BypassContext): ActiveBypass | undefined {
  const { bypass, commit, now } = context;
  if (bypass === undefined) return undefined;
  const isListed = allowListMatcher(bypass.actors, context.isTeamMember);
  const teams = new Set(bypass.actors.filter((a) => a.startsWith('@')).map((t) => t.toLowerCase()));
  // A team recorded on the fact was checked when it was granted; it counts while the team is listed.
  const isAllowed = (f: BypassFact): boolean => isListed(f.actor) || (f.team !== undefined && teams.has(f.team.toLowerCase()));
  // max_ttl holds at every evaluation, not only when the bypass was granted: a fact that asks for
  // longer (whoever wrote it, whatever max_ttl was then) never opens the gate
  const maxTtl = parseDuration(bypass.maxTtl);
  const active = chronological(facts.filter((f): f is BypassFact => f.kind === 'bypass')).filter(
    (f) =>
      f.event === 'BYPASS_GRANTED' &&
      (f.commit === undefined || f.commit === commit) &&
      Object.hasOwn(bypass.reasons, f.reason) &&
      f.expires !== undefined &&
      tsValue(f.expires) > now.getTime() &&
      tsValue(f.expires) - tsValue(f.ts) <= maxTtl &&
      isAllowed(f),
  );
  const newest = active.at(-1);
  if (newest?.expires === undefined) return undefined;
  return { id: newest.id, actor: newest.actor, reason: newest.reason, expires: newest.expires };
}
