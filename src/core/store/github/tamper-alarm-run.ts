import type { AlarmFact } from '../../model/fact.js';
import { validateFact } from '../../schema/index.js';
import type { StateRun } from './facts-branch-state.js';

/** The check run that keeps the tamper alarm of a facts branch: `failure` while open, `success` once cleared. */
export const TAMPER_ALARM_RUN = 'Factstore tamper alarm';

/** GitHub's limit on a check run's `output.text`. */
const TEXT_LIMIT = 65_535;

/** The tamper alarm as its newest run says. */
export interface TamperAlarm {
  open: boolean;
  /**
   * The TAMPER_ALARM_RAISED facts of the open alarms, oldest first: kept in the run, so they can be
   * recorded again on a facts branch restored from a copy that never had them.
   */
  raised: AlarmFact[];
  /** what could not be read of an open alarm's run (it still blocks) */
  problem?: string;
  /** older open alarms left out of the run to fit GitHub's limit */
  leftOut: number;
}

export const NO_ALARM: TamperAlarm = { open: false, raised: [], leftOut: 0 };

interface RunText {
  raised: unknown[];
  leftOut?: number;
}

/**
 * Reads the alarm from its run. Anything but a `success` run of readable facts is open: a run that
 * cannot be read must never read as no alarm.
 */
export function alarmOfRun(run: StateRun | undefined): TamperAlarm {
  if (run === undefined) return NO_ALARM;
  const open = run.conclusion !== 'success';
  if (!open) return NO_ALARM;
  let parsed: RunText;
  try {
    parsed = JSON.parse(run.output?.text ?? '') as RunText;
  } catch {
    return { open, raised: [], leftOut: 0, problem: `the "${TAMPER_ALARM_RUN}" check run ${run.id} holds no readable list of alarms` };
  }
  const items = Array.isArray(parsed?.raised) ? parsed.raised : [];
  const raised = items.filter((f): f is AlarmFact => validateFact(f).ok && (f as AlarmFact).kind === 'alarm' && (f as AlarmFact).event === 'TAMPER_ALARM_RAISED');
  const leftOut = typeof parsed?.leftOut === 'number' && parsed.leftOut > 0 ? parsed.leftOut : 0;
  if (raised.length !== items.length || raised.length === 0) {
    return { open, raised, leftOut, problem: `the "${TAMPER_ALARM_RUN}" check run ${run.id} holds ${items.length - raised.length} entr${items.length - raised.length === 1 ? 'y that is' : 'ies that are'} not TAMPER_ALARM_RAISED facts` };
  }
  return { open, raised, leftOut };
}

/**
 * The run's text for these open alarms: their RAISED facts as JSON, the oldest left out (and
 * counted) when they do not all fit GitHub's limit.
 */
export function alarmRunText(raised: readonly AlarmFact[], leftOut = 0): string {
  let kept = [...raised];
  let dropped = leftOut;
  for (;;) {
    const text = JSON.stringify({ raised: kept, ...(dropped > 0 ? { leftOut: dropped } : {}) }, null, 1);
    if (text.length <= TEXT_LIMIT || kept.length <= 1) return text.length <= TEXT_LIMIT ? text : JSON.stringify({ raised: [], leftOut: dropped + kept.length });
    kept = kept.slice(1);
    dropped++;
  }
}
