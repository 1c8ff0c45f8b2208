import type { TeamCheck } from '../../../src/core/approvals/authorize-approver.js';
import { statusOf } from '../../../src/core/store/github/github-request.js';
import type { AppContext } from '../app-context.js';

/**
 * Team membership through GitHub (`@org/team` as the config writes it): a member when GitHub
 * answers an active membership; 404 is "not a member" (or a team the App cannot see, which it
 * must not guess about). Any other failure propagates, so a refusal is never an API outage.
 */
export function gitHubTeamCheck(context: AppContext): TeamCheck {
  return async (actor, team) => {
    const match = /^@([^/]+)\/(.+)$/.exec(team);
    if (match?.[1] === undefined || match[2] === undefined) return false;
    try {
      const r = await context.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org: match[1], team_slug: match[2], username: actor });
      return (r.data as { state?: unknown }).state === 'active';
    } catch (e) {
      if (statusOf(e) === 404) return false;
      throw e;
    }
  };
}
