import type { GateResult } from '../../../src/core/evaluate/types.js';
import type { TamperAlarm } from '../../../src/core/store/github/tamper-alarm-run.js';

/** Something wrong with the facts branch itself: every gate fails and says so until it is cleared. */
export interface GateAlarm {
  /** one paragraph: which alarm, what happened, and what to do */
  text: string;
}

/** What every gate says while the tamper alarm of `branch` is open. */
export function gateAlarmOf(alarm: TamperAlarm, branch: string): GateAlarm {
  const [first] = alarm.raised;
  const others = alarm.raised.length - 1 + alarm.leftOut;
  const what =
    first === undefined
      ? `its alarm check run could not be read (${alarm.problem ?? 'no alarm fact in it'})`
      : `${first.incidents?.[0]?.detail ?? 'tampering'} (alarm fact ${first.id.slice(0, 12)}, raised ${first.ts})${others > 0 ? `, and ${others} more alarm${others === 1 ? '' : 's'}` : ''}`;
  return {
    text:
      `Tamper alarm open on the facts branch ${branch}: ${what}. No decision stands on it until an admin listed under trust.admins clears it ` +
      'with `/factstore clear-alarm <why>`, after checking the branch with `factstore verify` on a clone and restoring it from a trusted copy.',
  };
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
