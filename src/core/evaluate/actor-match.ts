/** Tells whether `actor` belongs to `team` (an `@org/team` entry exactly as written in the config). */
export type TeamMembership = (actor: string, team: string) => boolean;

const noTeams: TeamMembership = () => false;

/**
 * Builds a matcher for an allow-list of user logins and `@org/team` entries. Logins compare
 * case-insensitively (GitHub logins do); a team matches only through the injected membership
 * check, asked at most once per actor.
 */
export function allowListMatcher(
  allowed: readonly string[],
  isTeamMember: TeamMembership = noTeams,
): (actor: string) => boolean {
  const users = new Set(allowed.filter((a) => !a.startsWith('@')).map((a) => a.toLowerCase()));
  const teams = allowed.filter((a) => a.startsWith('@'));
  const seen = new Map<string, boolean>();
  return (actor) => {
    const key = actor.toLowerCase();
    let match = seen.get(key);
    if (match === undefined) {
      match = users.has(key) || teams.some((team) => isTeamMember(actor, team));
      seen.set(key, match);
    }
    return match;
  };
}

/** Case-insensitive identity of an actor, so `Alice` and `alice` count once. */
export function actorKey(actor: string): string {
  return actor.toLowerCase();
}
