import type { TeamCheck } from '../approvals/authorize-approver.js';
import { listedAs } from '../approvals/listed-actor.js';
import type { BypassConfig } from '../config/config.js';
import { parseDuration } from '../config/parse-duration.js';

/** What a bypass asks for: a reason of the taxonomy and a TTL (as written, and in milliseconds). */
export interface BypassRequest {
  reason: string;
  ttl: string;
  ttlMs: number;
}

export type BypassVerdict = { refusal: string } | { refusal?: undefined; team?: string };

/**
 * Whether a bypass may be granted (DESIGN §4): an allow-listed actor (login, any case, or a member
 * of a listed `@org/team`, then recorded as `team`), a reason of the taxonomy and a TTL within
 * `max_ttl`. A refusal's text is recorded on the BYPASS_REFUSED fact and shown to the actor. The App's
 * slash command and `factstore bypass` both ask it; offline, `isTeamMember` can only say no.
 */
export async function bypassVerdict(bypass: BypassConfig | undefined, command: BypassRequest, actor: string, isTeamMember: TeamCheck): Promise<BypassVerdict> {
  const refused = (refusal: string): BypassVerdict => ({ refusal });
  if (bypass === undefined) {
    return refused('the config has no bypass section, so no bypass can be granted: add bypass: { actors, reasons, max_ttl } to .github/factstore.yml through a reviewed pull request.');
  }
  const allowed = await listedAs(bypass.actors, actor, isTeamMember);
  if (allowed === undefined) {
    return refused(`${actor} may not bypass the gate (bypass.actors: ${bypass.actors.join(', ') || 'none'}): ask someone listed, or change the list through a reviewed pull request.`);
  }
  if (!Object.hasOwn(bypass.reasons, command.reason)) {
    const known = Object.keys(bypass.reasons);
    return refused(`${command.reason} is not a bypass reason of the config; known reasons: ${known.length > 0 ? known.join(', ') : 'none (add some under bypass.reasons)'}.`);
  }
  const maxMs = parseDuration(bypass.maxTtl);
  if (command.ttlMs > maxMs) {
    return refused(`--ttl ${command.ttl} is longer than bypass.max_ttl (${bypass.maxTtl}): ask for ${bypass.maxTtl} or less.`);
  }
  return allowed.team !== undefined ? { team: allowed.team } : {};
}
