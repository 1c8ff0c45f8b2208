import type { GateResult } from '../../../src/core/evaluate/types.js';

/** Something wrong with the facts branch itself: every gate fails and says so until it is cleared. */
export interface GateAlarm {
  /** one line: what happened and what to do, with the alarm issue's address */
  text: string;
}

/**
 * Every flow blocked, its details led by the alarm: no decision stands on a tampered facts branch
 * (check runs, PR comments and deployment answers alike).
 */
export function underAlarm(result: GateResult, alarm: GateAlarm): GateResult {
  if (result.flows.length === 0) return result;
  const flows = result.flows.map((g) => ({ ...g, decision: 'GATE_BLOCKED' as const, details: `${alarm.text} (the evidence said: ${g.details})` }));
  return { ...result, flows, decision: 'GATE_BLOCKED', details: alarm.text };
}
