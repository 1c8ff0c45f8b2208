import type { TeamCheck } from './authorize-approver.js';
import { actorKey } from '../evaluate/actor-match.js';

/**
 * Whether `actor` is on a list of the config (`bypass.actors`, `trust.admins`): listed by login
 * (any case) → `{}`; a member of a listed `@org/team` (asked through GitHub, team by team in the
 * list's order) → `{ team }`; neither → undefined.
 */
export async function listedAs(list: readonly string[], actor: string, isTeamMember: TeamCheck): Promise<{ team?: string } | undefined> {
  if (list.some((a) => !a.startsWith('@') && actorKey(a) === actorKey(actor))) return {};
  for (const team of list.filter((a) => a.startsWith('@'))) {
    if (await isTeamMember(actor, team)) return { team };
  }
  return undefined;
}
