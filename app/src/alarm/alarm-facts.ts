import { makeFact } from '../../../src/core/model/fact-id.js';
import type { AlarmFact } from '../../../src/core/model/fact.js';
import { factIncidents, type TamperReport } from './tamper-incident.js';

/** The TAMPER_ALARM_RAISED fact of a push: what happened, recorded by the App under its own name. */
export function raisedFact(report: TamperReport, actor: string, now: Date): AlarmFact {
  return makeFact({ kind: 'alarm', event: 'TAMPER_ALARM_RAISED', branch: report.branch, ...factIncidents(report), actor, ts: now.toISOString() }) as AlarmFact;
}

/** One TAMPER_ALARM_CLEARED fact per open alarm, by the admin who cleared it, with why. */
export function clearedFacts(raised: readonly AlarmFact[], branch: string, admin: string, comment: string, now: Date): AlarmFact[] {
  return raised.map((r) => makeFact({ kind: 'alarm', event: 'TAMPER_ALARM_CLEARED', branch, clears: r.id, comment, actor: admin, ts: now.toISOString() }) as AlarmFact);
}
