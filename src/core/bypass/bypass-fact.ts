import { makeFact } from '../model/fact-id.js';
import type { BypassFact } from '../model/fact.js';
import type { BypassVerdict } from './bypass-verdict.js';

export interface BypassFactInput {
  verdict: BypassVerdict;
  flow: string;
  /** the trail that holds it; a refusal may have none (no trail for the commit yet) */
  trail?: string;
  commit?: string;
  reason: string;
  ttlMs: number;
  actor: string;
  now: Date;
  evidenceUrl?: string;
  comment?: string;
}

/**
 * The fact a bypass request leaves, whichever surface took it (the App's slash command, `factstore
 * bypass`): BYPASS_GRANTED with its expiry (and the team the actor was allowed as), or
 * BYPASS_REFUSED with why, so refusals are audited too.
 */
export function bypassFact(input: BypassFactInput): BypassFact {
  const common = {
    kind: 'bypass' as const,
    flow: input.flow,
    ...(input.trail !== undefined ? { trail: input.trail } : {}),
    ...(input.commit !== undefined ? { commit: input.commit } : {}),
    reason: input.reason,
    actor: input.actor,
    ts: input.now.toISOString(),
    ...(input.evidenceUrl !== undefined ? { evidenceUrl: input.evidenceUrl } : {}),
    ...(input.comment !== undefined ? { comment: input.comment } : {}),
  };
  const { verdict } = input;
  const fact =
    verdict.refusal !== undefined
      ? makeFact({ ...common, event: 'BYPASS_REFUSED', refusal: verdict.refusal })
      : makeFact({ ...common, event: 'BYPASS_GRANTED', expires: new Date(input.now.getTime() + input.ttlMs).toISOString(), ...(verdict.team !== undefined ? { team: verdict.team } : {}) });
  return fact as BypassFact;
}
